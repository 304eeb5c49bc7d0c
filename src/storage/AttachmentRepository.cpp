// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "SqlUtil.h"

qint64 AttachmentRepository::add(const Attachment &attachment)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO attachments (message_id, file_name, mime_type, size,"
                                          " text_content, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           &ok);
    if (!ok) {
        return 0;
    }
    q.addBindValue(attachment.messageId);
    q.addBindValue(SqlUtil::text(attachment.fileName));
    q.addBindValue(attachment.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                 : attachment.mimeType);
    q.addBindValue(attachment.size);
    q.addBindValue(SqlUtil::nullIfEmpty(attachment.textContent));
    q.addBindValue(attachment.createdAt.isValid() ? SqlUtil::toMs(attachment.createdAt) : SqlUtil::nowMs());
    if (!exec(q)) {
        return 0;
    }
    clearError();
    return q.lastInsertId().toLongLong();
}

QList<Attachment> AttachmentRepository::forMessage(qint64 messageId) const
{
    QList<Attachment> result;
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT id, message_id, file_name, mime_type, size, text_content, created_at"
                                " FROM attachments WHERE message_id = ? ORDER BY id"),
                 &ok);
    if (!ok) {
        return result;
    }
    q.addBindValue(messageId);
    if (!exec(q)) {
        return result;
    }
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.messageId = q.value(1).toLongLong();
        a.fileName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.textContent = q.value(5).toString();
        a.createdAt = SqlUtil::fromMs(q.value(6).toLongLong());
        result.append(a);
    }
    clearError();
    return result;
}

bool AttachmentRepository::remove(qint64 id)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM attachments WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("attachment %1").arg(id));
        return false;
    }
    clearError();
    return true;
}
