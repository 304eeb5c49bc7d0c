// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Attachment.h"
#include "storage/Message.h"

#include <QList>

class Database;

// What an undoable deletion removes: the messages (parents first), their attachments and the
// branch that was active. Taken before the deletion, put back by restore().
class DeletedMessages
{
public:
    // `messages` are the ones about to be deleted, all of conversationId.
    static DeletedMessages capture(Database &db, qint64 conversationId, const QList<Message> &messages);

    int size() const { return int(m_messages.size()); }
    qint64 conversationId() const { return m_conversationId; }
    // Stores everything again with its ids and makes the old branch active.
    bool restore(Database &db) const;

private:
    QList<Message> m_messages;
    QList<Attachment> m_attachments;
    qint64 m_conversationId = 0;
    qint64 m_activeLeaf = 0;
};
