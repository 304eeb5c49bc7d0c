// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SingleLineItemDelegate.h"

#include <QList>

// A search result row: the conversation title in bold, then the snippet with the matched words
// marked, as the full-text search found them. Other rows are single-line rows.
class SearchHitDelegate : public SingleLineItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 100,
        SnippetRole,    // the snippet as plain text
        HighlightsRole, // QList<Highlight> into SnippetRole's text, as a QVariant
    };

    struct Highlight
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Highlight &a, const Highlight &b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };

    using SingleLineItemDelegate::SingleLineItemDelegate;

    // Splits text whose matches sit between two marker characters into the plain text and
    // the ranges of the matches in it.
    static QString splitMarked(const QString &marked, QChar start, QChar end, QList<Highlight> *highlights);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

Q_DECLARE_METATYPE(SearchHitDelegate::Highlight)
