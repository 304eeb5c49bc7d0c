// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/UsageRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Rows of a usage report added up: tokens over everything, cost per currency (dollars and
// roubles never add up to one number).
struct UsageTotals
{
    Q_DECLARE_TR_FUNCTIONS(UsageTotals)

public:
    qint64 answers = 0;
    qint64 estimatedAnswers = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;
    QMap<QString, double> costByCurrency; // only currencies with a cost

    static UsageTotals of(const QList<UsageRow> &rows);

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    bool hasCost() const { return !costByCurrency.isEmpty(); }
    // "0.0123 USD + 4.50 RUB"; empty without a cost.
    QString costText(int decimals = 4) const;
    // For labels: "$0.0123", "4.50 ₽", "1.20 EUR".
    static QString formatCost(double cost, const QString &currency, int decimals = 4);
};
