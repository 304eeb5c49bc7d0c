// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"
#include "SearchHit.h"

#include <QList>

// Full-text search over message text and conversation titles (FTS5, case-insensitive, Cyrillic
// included). Synchronous: use it through SearchService from the UI, or on any connection of
// the calling thread.
class SearchRepository : public Repository
{
public:
    using Repository::Repository;

    // Words are ANDed; a word ending in '*' is a prefix; with prefixLastWord the last word is
    // a prefix too (search as you type). Best hits first.
    // projectId: only that project's conversations (0: all).
    QList<SearchHit> search(const QString &text, int limit = 50, bool prefixLastWord = true,
                            qint64 projectId = 0) const;

    // The FTS5 query for the user's text: each word quoted (so operators and punctuation in it
    // are literal). Empty when there is nothing to search for.
    static QString matchExpression(const QString &text, bool prefixLastWord);
};
