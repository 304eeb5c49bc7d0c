// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetGuard.h"

#include "UsageTotals.h"

#include "core/AppConfig.h"
#include "storage/ProjectRepository.h"
#include "storage/UsageRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace {

BudgetStatus::Level levelOf(double spent, double limit)
{
    if (limit <= 0 || spent >= limit) // a zero budget: every send is confirmed
        return BudgetStatus::Level::Exceeded;
    if (spent >= BudgetGuard::kWarningShare * limit)
        return BudgetStatus::Level::Warning;
    return BudgetStatus::Level::Ok;
}

} // namespace

QString BudgetStatus::describe() const
{
    const QString amounts =
        tr("%1 of %2 this month (%3 %)")
            .arg(UsageTotals::formatCost(spent, currency, 2), UsageTotals::formatCost(limit, currency, 2))
            .arg(qRound(share() * 100));
    return owner == Owner::Project ? tr("Project \u201c%1\u201d: %2").arg(name, amounts)
                                   : tr("Provider %1: %2").arg(name, amounts);
}

BudgetGuard::BudgetGuard(Database &db, const AppConfig &config)
    : m_db(db)
    , m_config(config)
{}

QList<BudgetStatus> BudgetGuard::check(qint64 projectId, const QString &providerId, const QDate &day) const
{
    QList<BudgetStatus> statuses;
    if (projectId) {
        const std::optional<Project> project = ProjectRepository(m_db).project(projectId);
        if (project && project->monthlyBudget)
            statuses << projectStatus(*project, day);
    }
    if (const std::optional<BudgetStatus> provider = providerStatus(providerId, day))
        statuses << *provider;
    std::stable_sort(statuses.begin(), statuses.end(),
                     [](const BudgetStatus &a, const BudgetStatus &b) { return a.share() > b.share(); });
    return statuses;
}

QList<BudgetStatus> BudgetGuard::all(const QDate &day) const
{
    QList<BudgetStatus> statuses;
    for (const Project &project : ProjectRepository(m_db).list()) {
        if (project.monthlyBudget)
            statuses << projectStatus(project, day);
    }
    for (const QString &providerId : m_config.providerIds()) {
        if (const std::optional<BudgetStatus> provider = providerStatus(providerId, day))
            statuses << *provider;
    }
    std::stable_sort(statuses.begin(), statuses.end(),
                     [](const BudgetStatus &a, const BudgetStatus &b) { return a.share() > b.share(); });
    return statuses;
}

BudgetStatus BudgetGuard::projectStatus(const Project &project, const QDate &day) const
{
    BudgetStatus status;
    status.owner = BudgetStatus::Owner::Project;
    status.name = project.name;
    status.limit = project.monthlyBudget.value_or(0);
    status.currency = project.budgetCurrency;
    status.spent = spentInMonth(day, project.id, QString(), status.currency);
    status.level = levelOf(status.spent, status.limit);
    return status;
}

std::optional<BudgetStatus> BudgetGuard::providerStatus(const QString &providerId, const QDate &day) const
{
    const QJsonObject entry = m_config.provider(providerId);
    const QJsonObject budget = entry.value(QLatin1String("monthly_budget")).toObject();
    if (providerId.isEmpty() || !budget.value(QLatin1String("amount")).isDouble())
        return std::nullopt;
    BudgetStatus status;
    status.owner = BudgetStatus::Owner::Provider;
    status.name = entry.value(QLatin1String("name")).toString(providerId);
    status.limit = budget.value(QLatin1String("amount")).toDouble();
    status.currency = budget.value(QLatin1String("currency")).toString(QStringLiteral("USD"));
    status.spent = spentInMonth(day, 0, providerId, status.currency);
    status.level = levelOf(status.spent, status.limit);
    return status;
}

BudgetStatus::Level BudgetGuard::worst(const QList<BudgetStatus> &statuses)
{
    BudgetStatus::Level level = BudgetStatus::Level::Ok;
    for (const BudgetStatus &status : statuses)
        level = std::max(level, status.level);
    return level;
}

double BudgetGuard::spentInMonth(const QDate &day, qint64 projectId, const QString &providerId,
                                 const QString &currency) const
{
    const QDate first(day.year(), day.month(), 1);
    UsageQuery query = projectId ? UsageQuery::project(projectId) : UsageQuery::all();
    query.providerId = providerId;
    query.since = first.startOfDay();
    query.until = first.addMonths(1).startOfDay();
    query.breakdown = UsageQuery::Breakdown::Provider;
    return UsageTotals::of(UsageRepository(m_db).rows(query)).costByCurrency.value(currency);
}
