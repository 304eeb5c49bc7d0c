// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRepository.h"

#include "SqlUtil.h"

#include <QHash>

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.conversation_id, m.parent_id, m.role, m.content, m.provider_id, m.model, m.state, m.error_kind,"
    " m.error_text, m.in_context, m.pinned, m.label, m.prompt_tokens, m.completion_tokens, m.cached_tokens,"
    " m.reasoning_tokens, m.cost, m.currency, m.first_token_ms, m.duration_ms, m.created_at,"
    " m.usage_estimated, m.thinking, m.finish_reason, m.finish_detail");

Message fromRow(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.parentId = q.value(2).toLongLong();
    m.role = Message::roleFromName(q.value(3).toString());
    m.content = q.value(4).toString();
    m.providerId = q.value(5).toString();
    m.model = q.value(6).toString();
    m.state = Message::stateFromName(q.value(7).toString());
    m.errorKind = q.value(8).toString();
    m.errorText = q.value(9).toString();
    m.inContext = q.value(10).toBool();
    m.pinned = q.value(11).toBool();
    m.label = q.value(12).toString();
    m.usage.promptTokens = SqlUtil::toOptionalInt(q, 13);
    m.usage.completionTokens = SqlUtil::toOptionalInt(q, 14);
    m.usage.cachedTokens = SqlUtil::toOptionalInt(q, 15);
    m.usage.reasoningTokens = SqlUtil::toOptionalInt(q, 16);
    m.usage.cost = SqlUtil::toOptionalDouble(q, 17);
    m.usage.currency = q.value(18).toString();
    m.usage.firstTokenMs = SqlUtil::toOptionalInt(q, 19);
    m.usage.durationMs = SqlUtil::toOptionalInt(q, 20);
    m.createdAt = SqlUtil::fromMs(q.value(21).toLongLong());
    m.usage.estimated = q.value(22).toBool();
    m.thinking = q.value(23).toString();
    m.finishReason = q.value(24).toString();
    m.finishDetail = q.value(25).toString();
    return m;
}

// Ids of a node and all its descendants.
const QString kSubtree = QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL"
                                        " SELECT c.id FROM messages c JOIN subtree s ON c.parent_id = s.id)");

} // namespace

const QString MessageRepository::kUsageAssignments = QStringLiteral(
    "prompt_tokens = ?, completion_tokens = ?, cached_tokens = ?, reasoning_tokens = ?, cost = ?,"
    " currency = ?, first_token_ms = ?, duration_ms = ?, usage_estimated = ?");

void MessageRepository::bindUsage(QSqlQuery &query, const MessageUsage &usage)
{
    query.addBindValue(SqlUtil::fromOptional(usage.promptTokens));
    query.addBindValue(SqlUtil::fromOptional(usage.completionTokens));
    query.addBindValue(SqlUtil::fromOptional(usage.cachedTokens));
    query.addBindValue(SqlUtil::fromOptional(usage.reasoningTokens));
    query.addBindValue(SqlUtil::fromOptional(usage.cost));
    query.addBindValue(SqlUtil::nullIfEmpty(usage.currency));
    query.addBindValue(SqlUtil::fromOptional(usage.firstTokenMs));
    query.addBindValue(SqlUtil::fromOptional(usage.durationMs));
    query.addBindValue(usage.estimated ? 1 : 0);
}

QList<Message> MessageRepository::select(const QString &sqlTail, const QVariantList &values) const
{
    QList<Message> result;
    bool ok = false;
    QSqlQuery q = Repository::select(sqlTail.arg(kColumns), values, &ok);
    if (!ok) {
        return result;
    }
    while (q.next()) {
        result.append(fromRow(q));
    }
    clearError();
    return result;
}

qint64 MessageRepository::add(const Message &message)
{
    return insert(message, false);
}

QList<Message> MessageRepository::subtree(qint64 id) const
{
    // A child is always stored after its parent, so (created_at, id) puts parents first.
    return select(kSubtree + QStringLiteral(" SELECT %1 FROM messages m WHERE m.id IN subtree"
                                            " ORDER BY m.created_at, m.id"),
                  {id});
}

bool MessageRepository::restore(const QList<Message> &messages)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    for (const Message &message : messages) {
        if (!insert(message, true)) {
            return false;
        }
    }
    return transaction.commit();
}

qint64 MessageRepository::insert(const Message &message, bool keepId)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return 0;
    }
    bool ok = false;
    if (message.parentId != 0) {
        QSqlQuery parent = prepared(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), &ok);
        if (!ok) {
            return 0;
        }
        parent.addBindValue(message.parentId);
        if (!exec(parent)) {
            return 0;
        }
        if (!parent.next() || parent.value(0).toLongLong() != message.conversationId) {
            setError(StorageError::Kind::NotFound, QStringLiteral("parent %1 not in conversation %2")
                                                       .arg(message.parentId)
                                                       .arg(message.conversationId));
            return 0;
        }
    }
    QSqlQuery q = prepared(
        QStringLiteral(
            "INSERT INTO messages (id, conversation_id, parent_id, role, content, provider_id, model, state,"
            " error_kind, error_text, in_context, pinned, label, thinking, finish_reason, finish_detail,"
            " prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, cost, currency, "
            "first_token_ms,"
            " duration_ms, usage_estimated, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &ok);
    if (!ok) {
        return 0;
    }
    const qint64 created = message.createdAt.isValid() ? SqlUtil::toMs(message.createdAt) : SqlUtil::nowMs();
    q.addBindValue(keepId ? SqlUtil::nullIfZero(message.id) : QVariant()); // NULL: SQLite picks the id
    q.addBindValue(message.conversationId);
    q.addBindValue(SqlUtil::nullIfZero(message.parentId));
    q.addBindValue(Message::roleName(message.role));
    q.addBindValue(SqlUtil::text(message.content));
    q.addBindValue(SqlUtil::nullIfEmpty(message.providerId));
    q.addBindValue(SqlUtil::nullIfEmpty(message.model));
    q.addBindValue(Message::stateName(message.state));
    q.addBindValue(SqlUtil::nullIfEmpty(message.errorKind));
    q.addBindValue(SqlUtil::nullIfEmpty(message.errorText));
    q.addBindValue(message.inContext ? 1 : 0);
    q.addBindValue(message.pinned ? 1 : 0);
    q.addBindValue(SqlUtil::text(message.label));
    q.addBindValue(SqlUtil::text(message.thinking));
    q.addBindValue(SqlUtil::text(message.finishReason));
    q.addBindValue(SqlUtil::text(message.finishDetail));
    bindUsage(q, message.usage);
    q.addBindValue(created);
    if (!exec(q)) {
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery touch = prepared(
        QStringLiteral("UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?"), &ok);
    if (!ok) {
        return 0;
    }
    touch.addBindValue(created);
    touch.addBindValue(message.conversationId);
    if (!exec(touch) || !transaction.commit()) {
        return 0;
    }
    clearError();
    return id;
}

qint64 MessageRepository::addChild(qint64 parentId, Message message)
{
    const std::optional<Message> parent = this->message(parentId);
    if (!parent) {
        return 0;
    }
    message.conversationId = parent->conversationId;
    message.parentId = parentId;
    return add(message);
}

std::optional<Message> MessageRepository::message(qint64 id) const
{
    const QList<Message> rows = select(QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?"), {id});
    if (rows.isEmpty()) {
        if (!lastError().isError()) {
            setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(id));
        }
        return std::nullopt;
    }
    return rows.first();
}

QList<Message> MessageRepository::children(qint64 parentId) const
{
    return select(
        QStringLiteral("SELECT %1 FROM messages m WHERE m.parent_id = ? ORDER BY m.created_at, m.id"),
        {parentId});
}

QList<Message> MessageRepository::inConversation(qint64 conversationId) const
{
    return select(
        QStringLiteral("SELECT %1 FROM messages m WHERE m.conversation_id = ? ORDER BY m.created_at, m.id"),
        {conversationId});
}

QList<Message> MessageRepository::siblings(qint64 id) const
{
    // IS matches NULL parents too, so roots of one conversation are siblings of each other.
    return select(
        QStringLiteral("SELECT %1 FROM messages m JOIN messages me ON me.id = ?"
                       " WHERE m.conversation_id = me.conversation_id AND m.parent_id IS me.parent_id"
                       " ORDER BY m.created_at, m.id"),
        {id});
}

SiblingPosition MessageRepository::siblingPosition(qint64 id) const
{
    SiblingPosition position;
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT m.id FROM messages m JOIN messages me ON me.id = ?"
                                          " WHERE m.conversation_id = me.conversation_id"
                                          " AND m.parent_id IS me.parent_id ORDER BY m.created_at, m.id"),
                           &ok);
    if (!ok) {
        return position;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return position;
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    const auto index = ids.indexOf(id);
    if (index < 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(id));
        return position;
    }
    position.index = int(index) + 1;
    position.count = int(ids.size());
    position.previousId = index > 0 ? ids.at(index - 1) : 0;
    position.nextId = index + 1 < ids.size() ? ids.at(index + 1) : 0;
    clearError();
    return position;
}

QHash<qint64, SiblingPosition> MessageRepository::siblingPositions(qint64 conversationId) const
{
    QHash<qint64, SiblingPosition> positions;
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT id, parent_id FROM messages WHERE conversation_id = ?"
                                          " ORDER BY created_at, id"),
                           &ok);
    if (!ok) {
        return positions;
    }
    q.addBindValue(conversationId);
    if (!exec(q)) {
        return positions;
    }
    QHash<qint64, QList<qint64>> byParent; // roots under 0
    while (q.next()) {
        byParent[q.value(1).toLongLong()].append(q.value(0).toLongLong());
    }
    for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
        const QList<qint64> &ids = it.value();
        if (ids.size() < 2) {
            continue;
        }
        for (int i = 0; i < ids.size(); ++i) {
            SiblingPosition &position = positions[ids.at(i)];
            position.index = i + 1;
            position.count = int(ids.size());
            position.previousId = i > 0 ? ids.at(i - 1) : 0;
            position.nextId = i + 1 < ids.size() ? ids.at(i + 1) : 0;
        }
    }
    clearError();
    return positions;
}

QList<Message> MessageRepository::pathFrom(const QString &startCondition, qint64 value) const
{
    // The walk carries ids only and the rows are read once by id afterwards: a third faster
    // than carrying whole rows through the recursion. A child is always stored after its
    // parent (a new row gets a larger id, a restored one its old id), so id order is path order.
    QList<Message> path = select(
        QStringLiteral(
            "WITH RECURSIVE path(id, parent_id) AS (SELECT m.id, m.parent_id FROM messages m WHERE ") +
            startCondition +
            QStringLiteral(
                " UNION ALL SELECT m.id, m.parent_id FROM messages m JOIN path ON m.id = path.parent_id)"
                " SELECT %1 FROM messages m WHERE m.id IN (SELECT id FROM path) ORDER BY m.id"),
        {value});
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (path.at(i).parentId != path.at(i - 1).id)
            return Message::leafPaths(path).value(0); // a file that broke the id order
    }
    return path;
}

QList<Message> MessageRepository::pathTo(qint64 leafId) const
{
    return pathFrom(QStringLiteral("m.id = ?"), leafId);
}

QList<Message> MessageRepository::activePath(qint64 conversationId) const
{
    return pathFrom(QStringLiteral("m.id = (SELECT active_leaf_id FROM conversations WHERE id = ?)"),
                    conversationId);
}

qint64 MessageRepository::deepestLeaf(qint64 nodeId) const
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("WITH RECURSIVE down(id, depth) AS (SELECT ?, 0 UNION ALL"
                                " SELECT (SELECT c.id FROM messages c WHERE c.parent_id = down.id"
                                " ORDER BY c.created_at DESC, c.id DESC LIMIT 1), down.depth + 1"
                                " FROM down WHERE down.id IS NOT NULL)"
                                " SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1"),
                 &ok);
    if (!ok) {
        return 0;
    }
    q.addBindValue(nodeId);
    if (!exec(q) || !q.next()) {
        return 0;
    }
    clearError();
    return q.value(0).toLongLong();
}

bool MessageRepository::setLeaf(qint64 conversationId, qint64 leafId)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(SqlUtil::nullIfZero(leafId));
    q.addBindValue(conversationId);
    return exec(q);
}

bool MessageRepository::switchToBranch(qint64 messageId)
{
    const std::optional<Message> node = message(messageId);
    if (!node) {
        return false;
    }
    const qint64 leaf = deepestLeaf(messageId);
    if (leaf == 0 || !setLeaf(node->conversationId, leaf)) {
        return false;
    }
    clearError();
    return true;
}

bool MessageRepository::deleteSubtree(qint64 id)
{
    const std::optional<Message> node = message(id);
    if (!node) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    QSqlQuery leafQuery =
        prepared(kSubtree + QStringLiteral(" SELECT c.active_leaf_id IN subtree FROM conversations c"
                                           " WHERE c.id = ?"),
                 &ok);
    if (!ok) {
        return false;
    }
    leafQuery.addBindValue(id);
    leafQuery.addBindValue(node->conversationId);
    if (!exec(leafQuery)) {
        return false;
    }
    const bool leafInside = leafQuery.next() && leafQuery.value(0).toBool();
    leafQuery.finish();

    QSqlQuery remove = prepared(kSubtree + QStringLiteral(" DELETE FROM messages WHERE id IN subtree"), &ok);
    if (!ok) {
        return false;
    }
    remove.addBindValue(id);
    if (!exec(remove)) {
        return false;
    }
    if (leafInside) {
        // Prefer the most recent remaining alternative, else go up to the parent.
        qint64 newLeaf = 0;
        const QList<Message> others =
            node->parentId != 0
                ? children(node->parentId)
                : select(QStringLiteral("SELECT %1 FROM messages m WHERE m.conversation_id = ?"
                                        " AND m.parent_id IS NULL ORDER BY m.created_at, m.id"),
                         {node->conversationId});
        if (!others.isEmpty()) {
            newLeaf = deepestLeaf(others.last().id);
        } else {
            newLeaf = node->parentId;
        }
        if (!setLeaf(node->conversationId, newLeaf)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return false;
    }
    clearError();
    return true;
}

qint64 MessageRepository::copyPathToNewConversation(qint64 leafId, const QString &title)
{
    const QList<Message> path = pathTo(leafId);
    if (path.isEmpty()) {
        if (!lastError().isError()) {
            setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(leafId));
        }
        return 0;
    }
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return 0;
    }
    bool ok = false;
    QSqlQuery conversation = prepared(
        QStringLiteral(
            "INSERT INTO conversations (project_id, title, created_at, updated_at, pinned, provider_id,"
            " model, temperature, max_tokens, top_p, system_prompt)"
            " SELECT project_id, ?, ?, ?, 0, provider_id, model, temperature, max_tokens, top_p,"
            " system_prompt FROM conversations WHERE id = ?"),
        &ok);
    if (!ok) {
        return 0;
    }
    const qint64 now = SqlUtil::nowMs();
    conversation.addBindValue(SqlUtil::text(title));
    conversation.addBindValue(now);
    conversation.addBindValue(now);
    conversation.addBindValue(path.first().conversationId);
    if (!exec(conversation)) {
        return 0;
    }
    const qint64 newConversation = conversation.lastInsertId().toLongLong();

    QSqlQuery copy = prepared(
        QStringLiteral(
            "INSERT INTO messages (conversation_id, parent_id, role, content, provider_id, model, state,"
            " error_kind, error_text, in_context, pinned, label, thinking, finish_reason, finish_detail,"
            " prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, cost, currency, "
            "first_token_ms,"
            " duration_ms, usage_estimated, created_at)"
            " SELECT ?, ?, role, content, provider_id, model, state, error_kind, error_text, in_context,"
            " pinned, label, thinking, finish_reason, finish_detail, prompt_tokens, completion_tokens,"
            " cached_tokens, reasoning_tokens, cost, currency, first_token_ms, duration_ms, usage_estimated,"
            " created_at FROM messages WHERE id = ?"),
        &ok);
    if (!ok) {
        return 0;
    }
    QSqlQuery attachments = prepared(
        QStringLiteral(
            "INSERT INTO attachments (message_id, file_name, mime_type, size, text_content, created_at)"
            " SELECT ?, file_name, mime_type, size, text_content, created_at FROM attachments"
            " WHERE message_id = ? ORDER BY id"),
        &ok);
    if (!ok) {
        return 0;
    }
    qint64 parent = 0;
    for (const Message &message : path) {
        copy.addBindValue(newConversation);
        copy.addBindValue(SqlUtil::nullIfZero(parent));
        copy.addBindValue(message.id);
        if (!exec(copy)) {
            return 0;
        }
        parent = copy.lastInsertId().toLongLong();
        attachments.addBindValue(parent);
        attachments.addBindValue(message.id);
        if (!exec(attachments)) {
            return 0;
        }
    }
    if (!setLeaf(newConversation, parent) || !transaction.commit()) {
        return 0;
    }
    clearError();
    return newConversation;
}

bool MessageRepository::updateColumn(qint64 id, const QString &column, const QVariant &value)
{
    bool ok = false;
    // `column` is always a literal from this file, never input.
    QSqlQuery q = prepared(QStringLiteral("UPDATE messages SET %1 = ? WHERE id = ?").arg(column), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(value);
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(id));
        return false;
    }
    clearError();
    return true;
}

bool MessageRepository::setInContext(qint64 id, bool inContext)
{
    return updateColumn(id, QStringLiteral("in_context"), inContext ? 1 : 0);
}

bool MessageRepository::setPinned(qint64 id, bool pinned)
{
    return updateColumn(id, QStringLiteral("pinned"), pinned ? 1 : 0);
}

bool MessageRepository::setLabel(qint64 id, const QString &label)
{
    return updateColumn(id, QStringLiteral("label"), SqlUtil::text(label));
}

bool MessageRepository::setContent(qint64 id, const QString &content)
{
    return updateColumn(id, QStringLiteral("content"), SqlUtil::text(content));
}

bool MessageRepository::setUsage(qint64 id, const MessageUsage &usage)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("UPDATE messages SET %1 WHERE id = ?").arg(kUsageAssignments), &ok);
    if (!ok) {
        return false;
    }
    bindUsage(q, usage);
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(id));
        return false;
    }
    clearError();
    return true;
}

bool MessageRepository::setState(qint64 id, MessageState state, const QString &errorKind,
                                 const QString &errorText)
{
    bool ok = false;
    QSqlQuery q = prepared(
        QStringLiteral("UPDATE messages SET state = ?, error_kind = ?, error_text = ? WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(Message::stateName(state));
    q.addBindValue(SqlUtil::nullIfEmpty(errorKind));
    q.addBindValue(SqlUtil::nullIfEmpty(errorText));
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("message %1").arg(id));
        return false;
    }
    clearError();
    return true;
}

int MessageRepository::countInConversation(qint64 conversationId) const
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"), &ok);
    if (!ok) {
        return 0;
    }
    q.addBindValue(conversationId);
    if (!exec(q) || !q.next()) {
        return 0;
    }
    clearError();
    return q.value(0).toInt();
}
