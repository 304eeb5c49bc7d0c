// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchExplorerController.h"

#include "BranchExplorerPane.h"
#include "BranchTreeModel.h"
#include "ChatController.h"
#include "ConversationListModel.h"

#include "services/ChatService.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

#include <utility>

BranchExplorerController::BranchExplorerController(BranchExplorerPane &pane, Database &db, ChatService &chat,
                                                   ChatController &chatController,
                                                   ConversationListModel &conversations, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_db(db)
    , m_chatController(chatController)
    , m_conversations(conversations)
    , m_model(new BranchTreeModel(db, this))
{
    m_pane.setModel(m_model);
    connect(&chatController, &ChatController::conversationOpened, this, [this](qint64 id) {
        if (id == m_model->conversation()) {
            reloadTree();
        } else {
            m_model->setConversation(id);
            refresh();
        }
    });
    connect(&chat, &ChatService::messageAdded, this, &BranchExplorerController::reloadTree);
    connect(&chat, &ChatService::replyStarted, this, &BranchExplorerController::reloadTree);
    connect(&chat, &ChatService::replyEnded, this, &BranchExplorerController::reloadTree);
    connect(&chatController, &ChatController::messageChanged, this, &BranchExplorerController::reloadTree);
    // While an answer streams its node follows (its first line, then its tokens), a few times
    // a second rather than on every token.
    m_streamRefresh.setSingleShot(true);
    m_streamRefresh.setInterval(400);
    connect(&m_streamRefresh, &QTimer::timeout, this, [this] {
        // Only that row: the user may be reading elsewhere in the tree meanwhile.
        m_model->setStreamingText(m_streamingMessage, m_streamingText);
    });
    const auto streamed = [this](qint64 messageId, const QString &text, bool whole) {
        if (messageId != m_streamingMessage) {
            m_streamingMessage = messageId;
            m_streamingText.clear();
        }
        // The first line is all the row shows.
        if (whole)
            m_streamingText = text.left(kStreamPreviewChars);
        else if (m_streamingText.size() < kStreamPreviewChars)
            m_streamingText += text;
        if (!m_streamRefresh.isActive())
            m_streamRefresh.start();
    };
    connect(&chat, &ChatService::replyDelta, this,
            [streamed](qint64 id, const QString &delta) { streamed(id, delta, false); });
    connect(&chat, &ChatService::replyReplaced, this,
            [streamed](qint64 id, const QString &text) { streamed(id, text, true); });
    connect(&chat, &ChatService::replyEnded, &m_streamRefresh, &QTimer::stop);
    connect(m_pane.treeView(), &QTreeView::activated, this,
            [this](const QModelIndex &index) { showBranch(m_model->messageId(index)); });
    connect(m_pane.treeView(), &QTreeView::clicked, this,
            [this](const QModelIndex &index) { showBranch(m_model->messageId(index)); });
    connect(m_pane.treeView(), &QTreeView::customContextMenuRequested, this,
            &BranchExplorerController::showContextMenu);
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

void BranchExplorerController::continueFrom(qint64 messageId)
{
    const std::optional<Message> message = MessageRepository(m_db).message(messageId);
    if (!message || !ConversationRepository(m_db).setActiveLeaf(message->conversationId, messageId))
        return;
    m_chatController.openConversation(message->conversationId);
    m_pane.treeView()->setCurrentIndex(m_model->indexOf(messageId));
    m_chatController.focusInput();
}

void BranchExplorerController::reloadTree()
{
    m_model->reload();
    refresh();
}

void BranchExplorerController::refresh()
{
    QTreeView *view = m_pane.treeView();
    view->expandAll();
    const QModelIndex leaf = m_model->activeLeaf();
    if (leaf.isValid()) {
        view->setCurrentIndex(leaf);
        view->scrollTo(leaf);
    }
}

void BranchExplorerController::setInContext(qint64 messageId, bool include)
{
    MessageRepository(m_db).setInContext(messageId, include);
    m_chatController.refreshMessage(messageId); // and the tree with it (messageChanged)
}

void BranchExplorerController::setPinned(qint64 messageId, bool pinned)
{
    MessageRepository(m_db).setPinned(messageId, pinned);
    m_chatController.refreshMessage(messageId);
}

void BranchExplorerController::setLabel(qint64 messageId, const QString &label)
{
    MessageRepository(m_db).setLabel(messageId, label.trimmed());
    reloadTree();
}

qint64 BranchExplorerController::saveBranchAsConversation(qint64 messageId, const QString &title)
{
    const qint64 id = MessageRepository(m_db).copyPathToNewConversation(
        MessageRepository(m_db).deepestLeaf(messageId), title.trimmed());
    if (id) {
        m_conversations.reload();
        m_chatController.openConversation(id);
    }
    return id;
}

bool BranchExplorerController::deleteSubtree(qint64 messageId)
{
    MessageRepository messages(m_db);
    const std::optional<Message> message = messages.message(messageId);
    if (!message)
        return false;
    DeletedMessages deleted =
        DeletedMessages::capture(m_db, message->conversationId, messages.subtree(messageId));
    if (!messages.deleteSubtree(messageId))
        return false;
    m_lastDeleted = std::move(deleted);
    m_chatController.openConversation(message->conversationId);
    if (m_undoPresenter)
        m_undoPresenter(tr("Deleted %n message(s).", nullptr, m_lastDeleted->size()),
                        [this] { undoDelete(); });
    return true;
}

bool BranchExplorerController::undoDelete()
{
    if (!m_lastDeleted)
        return false;
    const DeletedMessages deleted = *std::exchange(m_lastDeleted, std::nullopt);
    if (!deleted.restore(m_db))
        return false;
    m_chatController.openConversation(deleted.conversationId());
    return true;
}

void BranchExplorerController::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_pane.treeView()->indexAt(position);
    const qint64 id = m_model->messageId(index);
    const std::optional<Message> message = MessageRepository(m_db).message(id);
    if (!message)
        return;
    QMenu menu(m_pane.treeView());
    menu.addAction(tr("&Show This Branch"), this, [this, id] { showBranch(id); });
    menu.addAction(tr("&Continue from Here"), this, [this, id] { continueFrom(id); });
    menu.addSeparator();
    QAction *include = menu.addAction(tr("&Include in Context"), this,
                                      [this, id, message] { setInContext(id, !message->inContext); });
    include->setCheckable(true);
    include->setChecked(message->inContext);
    QAction *pin = menu.addAction(tr("&Pin (Never Trimmed)"), this,
                                  [this, id, message] { setPinned(id, !message->pinned); });
    pin->setCheckable(true);
    pin->setChecked(message->pinned);
    menu.addAction(tr("&Label Branch…"), this, [this, id, message] {
        bool ok = false;
        const QString label = QInputDialog::getText(m_pane.treeView(), tr("Label Branch"), tr("Label:"),
                                                    QLineEdit::Normal, message->label, &ok);
        if (ok)
            setLabel(id, label);
    });
    menu.addAction(tr("Save Branch as &New Conversation…"), this, [this, id] {
        bool ok = false;
        const QString title = QInputDialog::getText(m_pane.treeView(), tr("Save Branch"), tr("Title:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            saveBranchAsConversation(id, title);
    });
    menu.addSeparator();
    menu.addAction(tr("&Delete Branch…"), this, [this, id] {
        const auto answer =
            QMessageBox::question(m_pane.treeView(), tr("Delete Branch"),
                                  tr("Delete this message and every message after it on all its branches?"));
        if (answer == QMessageBox::Yes)
            deleteSubtree(id);
    });
    menu.exec(m_pane.treeView()->viewport()->mapToGlobal(position));
}
