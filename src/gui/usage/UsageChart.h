// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>

// Stacked bars, one per period, one colour per series (provider or model), with a legend and a
// value axis. Painted with QPainter in the palette's colours: Qt Charts would load OpenGL
// libraries into every start of the program for this one picture.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;          // "2026-11-28", "Nov 2026" …
        QVector<double> values; // one per series
    };

    explicit UsageChart(QWidget *parent = nullptr);

    // formatValue turns a value into text ("$0.12", "12k") with `decimals` digits after the
    // point: as many as the axis step needs, or -1 for a tooltip's exact value.
    using Formatter = std::function<QString(double value, int decimals)>;
    void setData(const QStringList &series, const QList<Bar> &bars, const QString &emptyText,
                 Formatter formatValue);
    const QList<Bar> &bars() const { return m_bars; }
    const QStringList &series() const { return m_series; }
    double maximum() const; // the tallest stack

    QSize sizeHint() const override { return {640, 240}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QColor colorOf(int series) const;
    // The bar under a point of the widget, -1 for none.
    int barAt(const QPoint &point) const;
    QRectF plotArea() const;

    QStringList m_series;
    QList<Bar> m_bars;
    QString m_emptyText;
    Formatter m_format;
};
