// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a one-line row exactly as QStyledItemDelegate does, but shapes its text once. The
// style's item painting lays the text out for each of three rectangles it asks for, again to
// elide it and again to draw it: in a list of mixed-script titles that was most of the cost
// of painting the conversation list, and the list is the largest part of the first frame.
// Here the style paints the row without its text (background, selection, icon, check box),
// the text is laid out once, elided only if it does not fit, and the style's focus frame goes
// over it as the style would put it. Text that wraps or has line breaks, views that show only
// the text itself as selected, and views styled by a style sheet are left to
// QStyledItemDelegate.
class SingleLineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
