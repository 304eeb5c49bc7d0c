// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageSeries.h"

#include <QLocale>

QDate UsageSeries::periodStart(const QDate &day, UsageQuery::Period period)
{
    switch (period) {
    case UsageQuery::Period::Week: return day.addDays(1 - day.dayOfWeek());
    case UsageQuery::Period::Month: return QDate(day.year(), day.month(), 1);
    case UsageQuery::Period::Day:
    case UsageQuery::Period::None: break;
    }
    return day;
}

QString UsageSeries::periodLabel(const QDate &start, UsageQuery::Period period)
{
    const QLocale locale;
    switch (period) {
    case UsageQuery::Period::Month: return locale.toString(start, QStringLiteral("MMM yyyy"));
    case UsageQuery::Period::None: return QString();
    case UsageQuery::Period::Day:
    case UsageQuery::Period::Week: break;
    }
    return locale.toString(start, QStringLiteral("d MMM"));
}

QString UsageSeries::seriesName(const UsageRow &row)
{
    const QString provider = row.providerId.isEmpty() ? QStringLiteral("?") : row.providerId;
    return row.model.isEmpty() ? provider : provider + QStringLiteral(" · ") + row.model;
}

UsageSeries::Chart UsageSeries::build(const QList<UsageRow> &rows, UsageQuery::Period period,
                                      const QDate &first, const QDate &last, const QString &currency)
{
    Chart chart;
    if (period == UsageQuery::Period::None || !first.isValid() || !last.isValid() || first > last)
        return chart;
    QList<QDate> starts;
    for (QDate day = periodStart(first, period); day <= last;) {
        starts << day;
        day = period == UsageQuery::Period::Month  ? day.addMonths(1)
              : period == UsageQuery::Period::Week ? day.addDays(7)
                                                   : day.addDays(1);
    }
    for (const UsageRow &row : rows) {
        const QString name = seriesName(row);
        if (!chart.series.contains(name))
            chart.series << name;
    }
    chart.series.sort(Qt::CaseInsensitive);
    for (const QDate &start : std::as_const(starts)) {
        UsageChart::Bar bar;
        bar.label = periodLabel(start, period);
        bar.values = QVector<double>(chart.series.size(), 0.0);
        chart.bars << bar;
    }
    for (const UsageRow &row : rows) {
        const qsizetype index = starts.indexOf(periodStart(row.period, period));
        if (index < 0)
            continue;
        const double value = currency.isEmpty()         ? double(row.totalTokens())
                             : row.currency == currency ? row.cost
                                                        : 0.0;
        chart.bars[index].values[chart.series.indexOf(seriesName(row))] += value;
    }
    return chart;
}
