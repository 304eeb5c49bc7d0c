// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptTemplateRepository.h"

#include "SqlUtil.h"

qint64 PromptTemplateRepository::create(const PromptTemplate &prompt)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("INSERT INTO prompt_templates (name, body, shortcut, project_id, created_at,"
                                " updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 &ok);
    if (!ok) {
        return 0;
    }
    const qint64 now = SqlUtil::nowMs();
    q.addBindValue(SqlUtil::text(prompt.name));
    q.addBindValue(SqlUtil::text(prompt.body));
    q.addBindValue(SqlUtil::nullIfEmpty(prompt.shortcut));
    q.addBindValue(SqlUtil::nullIfZero(prompt.projectId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!exec(q)) {
        return 0;
    }
    clearError();
    return q.lastInsertId().toLongLong();
}

bool PromptTemplateRepository::update(const PromptTemplate &prompt)
{
    bool ok = false;
    QSqlQuery q = prepared(
        QStringLiteral(
            "UPDATE prompt_templates SET name = ?, body = ?, shortcut = ?, project_id = ?, updated_at = ?"
            " WHERE id = ?"),
        &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(SqlUtil::text(prompt.name));
    q.addBindValue(SqlUtil::text(prompt.body));
    q.addBindValue(SqlUtil::nullIfEmpty(prompt.shortcut));
    q.addBindValue(SqlUtil::nullIfZero(prompt.projectId));
    q.addBindValue(SqlUtil::nowMs());
    q.addBindValue(prompt.id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("prompt template %1").arg(prompt.id));
        return false;
    }
    clearError();
    return true;
}

bool PromptTemplateRepository::remove(qint64 id)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM prompt_templates WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return q.numRowsAffected() > 0;
}

QList<PromptTemplate> PromptTemplateRepository::select(const QString &where, const QVariant &value) const
{
    QList<PromptTemplate> result;
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT id, name, body, shortcut, created_at, updated_at, project_id"
                                " FROM prompt_templates%1 ORDER BY name COLLATE NOCASE, id")
                     .arg(where),
                 &ok);
    if (!ok) {
        return result;
    }
    if (!where.isEmpty()) {
        q.addBindValue(value);
    }
    if (!exec(q)) {
        return result;
    }
    while (q.next()) {
        PromptTemplate t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.body = q.value(2).toString();
        t.shortcut = q.value(3).toString();
        t.createdAt = SqlUtil::fromMs(q.value(4).toLongLong());
        t.updatedAt = SqlUtil::fromMs(q.value(5).toLongLong());
        t.projectId = q.value(6).toLongLong();
        result.append(t);
    }
    clearError();
    return result;
}

std::optional<PromptTemplate> PromptTemplateRepository::promptTemplate(qint64 id) const
{
    const QList<PromptTemplate> rows = select(QStringLiteral(" WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional<PromptTemplate>(rows.first());
}

std::optional<PromptTemplate> PromptTemplateRepository::findByShortcut(const QString &shortcut) const
{
    const QList<PromptTemplate> rows = select(QStringLiteral(" WHERE shortcut = ?"), shortcut);
    return rows.isEmpty() ? std::nullopt : std::optional<PromptTemplate>(rows.first());
}

QList<PromptTemplate> PromptTemplateRepository::list() const
{
    return select(QString(), QVariant());
}

QList<PromptTemplate> PromptTemplateRepository::availableIn(qint64 projectId) const
{
    return select(QStringLiteral(" WHERE project_id IS NULL OR project_id = ?"), projectId);
}

bool PromptTemplateRepository::replaceAll(const QList<PromptTemplate> &templates)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    QList<qint64> kept;
    for (const PromptTemplate &prompt : templates) {
        if (prompt.id) {
            kept.append(prompt.id);
        }
    }
    // Removed ones first, so a shortcut can move from a deleted template to a new one.
    for (const PromptTemplate &old : list()) {
        if (!kept.contains(old.id) && !remove(old.id)) {
            return false;
        }
    }
    for (const PromptTemplate &prompt : templates) {
        if (prompt.id ? !update(prompt) : create(prompt) == 0) {
            return false;
        }
    }
    return transaction.commit();
}
