// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class AppConfig;
class Database;
struct Project;

// Where one monthly budget stands in a calendar month.
struct BudgetStatus
{
    Q_DECLARE_TR_FUNCTIONS(BudgetStatus)

public:
    enum class Owner { Project, Provider };
    enum class Level { Ok, Warning, Exceeded };

    Owner owner = Owner::Project;
    QString name; // the project's name or the provider's display name
    double limit = 0;
    double spent = 0; // answers of the month in the budget's currency
    QString currency;
    Level level = Level::Ok;

    double share() const { return limit > 0 ? spent / limit : (spent > 0 ? 1.0 : 0.0); }
    // "Project “Legal”: $8.20 of $10.00 this month (82 %)"
    QString describe() const;
};

// Monthly budgets: per project (stored with the project) and per provider instance
// ("monthly_budget": {"amount": 20, "currency": "USD"} in its config.json entry). A budget at
// 80 % or more of its limit warns; at 100 % a send needs the user's confirmation. Only costs in
// the budget's currency count: a dollar budget is not spent by answers priced in roubles.
class BudgetGuard
{
public:
    static constexpr double kWarningShare = 0.8;

    BudgetGuard(Database &db, const AppConfig &config);

    // The budgets that apply to a send in projectId (0: none) to providerId, in the month of
    // `day` (local time), worst first.
    QList<BudgetStatus> check(qint64 projectId, const QString &providerId,
                              const QDate &day = QDate::currentDate()) const;
    // Every budget there is: each project's that has one, and each provider's.
    QList<BudgetStatus> all(const QDate &day = QDate::currentDate()) const;
    // The worst level among statuses (Ok for none).
    static BudgetStatus::Level worst(const QList<BudgetStatus> &statuses);

private:
    BudgetStatus projectStatus(const Project &project, const QDate &day) const;
    std::optional<BudgetStatus> providerStatus(const QString &providerId, const QDate &day) const;
    double spentInMonth(const QDate &day, qint64 projectId, const QString &providerId,
                        const QString &currency) const;

    Database &m_db;
    const AppConfig &m_config;
};
