// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageChart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {

// A "nice" step for about `ticks` lines up to `maximum`: 1, 2 or 5 times a power of ten.
double niceStep(double maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

constexpr int kLegendHeight = 22;
constexpr int kAxisWidth = 64;
constexpr int kLabelHeight = 20;

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
    , m_format([](double value, int) { return QString::number(value); })
{
    setObjectName(QStringLiteral("usageChart"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void UsageChart::setData(const QStringList &series, const QList<Bar> &bars, const QString &emptyText,
                         Formatter formatValue)
{
    m_series = series;
    m_bars = bars;
    m_emptyText = emptyText;
    if (formatValue)
        m_format = std::move(formatValue);
    update();
}

double UsageChart::maximum() const
{
    double tallest = 0;
    for (const Bar &bar : m_bars) {
        double sum = 0;
        for (const double value : bar.values)
            sum += value;
        tallest = qMax(tallest, sum);
    }
    return tallest;
}

QColor UsageChart::colorOf(int series) const
{
    // Evenly spaced hues, darker on a light background and lighter on a dark one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const int hue = (210 + series * 137) % 360; // the golden angle keeps neighbours apart
    return QColor::fromHsl(hue, 150, dark ? 150 : 110);
}

QRectF UsageChart::plotArea() const
{
    return QRectF(kAxisWidth, kLegendHeight + 8, width() - kAxisWidth - 12,
                  height() - kLegendHeight - kLabelHeight - 16);
}

int UsageChart::barAt(const QPoint &point) const
{
    const QRectF area = plotArea();
    if (m_bars.isEmpty() || !area.contains(point))
        return -1;
    const int index = int((point.x() - area.left()) / (area.width() / m_bars.size()));
    return index >= 0 && index < m_bars.size() ? index : -1;
}

bool UsageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const Bar &bar = m_bars.at(index);
        QStringList lines{QStringLiteral("<b>%1</b>").arg(bar.label.toHtmlEscaped())};
        double sum = 0;
        for (int i = 0; i < bar.values.size() && i < m_series.size(); ++i) {
            sum += bar.values.at(i);
            if (bar.values.at(i) > 0)
                lines << QStringLiteral("<span style=\"color:%1\">■</span> %2: %3")
                             .arg(colorOf(i).name(), m_series.at(i).toHtmlEscaped(),
                                  m_format(bar.values.at(i), -1));
        }
        if (m_series.size() > 1)
            lines << tr("Total: %1").arg(m_format(sum, -1));
        QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }
    return QWidget::event(event);
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);

    const double tallest = maximum();
    if (m_bars.isEmpty() || tallest <= 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    // Legend: one swatch and name per series, left to right.
    const QFontMetrics metrics(font());
    qreal x = kAxisWidth;
    for (int i = 0; i < m_series.size(); ++i) {
        painter.fillRect(QRectF(x, 6, 12, 12), colorOf(i));
        painter.setPen(text);
        const QString name = metrics.elidedText(m_series.at(i), Qt::ElideRight, 220);
        painter.drawText(QPointF(x + 16, 6 + metrics.ascent() - 1), name);
        x += 16 + metrics.horizontalAdvance(name) + 16;
        if (x > width() - 40)
            break;
    }

    const QRectF area = plotArea();
    const double step = niceStep(tallest, 4);
    const double top = std::ceil(tallest / step) * step;
    const int decimals = qMax(0, int(-std::floor(std::log10(step) + 1e-9)));
    // Value axis with light grid lines.
    for (double value = 0; value <= top + step / 2; value += step) {
        const qreal y = area.bottom() - area.height() * value / top;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - 10, kAxisWidth - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                         m_format(value, decimals));
    }

    const qreal slot = area.width() / m_bars.size();
    const qreal barWidth = qMax<qreal>(2, qMin<qreal>(slot * 0.7, 48));
    // Labels under the bars, thinned out so they do not overlap.
    const int labelWidth = metrics.horizontalAdvance(m_bars.first().label) + 12;
    const int every = qMax(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const qreal left = area.left() + i * slot + (slot - barWidth) / 2;
        qreal bottom = area.bottom();
        for (int s = 0; s < bar.values.size(); ++s) {
            const qreal h = area.height() * bar.values.at(s) / top;
            if (h <= 0)
                continue;
            painter.fillRect(QRectF(left, bottom - h, barWidth, h), colorOf(s));
            bottom -= h;
        }
        if (i % every == 0) {
            painter.setPen(text);
            painter.drawText(QRectF(area.left() + i * slot - slot * every / 2.0 + slot / 2, area.bottom() + 4,
                                    slot * every, kLabelHeight),
                             Qt::AlignHCenter | Qt::AlignTop, bar.label);
        }
    }
    painter.setPen(QPen(text, 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}
