// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CostRecalculator.h"

#include "core/AppConfig.h"

#include <cmath>

namespace {

bool sameCost(const MessageUsage &a, const MessageUsage &b)
{
    if (a.cost.has_value() != b.cost.has_value())
        return false;
    if (!a.cost)
        return true;
    // Stored as REAL: compare to a millionth of a cent, not bit for bit.
    return std::abs(*a.cost - *b.cost) < 1e-8 && a.currency == b.currency;
}

} // namespace

CostRecalculator::CostRecalculator(Database &db, const AppConfig &config, const PriceTable &prices)
    : m_db(db)
    , m_config(config)
    , m_prices(prices)
{}

QList<AnswerUsage> CostRecalculator::changes() const
{
    QList<AnswerUsage> changed;
    for (AnswerUsage answer : UsageRepository(m_db).answersWithTokens()) {
        MessageUsage priced = answer.usage;
        m_prices.applyTo(priced, answer.providerId, m_config.provider(answer.providerId), answer.model);
        if (sameCost(priced, answer.usage))
            continue;
        answer.usage = priced;
        changed << answer;
    }
    return changed;
}

int CostRecalculator::apply()
{
    const QList<AnswerUsage> changed = changes();
    if (changed.isEmpty())
        return 0;
    return UsageRepository(m_db).setCosts(changed) ? int(changed.size()) : -1;
}
