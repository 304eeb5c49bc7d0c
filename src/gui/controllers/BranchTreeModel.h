// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Message.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

class Database;

// The whole tree of one conversation for the branch explorer: an adapter over
// MessageRepository. Each node shows its role, first line, model and tokens; the nodes on the
// active path are marked (bold). Reloaded when the tree changes (a send, a regenerate, an edit).
class BranchTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { MessageIdRole = Qt::UserRole + 1, OnActivePathRole, RoleNameRole };

    explicit BranchTreeModel(Database &db, QObject *parent = nullptr);
    ~BranchTreeModel() override;

    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }
    void reload();

    QModelIndex indexOf(qint64 messageId) const;
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

    void loadChildren(Node *node, int depth);
    Node *nodeFor(const QModelIndex &index) const;
    const std::vector<std::unique_ptr<Node>> &childrenOf(const Node *node) const;
    Node *find(Node *node, qint64 id) const;

    Database &m_db;
    qint64 m_conversationId = 0;
    std::vector<std::unique_ptr<Node>> m_roots;
    QSet<qint64> m_activePath;
};
