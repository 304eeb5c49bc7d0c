// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UsageChart.h"

#include "storage/UsageRepository.h"

// Turns usage rows into the chart's bars: one bar per period from `first` to `last` (periods
// without answers get an empty bar, so the time axis is even), one series per provider or
// model, valued in tokens or in the cost of one currency.
namespace UsageSeries {

struct Chart
{
    QStringList series;
    QList<UsageChart::Bar> bars;
};

// currency empty: total tokens; otherwise the cost in that currency.
Chart build(const QList<UsageRow> &rows, UsageQuery::Period period, const QDate &first, const QDate &last,
            const QString &currency);
// The first day of the period `day` falls in (weeks start on Monday).
QDate periodStart(const QDate &day, UsageQuery::Period period);
QString periodLabel(const QDate &start, UsageQuery::Period period);
QString seriesName(const UsageRow &row); // "groq" or "groq · llama-3.3-70b"

} // namespace UsageSeries
