// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchItemDelegate.h"

#include "controllers/BranchTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kGap = 12;

} // namespace

void BranchItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString detail = index.data(BranchTreeModel::DetailRole).toString();
    if (detail.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const int detailWidth = metrics.horizontalAdvance(detail);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // The text keeps what it needs first; the details take what is left, or are left out.
    const int textWidth = qMin(metrics.horizontalAdvance(opt.text) + 2, textRect.width());
    const int room = textRect.width() - textWidth - kGap;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (room < metrics.horizontalAdvance(QStringLiteral("…")) * 4)
        return;
    QColor muted =
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    muted.setAlphaF(0.55);
    painter->save();
    painter->setPen(muted);
    QFont font = opt.font;
    font.setBold(false);
    painter->setFont(font);
    const QRect detailRect(textRect.left() + textWidth + kGap, textRect.top(), room, textRect.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(detail, Qt::ElideRight, qMin(room, detailWidth + 2)));
    painter->restore();
}

QSize BranchItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString detail = index.data(BranchTreeModel::DetailRole).toString();
    if (!detail.isEmpty())
        size.rwidth() += kGap + option.fontMetrics.horizontalAdvance(detail);
    return size;
}
