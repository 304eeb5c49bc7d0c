// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

class Database;
class Terminal;

// A conversation's whole message tree, numbered in display order (depth first, older
// alternatives first) so that `tree`, `/branch N`, `/edit N` and `/exclude N` name nodes
// the same way. The active path is marked.
class ConversationTree
{
    Q_DECLARE_TR_FUNCTIONS(ConversationTree)

public:
    struct Node
    {
        int number = 0; // 1-based
        Message message;
        int depth = 0; // branch depth: grows only where a message has alternatives
        bool active = false;
        bool alternative = false; // one of several children of its parent
        QList<int> children;      // indexes into nodes()
    };

    void load(Database &db, qint64 conversationId);

    const QList<Node> &nodes() const { return m_nodes; }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    // The node with this number, or nullptr.
    const Node *node(int number) const;
    int numberOf(qint64 messageId) const;

    // One line per node: marker, number, role and the first line of the text.
    QString render(const Terminal &terminal) const;
    // Nested objects: number, id, role, text, state, active, children.
    QJsonArray toJson() const;

private:
    void addSubtree(Database &db, const Message &message, int depth, bool alternative, int parentIndex);
    QJsonObject nodeJson(int index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QList<qint64> m_activeIds;
};
