// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSelector.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace {

// Room for "Groq · llama-3.3-70b-versatile" and most names like it; longer ones are elided.
constexpr int kCharacters = 24;

} // namespace

ModelSelector::ModelSelector(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(kCharacters);
}

QString ModelSelector::elided(const QStyleOptionComboBox &option) const
{
    // As QCommonStyle lays out CE_ComboBoxLabel: the icon and 4 pixels, then the text inset by 1.
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
    return option.fontMetrics.elidedText(option.currentText, Qt::ElideRight, field.width() - icon - 2);
}

QString ModelSelector::displayedText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return elided(option);
}

bool ModelSelector::event(QEvent *event)
{
    // The whole name of the current model, and what its provider's health check said.
    if (event->type() == QEvent::ToolTip && currentIndex() >= 0 && toolTip().isEmpty()) {
        QString tip = currentText();
        const QString health = itemData(currentIndex(), Qt::ToolTipRole).toString();
        if (!health.isEmpty())
            tip += QLatin1Char('\n') + health;
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, this);
        return true;
    }
    return QComboBox::event(event);
}

void ModelSelector::paintEvent(QPaintEvent *)
{
    // QComboBox::paintEvent, with the text elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    }
    option.currentText = elided(option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}
