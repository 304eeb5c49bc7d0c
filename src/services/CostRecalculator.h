// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PriceTable.h"

#include "storage/UsageRepository.h"

class AppConfig;
class Database;

// The cost of an answer is fixed when it ends, at the prices known then. After the user changes
// a price, this finds the stored answers whose cost the current prices would change and, when
// asked, rewrites them (tokens stay as the provider reported them).
class CostRecalculator
{
public:
    CostRecalculator(Database &db, const AppConfig &config, const PriceTable &prices = PriceTable::shipped());

    // The answers whose cost or currency differs at today's prices, with the new values.
    QList<AnswerUsage> changes() const;
    // Writes changes(); returns how many answers changed, -1 on a storage error.
    int apply();

private:
    Database &m_db;
    const AppConfig &m_config;
    PriceTable m_prices;
};
