// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One full-text search result. The snippet marks matches with kHighlightStart / kHighlightEnd
// (control characters that never occur in text), so the view decides how to show them.
struct SearchHit
{
    static constexpr QChar kHighlightStart = QChar(0x0002);
    static constexpr QChar kHighlightEnd = QChar(0x0003);

    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 when the conversation title matched
    QString conversationTitle;
    QString snippet;
    double score = 0; // bm25: lower is better; hits come sorted best first

    // The snippet as HTML-escaped rich text with matches in <b>…</b>.
    QString snippetHtml() const;
    // The snippet with the markers replaced by the given strings (no escaping).
    QString snippetWith(const QString &start, const QString &end) const;
};

Q_DECLARE_METATYPE(SearchHit)
