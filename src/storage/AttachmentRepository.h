// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "Repository.h"

#include <QList>

// Files given as context: attached to one message (table attachments), or to a project, whose
// files go into the context of every conversation in it (table project_files, schema version 3).
class AttachmentRepository : public Repository
{
public:
    using Repository::Repository;

    qint64 add(const Attachment &attachment); // to attachment.messageId
    QList<Attachment> forMessage(qint64 messageId) const;
    bool remove(qint64 id);

    // Project files carry messageId 0; their ids are those of project_files.
    qint64 addToProject(qint64 projectId, const Attachment &file);
    QList<Attachment> forProject(qint64 projectId) const;
    bool removeFromProject(qint64 fileId);

private:
    struct Table
    {
        QString name;
        QString owner; // the column naming the message or project
    };
    static const Table kMessageFiles;
    static const Table kProjectFiles;

    qint64 insert(const Table &table, qint64 ownerId, const Attachment &file);
    QList<Attachment> select(const Table &table, qint64 ownerId) const;
    bool removeRow(const Table &table, qint64 id);
};
