// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHitDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace {

constexpr int kLineGap = 2;

} // namespace

QString SearchHitDelegate::splitMarked(const QString &marked, QChar start, QChar end,
                                       QList<Highlight> *highlights)
{
    QString plain;
    plain.reserve(marked.size());
    int openedAt = -1;
    for (const QChar c : marked) {
        if (c == start) {
            openedAt = int(plain.size());
        } else if (c == end) {
            if (openedAt >= 0 && int(plain.size()) > openedAt)
                highlights->append({openedAt, int(plain.size()) - openedAt});
            openedAt = -1;
        } else {
            // Snippets keep the message's line breaks; a result row shows one line.
            plain.append(c == QLatin1Char('\n') || c == QLatin1Char('\t') ? QLatin1Char(' ') : c);
        }
    }
    return plain;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString title = index.data(TitleRole).toString();
    if (title.isEmpty()) {
        SingleLineItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // The text's place is measured with the text in; then the row is drawn without it.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = qMax(metrics.height(), boldMetrics.height());
    const QString snippet = index.data(SnippetRole).toString();
    const int textHeight = snippet.isEmpty() ? lineHeight : 2 * lineHeight + kLineGap;
    const int top = textRect.top() + qMax(0, (textRect.height() - textHeight) / 2);

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(text);
    painter->setFont(bold);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    if (!snippet.isEmpty()) {
        // The matched words: bold on a tint of the selection colour (plain bold when selected).
        QTextCharFormat match;
        match.setFontWeight(QFont::Bold);
        if (!selected) {
            QColor tint = opt.palette.color(QPalette::Highlight);
            tint.setAlphaF(0.25);
            match.setBackground(tint);
        }
        QVector<QTextLayout::FormatRange> formats;
        const auto highlights = index.data(HighlightsRole).value<QList<Highlight>>();
        for (const Highlight &highlight : highlights)
            formats.append({highlight.start, highlight.length, match});
        QString shown = snippet;
        QTextLayout layout;
        const auto layOut = [&] {
            layout.setText(shown);
            layout.setFont(opt.font);
            layout.setFormats(formats);
            QTextOption textOption;
            textOption.setWrapMode(QTextOption::NoWrap);
            layout.setTextOption(textOption);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            if (line.isValid())
                line.setPosition(QPointF(0, 0));
            layout.endLayout();
        };
        layOut();
        // In a narrow list the first match may lie past the edge: start the line a little
        // before it instead, behind an ellipsis.
        const QTextLine line = layout.lineAt(0);
        if (!formats.isEmpty() && line.isValid() &&
            line.cursorToX(formats.constFirst().start + formats.constFirst().length) > textRect.width()) {
            const qreal wanted = line.cursorToX(formats.constFirst().start) - textRect.width() / 3.0;
            int cut = 0;
            while (cut < formats.constFirst().start && line.cursorToX(cut) < wanted)
                ++cut;
            // Start at a word, not inside one.
            while (cut > 0 && cut < formats.constFirst().start && !snippet.at(cut - 1).isSpace())
                ++cut;
            shown = QStringLiteral("…") + snippet.mid(cut);
            for (QTextLayout::FormatRange &range : formats)
                range.start += 1 - cut;
            formats.erase(
                std::remove_if(formats.begin(), formats.end(),
                               [](const QTextLayout::FormatRange &range) { return range.start < 1; }),
                formats.end());
            layOut();
        }
        QColor muted = text;
        muted.setAlphaF(selected ? 0.9 : 0.75);
        painter->setPen(muted);
        layout.draw(painter, QPointF(textRect.left(), top + lineHeight + kLineGap));
    }
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = SingleLineItemDelegate::sizeHint(option, index);
    if (index.data(TitleRole).toString().isEmpty())
        return size;
    QFont bold = option.font;
    bold.setBold(true);
    const int lineHeight = qMax(option.fontMetrics.height(), QFontMetrics(bold).height());
    const int lines = index.data(SnippetRole).toString().isEmpty() ? 1 : 2;
    size.setHeight(qMax(size.height(), lines * lineHeight + (lines - 1) * kLineGap + 6));
    return size;
}
