// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationRepository.h"

#include "SqlUtil.h"

namespace {

const QString kColumns = QStringLiteral(
    "id, project_id, title, created_at, updated_at, pinned, active_leaf_id, provider_id, model,"
    " temperature, max_tokens, top_p, system_prompt");

Conversation fromRow(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.projectId = q.value(1).toLongLong();
    c.title = q.value(2).toString();
    c.createdAt = SqlUtil::fromMs(q.value(3).toLongLong());
    c.updatedAt = SqlUtil::fromMs(q.value(4).toLongLong());
    c.pinned = q.value(5).toBool();
    c.activeLeafId = q.value(6).toLongLong();
    c.providerId = q.value(7).toString();
    c.model = q.value(8).toString();
    c.generation.temperature = SqlUtil::toOptionalDouble(q, 9);
    c.generation.maxTokens = SqlUtil::toOptionalInt(q, 10);
    c.generation.topP = SqlUtil::toOptionalDouble(q, 11);
    c.systemPrompt = q.value(12).toString();
    return c;
}

QString whereClause(const ConversationFilter &filter)
{
    switch (filter.scope) {
    case ConversationFilter::Scope::All: return QString();
    case ConversationFilter::Scope::WithoutProject: return QStringLiteral(" WHERE project_id IS NULL");
    case ConversationFilter::Scope::InProject: return QStringLiteral(" WHERE project_id = :project");
    }
    return QString();
}

} // namespace

qint64 ConversationRepository::create(const Conversation &conversation)
{
    bool ok = false;
    QSqlQuery q = prepared(
        QStringLiteral("INSERT INTO conversations (project_id, title, created_at, updated_at, pinned,"
                       " provider_id, model, temperature, max_tokens, top_p, system_prompt)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &ok);
    if (!ok) {
        return 0;
    }
    const qint64 now = SqlUtil::nowMs();
    const qint64 created = conversation.createdAt.isValid() ? SqlUtil::toMs(conversation.createdAt) : now;
    const qint64 updated = conversation.updatedAt.isValid() ? SqlUtil::toMs(conversation.updatedAt) : created;
    q.addBindValue(SqlUtil::nullIfZero(conversation.projectId));
    q.addBindValue(SqlUtil::text(conversation.title));
    q.addBindValue(created);
    q.addBindValue(updated);
    q.addBindValue(conversation.pinned ? 1 : 0);
    q.addBindValue(SqlUtil::nullIfEmpty(conversation.providerId));
    q.addBindValue(SqlUtil::nullIfEmpty(conversation.model));
    q.addBindValue(SqlUtil::fromOptional(conversation.generation.temperature));
    q.addBindValue(SqlUtil::fromOptional(conversation.generation.maxTokens));
    q.addBindValue(SqlUtil::fromOptional(conversation.generation.topP));
    q.addBindValue(SqlUtil::text(conversation.systemPrompt));
    if (!exec(q)) {
        return 0;
    }
    clearError();
    return q.lastInsertId().toLongLong();
}

std::optional<Conversation> ConversationRepository::conversation(qint64 id) const
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kColumns), &ok);
    if (!ok) {
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setError(StorageError::Kind::NotFound, QStringLiteral("conversation %1").arg(id));
        return std::nullopt;
    }
    clearError();
    return fromRow(q);
}

bool ConversationRepository::updateColumn(qint64 id, const QString &column, const QVariant &value,
                                          bool markUsed)
{
    // `column` is always a literal from this file, never input.
    QString sql = QStringLiteral("UPDATE conversations SET %1 = ?").arg(column);
    if (markUsed) {
        sql += QStringLiteral(", updated_at = ?");
    }
    sql += QStringLiteral(" WHERE id = ?");
    bool ok = false;
    QSqlQuery q = prepared(sql, &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(value);
    if (markUsed) {
        q.addBindValue(SqlUtil::nowMs());
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("conversation %1").arg(id));
        return false;
    }
    clearError();
    return true;
}

bool ConversationRepository::rename(qint64 id, const QString &title)
{
    return updateColumn(id, QStringLiteral("title"), SqlUtil::text(title), true);
}

bool ConversationRepository::setPinned(qint64 id, bool pinned)
{
    // Pinning and filing are not "use": the list order by last use stays.
    return updateColumn(id, QStringLiteral("pinned"), pinned ? 1 : 0, false);
}

bool ConversationRepository::moveToProject(qint64 id, qint64 projectId)
{
    return updateColumn(id, QStringLiteral("project_id"), SqlUtil::nullIfZero(projectId), false);
}

bool ConversationRepository::touch(qint64 id)
{
    return updateColumn(id, QStringLiteral("updated_at"), SqlUtil::nowMs(), false);
}

bool ConversationRepository::setActiveLeaf(qint64 id, qint64 messageId)
{
    // The leaf must belong to this conversation.
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("UPDATE conversations SET active_leaf_id = ?, updated_at = ?"
                                          " WHERE id = ? AND (? IS NULL OR EXISTS"
                                          " (SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?))"),
                           &ok);
    if (!ok) {
        return false;
    }
    const QVariant leaf = SqlUtil::nullIfZero(messageId);
    q.addBindValue(leaf);
    q.addBindValue(SqlUtil::nowMs());
    q.addBindValue(id);
    q.addBindValue(leaf);
    q.addBindValue(leaf);
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound,
                 QStringLiteral("conversation %1 / message %2").arg(id).arg(messageId));
        return false;
    }
    clearError();
    return true;
}

bool ConversationRepository::updateSettings(const Conversation &c)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("UPDATE conversations SET provider_id = ?, model = ?, temperature = ?,"
                                " max_tokens = ?, top_p = ?, system_prompt = ? WHERE id = ?"),
                 &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(SqlUtil::nullIfEmpty(c.providerId));
    q.addBindValue(SqlUtil::nullIfEmpty(c.model));
    q.addBindValue(SqlUtil::fromOptional(c.generation.temperature));
    q.addBindValue(SqlUtil::fromOptional(c.generation.maxTokens));
    q.addBindValue(SqlUtil::fromOptional(c.generation.topP));
    q.addBindValue(SqlUtil::text(c.systemPrompt));
    q.addBindValue(c.id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("conversation %1").arg(c.id));
        return false;
    }
    clearError();
    return true;
}

bool ConversationRepository::remove(qint64 id)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    // Clear the leaf first: the cascade deletes messages the leaf column points at.
    QSqlQuery clear =
        prepared(QStringLiteral("UPDATE conversations SET active_leaf_id = NULL WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    clear.addBindValue(id);
    if (!exec(clear)) {
        return false;
    }
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM conversations WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("conversation %1").arg(id));
        return false;
    }
    if (!transaction.commit()) {
        return false;
    }
    clearError();
    return true;
}

QList<Conversation> ConversationRepository::listPage(const ConversationFilter &filter, int limit,
                                                     int offset) const
{
    QList<Conversation> result;
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT %1 FROM conversations%2"
                                " ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
                     .arg(kColumns, whereClause(filter)),
                 &ok);
    if (!ok) {
        return result;
    }
    if (filter.scope == ConversationFilter::Scope::InProject) {
        q.bindValue(QStringLiteral(":project"), filter.projectId);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!exec(q)) {
        return result;
    }
    while (q.next()) {
        result.append(fromRow(q));
    }
    clearError();
    return result;
}

int ConversationRepository::count(const ConversationFilter &filter) const
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT count(*) FROM conversations%1").arg(whereClause(filter)), &ok);
    if (!ok) {
        return 0;
    }
    if (filter.scope == ConversationFilter::Scope::InProject) {
        q.bindValue(QStringLiteral(":project"), filter.projectId);
    }
    if (!exec(q) || !q.next()) {
        return 0;
    }
    clearError();
    return q.value(0).toInt();
}
