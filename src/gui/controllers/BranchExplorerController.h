// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class BranchExplorerPane;
class BranchTreeModel;
class ChatController;
class ChatService;
class Database;

// Keeps the branch explorer in step with the open conversation: the tree follows every send,
// regenerate and edit, the active path is highlighted, and choosing a node shows the path to it
// (the most recent leaf under it) in the chat view.
class BranchExplorerController : public QObject
{
    Q_OBJECT
public:
    BranchExplorerController(BranchExplorerPane &pane, Database &db, ChatService &chat,
                             ChatController &chatController, QObject *parent = nullptr);

    BranchTreeModel *model() const { return m_model; }
    // Shows the branch through messageId (used by clicks and keyboard activation).
    void showBranch(qint64 messageId);

private:
    void refresh();

    BranchExplorerPane &m_pane;
    Database &m_db;
    ChatController &m_chatController;
    BranchTreeModel *m_model;
};
