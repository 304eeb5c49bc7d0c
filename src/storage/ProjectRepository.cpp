// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectRepository.h"

#include "SqlUtil.h"

#include <QJsonDocument>

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, description, default_provider_id, default_model,"
                   " default_settings, default_system_prompt, created_at, updated_at, monthly_budget,"
                   " budget_currency FROM projects");

Project fromRow(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.description = q.value(2).toString();
    p.defaultProviderId = q.value(3).toString();
    p.defaultModel = q.value(4).toString();
    p.defaultGeneration =
        GenerationSettings::fromJson(QJsonDocument::fromJson(q.value(5).toByteArray()).object());
    p.defaultSystemPrompt = q.value(6).toString();
    p.createdAt = SqlUtil::fromMs(q.value(7).toLongLong());
    p.updatedAt = SqlUtil::fromMs(q.value(8).toLongLong());
    p.monthlyBudget = SqlUtil::toOptionalDouble(q, 9);
    p.budgetCurrency = q.value(10).toString();
    return p;
}

QString settingsJson(const Project &project)
{
    return QString::fromUtf8(
        QJsonDocument(project.defaultGeneration.toJson()).toJson(QJsonDocument::Compact));
}

QString budgetCurrency(const Project &project)
{
    return project.budgetCurrency.isEmpty() ? QStringLiteral("USD") : project.budgetCurrency;
}

} // namespace

qint64 ProjectRepository::create(const Project &project)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("INSERT INTO projects (name, description, default_provider_id, default_model,"
                                " default_settings, default_system_prompt, created_at, updated_at,"
                                " monthly_budget, budget_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 &ok);
    if (!ok) {
        return 0;
    }
    const qint64 now = SqlUtil::nowMs();
    q.addBindValue(SqlUtil::text(project.name));
    q.addBindValue(SqlUtil::text(project.description));
    q.addBindValue(SqlUtil::nullIfEmpty(project.defaultProviderId));
    q.addBindValue(SqlUtil::nullIfEmpty(project.defaultModel));
    q.addBindValue(settingsJson(project));
    q.addBindValue(SqlUtil::text(project.defaultSystemPrompt));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(SqlUtil::fromOptional(project.monthlyBudget));
    q.addBindValue(budgetCurrency(project));
    if (!exec(q)) {
        return 0;
    }
    clearError();
    return q.lastInsertId().toLongLong();
}

std::optional<Project> ProjectRepository::project(qint64 id) const
{
    bool ok = false;
    QSqlQuery q = prepared(kSelect + QStringLiteral(" WHERE id = ?"), &ok);
    if (!ok) {
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setError(StorageError::Kind::NotFound, QStringLiteral("project %1").arg(id));
        return std::nullopt;
    }
    clearError();
    return fromRow(q);
}

QList<Project> ProjectRepository::list() const
{
    QList<Project> result;
    bool ok = false;
    QSqlQuery q = prepared(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"), &ok);
    if (!ok || !exec(q)) {
        return result;
    }
    while (q.next()) {
        result.append(fromRow(q));
    }
    clearError();
    return result;
}

bool ProjectRepository::update(const Project &project)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("UPDATE projects SET name = ?, description = ?, default_provider_id = ?,"
                                " default_model = ?, default_settings = ?, default_system_prompt = ?,"
                                " monthly_budget = ?, budget_currency = ?, updated_at = ? WHERE id = ?"),
                 &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(SqlUtil::text(project.name));
    q.addBindValue(SqlUtil::text(project.description));
    q.addBindValue(SqlUtil::nullIfEmpty(project.defaultProviderId));
    q.addBindValue(SqlUtil::nullIfEmpty(project.defaultModel));
    q.addBindValue(settingsJson(project));
    q.addBindValue(SqlUtil::text(project.defaultSystemPrompt));
    q.addBindValue(SqlUtil::fromOptional(project.monthlyBudget));
    q.addBindValue(budgetCurrency(project));
    q.addBindValue(SqlUtil::nowMs());
    q.addBindValue(project.id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("project %1").arg(project.id));
        return false;
    }
    clearError();
    return true;
}

bool ProjectRepository::remove(qint64 id)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM projects WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("project %1").arg(id));
        return false;
    }
    clearError();
    return true;
}
