// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Message.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

class Database;

// The whole tree of one conversation for the branch explorer: an adapter over
// MessageRepository. Each node shows its role, first line, model and tokens; the nodes on the
// active path are marked (bold). Reloaded when the tree changes (a send, a regenerate, an edit).
//
// Only forks nest: a run of messages without alternatives is one list of rows, and each
// alternative after a fork is a child row holding the rest of its branch. A 1,000-message
// conversation without forks is 1,000 rows at one level, not a 1,000-deep tree.
class BranchTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1,
        OnActivePathRole,
        RoleNameRole,
        DetailRole, // "llama-3.3-70b · 412 tokens · pinned", drawn muted after the text
    };

    explicit BranchTreeModel(Database &db, QObject *parent = nullptr);
    ~BranchTreeModel() override;

    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }
    void reload();
    // The text so far of an answer that streams, for its row only; false when the message is
    // not in the tree.
    bool setStreamingText(qint64 messageId, const QString &text);

    QModelIndex indexOf(qint64 messageId) const;
    QModelIndex activeLeaf() const { return indexOf(m_activeLeaf); }
    qint64 messageId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Message message;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    using Children = QHash<qint64, QList<const Message *>>;
    using NodeList = std::vector<std::unique_ptr<Node>>;
    Node *addNode(Node *parent, NodeList &list, const Message &message);
    // Appends `start` and the messages that follow it without a fork to list.
    void addRun(Node *parent, NodeList &list, const Message *start, const Children &children, int depth);
    // Adds one alternative after a fork; the rest of its branch becomes its children.
    void addBranch(Node *parent, NodeList &list, const Message *head, const Children &children, int depth);
    void addForks(Node *node, const QList<const Message *> &heads, const Children &children, int depth);
    Node *nodeFor(const QModelIndex &index) const;
    const NodeList &childrenOf(const Node *node) const;

    Database &m_db;
    qint64 m_conversationId = 0;
    NodeList m_roots;
    QHash<qint64, Node *> m_nodes;
    QSet<qint64> m_activePath;
    qint64 m_activeLeaf = 0;
};
