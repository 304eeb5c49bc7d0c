// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleLineItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

void layOutOneLine(QTextLayout &layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
}

bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

void SingleLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // Where only the text's own width shows as selected, the style sizes the selection by the
    // text, which it is not given here; a style sheet may give the text its own colour and
    // padding, which only the style knows.
    if (opt.text.isEmpty() || !opt.showDecorationSelected ||
        (opt.features & QStyleOptionViewItem::WrapText) || !isOneLine(opt.text) ||
        style->inherits("QStyleSheetStyle")) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    // The style draws the focus frame over the text (in some styles, a translucent fill), so it
    // is drawn here after the text.
    const bool focused = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The text has all the room beside the icon and check box, less the style's margins.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QRect textRect = room.adjusted(margin, 0, -margin, 0);

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(text, opt.font);
    layout.setTextOption(textOption);
    layOutOneLine(layout, textRect.width());
    // A line laid out without wrapping is as wide as its text, whatever width it was given.
    if (layout.lineAt(0).naturalTextWidth() > textRect.width()) {
        layout.setText(QFontMetrics(opt.font).elidedText(text, opt.textElideMode, textRect.width()));
        layOutOneLine(layout, textRect.width());
    }

    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QRect lines =
        QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment & Qt::AlignVertical_Mask,
                            layout.boundingRect().size().toSize(), textRect);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    if (opt.state & QStyle::State_Editing) {
        // As the style marks a row being renamed (under the editor).
        painter->setPen(opt.palette.color(group, QPalette::Text));
        painter->drawRect(room.adjusted(0, 0, -1, -1));
    }
    layout.draw(painter, QPointF(textRect.x(), lines.top()));
    if (focused) {
        QStyleOptionFocusRect frame;
        frame.QStyleOption::operator=(opt);
        frame.state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        const QPalette::ColorGroup frameGroup =
            (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        frame.backgroundColor = opt.palette.color(
            frameGroup, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, widget);
    }
    painter->restore();
}
