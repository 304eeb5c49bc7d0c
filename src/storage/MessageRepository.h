// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"
#include "Repository.h"

#include <QHash>
#include <QList>

#include <optional>

// Messages and the operations on a conversation's tree. Siblings are ordered by creation
// (oldest first); "most recent" means the newest sibling.
class MessageRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts a message (created_at defaults to now) and marks the conversation as used.
    // parentId must be 0 (a root) or a message of the same conversation. Returns the id or 0.
    qint64 add(const Message &message);
    // Adds `message` under parentId, in the parent's conversation.
    qint64 addChild(qint64 parentId, Message message);

    std::optional<Message> message(qint64 id) const;
    QList<Message> children(qint64 parentId) const;
    // Every message of the conversation, oldest first (one query, for drawing the whole tree).
    QList<Message> inConversation(qint64 conversationId) const;
    // The message and its alternatives (same parent; roots of the same conversation).
    QList<Message> siblings(qint64 id) const;
    SiblingPosition siblingPosition(qint64 id) const;
    // The positions of every message of the conversation that has alternatives, in one query
    // (messages without siblings are left out).
    QHash<qint64, SiblingPosition> siblingPositions(qint64 conversationId) const;

    // Root first, `leafId` last.
    QList<Message> pathTo(qint64 leafId) const;
    // The path to the conversation's active leaf (empty for an empty conversation).
    QList<Message> activePath(qint64 conversationId) const;
    // Follows the most recent child from nodeId down to a leaf; nodeId itself if it has none.
    qint64 deepestLeaf(qint64 nodeId) const;
    // Shows a branch: the active leaf becomes the deepest leaf under messageId.
    bool switchToBranch(qint64 messageId);

    // Deletes the message with all its descendants and their attachments. If the active leaf
    // was among them, the most recent remaining branch (or the parent) becomes active.
    bool deleteSubtree(qint64 id);
    // The message and all its descendants, parents before children (to undo a deletion).
    QList<Message> subtree(qint64 id) const;
    // Puts deleted messages back with their ids and everything else they had; parents first.
    bool restore(const QList<Message> &messages);
    // Copies root→leafId (with attachments) into a new conversation with the source's
    // settings and project; returns the new conversation id or 0.
    qint64 copyPathToNewConversation(qint64 leafId, const QString &title);

    bool setInContext(qint64 id, bool inContext);
    bool setPinned(qint64 id, bool pinned);
    bool setLabel(qint64 id, const QString &label);
    bool setContent(qint64 id, const QString &content);
    bool setUsage(qint64 id, const MessageUsage &usage);
    bool setState(qint64 id, MessageState state, const QString &errorKind = QString(),
                  const QString &errorText = QString());

    int countInConversation(qint64 conversationId) const;

    // The usage columns in the order bindUsage() binds them ("prompt_tokens = ?, …"), for the
    // statements that write an answer's usage (here and in StreamCheckpointer).
    static const QString kUsageAssignments;
    static void bindUsage(QSqlQuery &query, const MessageUsage &usage);

private:
    qint64 insert(const Message &message, bool keepId);
    QList<Message> select(const QString &sqlTail, const QVariantList &values) const;
    QList<Message> pathFrom(const QString &startCondition, qint64 value) const;
    bool updateColumn(qint64 id, const QString &column, const QVariant &value);
    bool setLeaf(qint64 conversationId, qint64 leafId);
};
