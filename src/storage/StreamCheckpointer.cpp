// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamCheckpointer.h"

#include "Database.h"
#include "MessageRepository.h"
#include "SqlUtil.h"
#include "StorageLog.h"

#include <QSqlQuery>

StreamCheckpointer::StreamCheckpointer(Database &db, QObject *parent)
    : StreamCheckpointer(db, Policy(), parent)
{}

StreamCheckpointer::StreamCheckpointer(Database &db, const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_policy(policy)
{
    // The timer covers a stream that pauses: text that arrived stays unsaved at most a second.
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() { checkpoint(); });
}

StreamCheckpointer::~StreamCheckpointer()
{
    if (isActive()) {
        finish(MessageState::Interrupted);
    }
}

qint64 StreamCheckpointer::begin(qint64 parentId, const QString &providerId, const QString &model)
{
    if (isActive()) {
        finish(MessageState::Interrupted);
    }
    MessageRepository messages(m_db);
    Message message;
    message.role = MessageRole::Assistant;
    message.state = MessageState::Streaming;
    message.providerId = providerId;
    message.model = model;
    const qint64 id = messages.addChild(parentId, message);
    if (id == 0) {
        m_lastError = messages.lastError();
        return 0;
    }
    QSqlQuery leaf(m_db.connection());
    if (!SqlUtil::prepare(leaf,
                          QStringLiteral("UPDATE conversations SET active_leaf_id = ?"
                                         " WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)"),
                          &m_lastError)) {
        return 0;
    }
    leaf.addBindValue(id);
    leaf.addBindValue(id);
    if (!SqlUtil::exec(leaf, &m_lastError)) {
        return 0;
    }
    m_update = std::make_unique<QSqlQuery>(m_db.connection());
    if (!SqlUtil::prepare(*m_update,
                          QStringLiteral("UPDATE messages SET content = ?, thinking = ? WHERE id = ?"),
                          &m_lastError)) {
        m_update.reset();
        return 0;
    }
    m_messageId = id;
    m_content.clear();
    m_thinking.clear();
    m_thinkingSaved = true;
    m_finishReason.clear();
    m_finishDetail.clear();
    m_savedLength = 0;
    m_unsavedBytes = 0;
    m_checkpoints = 0;
    m_sinceCheckpoint.start();
    m_lastError = StorageError();
    return id;
}

bool StreamCheckpointer::append(const QString &delta)
{
    if (!isActive()) {
        return false;
    }
    m_content += delta;
    // UTF-8 size without converting: Cyrillic is two bytes, most other non-ASCII three.
    int bytes = 0;
    for (const QChar c : delta) {
        bytes += c.unicode() < 0x80 ? 1 : (c.unicode() < 0x800 ? 2 : 3);
    }
    return saveSoon(bytes);
}

bool StreamCheckpointer::appendThinking(const QString &delta)
{
    if (!isActive() || delta.isEmpty()) {
        return false;
    }
    m_thinking += delta;
    m_thinkingSaved = false;
    return saveSoon(int(delta.toUtf8().size()));
}

void StreamCheckpointer::setFinishReason(const QString &reason, const QString &detail)
{
    m_finishReason = reason;
    m_finishDetail = detail;
}

bool StreamCheckpointer::saveSoon(int newBytes)
{
    m_unsavedBytes += newBytes;
    if (m_unsavedBytes >= m_policy.maxUnsavedBytes || m_sinceCheckpoint.elapsed() >= m_policy.maxIntervalMs) {
        return checkpoint();
    }
    if (!m_timer.isActive()) {
        m_timer.start(m_policy.maxIntervalMs - int(m_sinceCheckpoint.elapsed()));
    }
    return true;
}

bool StreamCheckpointer::replaceContent(const QString &wholeText)
{
    if (!isActive()) {
        return false;
    }
    // Cumulative providers (YandexGPT) may revise earlier text: the whole text is unsaved.
    m_content = wholeText;
    m_savedLength = -1;
    m_unsavedBytes = 0;
    return saveSoon(int(wholeText.toUtf8().size()));
}

bool StreamCheckpointer::checkpoint()
{
    if (!isActive()) {
        return false;
    }
    m_timer.stop();
    m_sinceCheckpoint.restart();
    if (m_savedLength == m_content.size() && m_thinkingSaved) {
        return true;
    }
    m_update->addBindValue(SqlUtil::text(m_content));
    m_update->addBindValue(SqlUtil::text(m_thinking));
    m_update->addBindValue(m_messageId);
    if (!SqlUtil::exec(*m_update, &m_lastError)) {
        // Keep streaming in memory; the next checkpoint or finish() tries again.
        return false;
    }
    m_savedLength = int(m_content.size());
    m_thinkingSaved = true;
    m_unsavedBytes = 0;
    ++m_checkpoints;
    Q_EMIT checkpointed(m_messageId, m_savedLength);
    return true;
}

bool StreamCheckpointer::finish(MessageState state, const MessageUsage &usage, const QString &errorKind,
                                const QString &errorText)
{
    if (!isActive()) {
        return false;
    }
    m_timer.stop();
    m_update.reset();
    const qint64 id = m_messageId;
    m_messageId = 0;
    if (state == MessageState::Streaming) {
        state = MessageState::Interrupted;
    }
    // The final commit must survive a power loss: fsync the WAL for this one.
    m_db.setSynchronous(Database::Synchronous::Full);
    QSqlQuery q(m_db.connection());
    bool ok = SqlUtil::prepare(
        q,
        QStringLiteral("UPDATE messages SET content = ?, thinking = ?, state = ?, error_kind = ?,"
                       " error_text = ?, finish_reason = ?, finish_detail = ?, %1 WHERE id = ?")
            .arg(MessageRepository::kUsageAssignments),
        &m_lastError);
    if (ok) {
        q.addBindValue(SqlUtil::text(m_content));
        q.addBindValue(SqlUtil::text(m_thinking));
        q.addBindValue(Message::stateName(state));
        q.addBindValue(SqlUtil::nullIfEmpty(errorKind));
        q.addBindValue(SqlUtil::nullIfEmpty(errorText));
        q.addBindValue(SqlUtil::text(m_finishReason));
        q.addBindValue(SqlUtil::text(m_finishDetail));
        MessageRepository::bindUsage(q, usage);
        q.addBindValue(id);
        ok = SqlUtil::exec(q, &m_lastError);
    }
    m_db.setSynchronous(Database::Synchronous::Normal);
    if (ok) {
        m_savedLength = int(m_content.size());
        m_lastError = StorageError();
    } else {
        qCWarning(lcStorage) << "could not finalise streamed message" << id;
    }
    return ok;
}
