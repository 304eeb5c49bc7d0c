// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageTotals.h"

#include <QStringList>

UsageTotals UsageTotals::of(const QList<UsageRow> &rows)
{
    UsageTotals totals;
    for (const UsageRow &row : rows) {
        totals.answers += row.answers;
        totals.estimatedAnswers += row.estimatedAnswers;
        totals.promptTokens += row.promptTokens;
        totals.completionTokens += row.completionTokens;
        totals.cachedTokens += row.cachedTokens;
        totals.reasoningTokens += row.reasoningTokens;
        if (!row.currency.isEmpty() && row.cost > 0)
            totals.costByCurrency[row.currency] += row.cost;
    }
    return totals;
}

QString UsageTotals::costText(int decimals) const
{
    QStringList parts;
    for (auto it = costByCurrency.cbegin(); it != costByCurrency.cend(); ++it)
        parts << formatCost(it.value(), it.key(), decimals);
    return parts.join(QStringLiteral(" + "));
}

QString UsageTotals::formatCost(double cost, const QString &currency, int decimals)
{
    const QString amount = QString::number(cost, 'f', decimals);
    if (currency == QLatin1String("USD"))
        return QLatin1Char('$') + amount;
    if (currency == QLatin1String("RUB"))
        return amount + QStringLiteral("\u00a0₽");
    return amount + QLatin1Char(' ') + currency;
}
