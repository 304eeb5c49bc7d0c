// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchExplorerController.h"

#include "BranchExplorerPane.h"
#include "BranchTreeModel.h"
#include "ChatController.h"

#include "services/ChatService.h"
#include "storage/MessageRepository.h"

#include <QTreeView>

BranchExplorerController::BranchExplorerController(BranchExplorerPane &pane, Database &db, ChatService &chat,
                                                   ChatController &chatController, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_db(db)
    , m_chatController(chatController)
    , m_model(new BranchTreeModel(db, this))
{
    m_pane.setModel(m_model);
    connect(&chatController, &ChatController::conversationOpened, this, [this](qint64 id) {
        if (id != m_model->conversation())
            m_model->setConversation(id);
        else
            m_model->reload();
        refresh();
    });
    connect(&chat, &ChatService::messageAdded, this, [this] {
        m_model->reload();
        refresh();
    });
    connect(&chat, &ChatService::replyStarted, this, [this] {
        m_model->reload();
        refresh();
    });
    connect(&chat, &ChatService::replyEnded, this, [this] {
        m_model->reload();
        refresh();
    });
    connect(m_pane.treeView(), &QTreeView::activated, this,
            [this](const QModelIndex &index) { showBranch(m_model->messageId(index)); });
    connect(m_pane.treeView(), &QTreeView::clicked, this,
            [this](const QModelIndex &index) { showBranch(m_model->messageId(index)); });
    // The chat controller may already show a conversation (the one open at the last exit).
    if (chatController.currentConversation()) {
        m_model->setConversation(chatController.currentConversation());
        refresh();
    }
}

void BranchExplorerController::showBranch(qint64 messageId)
{
    if (!messageId)
        return;
    MessageRepository messages(m_db);
    const std::optional<Message> message = messages.message(messageId);
    if (!message || !messages.switchToBranch(messageId))
        return;
    m_chatController.openConversation(message->conversationId);
    m_pane.treeView()->setCurrentIndex(m_model->indexOf(messageId));
}

void BranchExplorerController::refresh()
{
    QTreeView *view = m_pane.treeView();
    view->expandAll();
    // Select the active leaf: the last node on the active path.
    QModelIndex leaf;
    QModelIndex parent;
    for (;;) {
        QModelIndex next;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex candidate = m_model->index(row, 0, parent);
            if (candidate.data(BranchTreeModel::OnActivePathRole).toBool()) {
                next = candidate;
                break;
            }
        }
        if (!next.isValid())
            break;
        leaf = next;
        parent = next;
    }
    if (leaf.isValid()) {
        view->setCurrentIndex(leaf);
        view->scrollTo(leaf);
    }
}
