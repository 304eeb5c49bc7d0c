// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DeletedMessages.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class BranchExplorerPane;
class BranchTreeModel;
class ChatController;
class ChatService;
class ConversationListModel;
class Database;

// Keeps the branch explorer in step with the open conversation: the tree follows every send,
// regenerate and edit, the active path is highlighted, and choosing a node shows the path to it
// (the most recent leaf under it) in the chat view.
class BranchExplorerController : public QObject
{
    Q_OBJECT
public:
    BranchExplorerController(BranchExplorerPane &pane, Database &db, ChatService &chat,
                             ChatController &chatController, ConversationListModel &conversations,
                             QObject *parent = nullptr);

    BranchTreeModel *model() const { return m_model; }
    // Shows the branch through messageId (used by clicks and keyboard activation).
    void showBranch(qint64 messageId);
    // Makes messageId the end of the active path, so that the next prompt starts a new branch
    // after it; the input gets the focus.
    void continueFrom(qint64 messageId);

    // The context menu's actions, also used directly by tests.
    void setInContext(qint64 messageId, bool include);
    void setPinned(qint64 messageId, bool pinned);
    void setLabel(qint64 messageId, const QString &label);
    // Copies root → messageId into a new conversation and opens it; returns its id.
    qint64 saveBranchAsConversation(qint64 messageId, const QString &title);
    // Deletes the node and everything under it (after confirmation in the menu), and offers to
    // undo it through the undo presenter.
    bool deleteSubtree(qint64 messageId);
    // Puts back what the last deleteSubtree() removed; false when there is nothing to undo.
    bool undoDelete();

    using UndoPresenter = std::function<void(const QString &message, const std::function<void()> &undo)>;
    void setUndoPresenter(UndoPresenter presenter) { m_undoPresenter = std::move(presenter); }

private:
    // Reads the tree again (it changed) and shows it.
    void reloadTree();
    // Expands the tree and selects the active leaf.
    void refresh();
    void showContextMenu(const QPoint &position);

    BranchExplorerPane &m_pane;
    Database &m_db;
    ChatController &m_chatController;
    ConversationListModel &m_conversations;
    BranchTreeModel *m_model;
    UndoPresenter m_undoPresenter;
    // The last deletion, kept so it can be undone.
    std::optional<DeletedMessages> m_lastDeleted;
    QTimer m_streamRefresh;
    qint64 m_streamingMessage = 0;
    QString m_streamingText;
    static constexpr int kStreamPreviewChars = 200;
};
