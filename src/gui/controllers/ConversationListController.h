// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class ChatController;
class ConversationListModel;
class ConversationListPane;
class Database;
class MainWindow;
class QTimer;

// What the user does to conversations in the list: rename, pin, move to a project, delete. A
// deletion can be undone for a few seconds: the conversation is only hidden until then, and is
// removed for good when the time is up or the program ends.
class ConversationListController : public QObject
{
    Q_OBJECT
public:
    ConversationListController(ConversationListPane &pane, MainWindow &window, Database &db,
                               ConversationListModel &model, ChatController &chat, QObject *parent = nullptr);
    ~ConversationListController() override;

    void rename(qint64 conversationId);
    void setPinned(qint64 conversationId, bool pinned);
    void moveToProject(qint64 conversationId, qint64 projectId);
    // Hides the conversation and offers Undo; returns false for an unknown id.
    bool remove(qint64 conversationId);
    bool undoRemove(qint64 conversationId);
    // Deletes every hidden conversation now (the undo time is over).
    void commitRemovals();

    static constexpr int kUndoMs = 10000;

Q_SIGNALS:
    // The context menu was asked for on a project's folder.
    void projectMenuRequested(qint64 projectId, const QPoint &globalPosition);

private:
    void showContextMenu(const QPoint &position);
    qint64 currentId() const;

    ConversationListPane &m_pane;
    MainWindow &m_window;
    Database &m_db;
    ConversationListModel &m_model;
    ChatController &m_chat;
    QHash<qint64, QPointer<QTimer>> m_pendingRemovals;
};
