// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeletedMessages.h"

#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"

DeletedMessages DeletedMessages::capture(Database &db, qint64 conversationId, const QList<Message> &messages)
{
    DeletedMessages deleted;
    deleted.m_messages = messages;
    deleted.m_conversationId = conversationId;
    const QList<Message> path = MessageRepository(db).activePath(conversationId);
    deleted.m_activeLeaf = path.isEmpty() ? 0 : path.constLast().id;
    AttachmentRepository attachments(db);
    for (const Message &message : messages)
        deleted.m_attachments << attachments.forMessage(message.id);
    return deleted;
}

bool DeletedMessages::restore(Database &db) const
{
    if (!MessageRepository(db).restore(m_messages))
        return false;
    AttachmentRepository attachments(db);
    for (const Attachment &attachment : m_attachments)
        attachments.add(attachment);
    if (m_activeLeaf)
        ConversationRepository(db).setActiveLeaf(m_conversationId, m_activeLeaf);
    return true;
}
