// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "SqlUtil.h"

const AttachmentRepository::Table AttachmentRepository::kMessageFiles = {QStringLiteral("attachments"),
                                                                         QStringLiteral("message_id")};
const AttachmentRepository::Table AttachmentRepository::kProjectFiles = {QStringLiteral("project_files"),
                                                                         QStringLiteral("project_id")};

qint64 AttachmentRepository::add(const Attachment &attachment)
{
    return insert(kMessageFiles, attachment.messageId, attachment);
}

QList<Attachment> AttachmentRepository::forMessage(qint64 messageId) const
{
    return select(kMessageFiles, messageId);
}

bool AttachmentRepository::remove(qint64 id)
{
    return removeRow(kMessageFiles, id);
}

qint64 AttachmentRepository::addToProject(qint64 projectId, const Attachment &file)
{
    return insert(kProjectFiles, projectId, file);
}

QList<Attachment> AttachmentRepository::forProject(qint64 projectId) const
{
    return select(kProjectFiles, projectId);
}

bool AttachmentRepository::removeFromProject(qint64 fileId)
{
    return removeRow(kProjectFiles, fileId);
}

qint64 AttachmentRepository::insert(const Table &table, qint64 ownerId, const Attachment &file)
{
    bool ok = false;
    // Table and column names are ours (kMessageFiles, kProjectFiles), never user input.
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO %1 (%2, file_name, mime_type, size, text_content,"
                                          " created_at) VALUES (?, ?, ?, ?, ?, ?)")
                               .arg(table.name, table.owner),
                           &ok);
    if (!ok) {
        return 0;
    }
    q.addBindValue(ownerId);
    q.addBindValue(SqlUtil::text(file.fileName));
    q.addBindValue(file.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : file.mimeType);
    q.addBindValue(file.size);
    // Project files are always text (NOT NULL); a message's attachment may have none.
    q.addBindValue(&table == &kProjectFiles ? SqlUtil::text(file.textContent)
                                            : SqlUtil::nullIfEmpty(file.textContent));
    q.addBindValue(file.createdAt.isValid() ? SqlUtil::toMs(file.createdAt) : SqlUtil::nowMs());
    if (!exec(q)) {
        return 0;
    }
    clearError();
    return q.lastInsertId().toLongLong();
}

QList<Attachment> AttachmentRepository::select(const Table &table, qint64 ownerId) const
{
    QList<Attachment> result;
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT id, %2, file_name, mime_type, size, text_content, created_at"
                                " FROM %1 WHERE %2 = ? ORDER BY id")
                     .arg(table.name, table.owner),
                 &ok);
    if (!ok) {
        return result;
    }
    q.addBindValue(ownerId);
    if (!exec(q)) {
        return result;
    }
    const bool ofMessage = &table == &kMessageFiles;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.messageId = ofMessage ? q.value(1).toLongLong() : 0;
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

bool AttachmentRepository::removeRow(const Table &table, qint64 id)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(StorageError::Kind::NotFound, QStringLiteral("%1 row %2").arg(table.name).arg(id));
        return false;
    }
    clearError();
    return true;
}
