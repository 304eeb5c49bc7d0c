// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListController.h"

#include "ChatController.h"
#include "ConversationListModel.h"
#include "ConversationListPane.h"
#include "MainWindow.h"

#include "core/Logging.h"
#include "storage/ConversationRepository.h"
#include "storage/ProjectRepository.h"

#include <QAction>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QTimer>
#include <QTreeView>

ConversationListController::ConversationListController(ConversationListPane &pane, MainWindow &window,
                                                       Database &db, ConversationListModel &model,
                                                       ChatController &chat, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_window(window)
    , m_db(db)
    , m_model(model)
    , m_chat(chat)
{
    QTreeView *view = m_pane.conversationView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTreeView::customContextMenuRequested, this, &ConversationListController::showContextMenu);
    // Delete and F2 act on the selected conversation while the list has the focus.
    auto *deleteAction = new QAction(tr("Delete Conversation"), view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] { remove(currentId()); });
    view->addAction(deleteAction);
    auto *renameAction = new QAction(tr("Rename Conversation"), view);
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(renameAction, &QAction::triggered, this, [this] { rename(currentId()); });
    view->addAction(renameAction);
}

ConversationListController::~ConversationListController()
{
    commitRemovals();
}

qint64 ConversationListController::currentId() const
{
    return m_model.conversationId(m_pane.conversationView()->currentIndex());
}

void ConversationListController::rename(qint64 conversationId)
{
    const QModelIndex index = m_model.indexOf(conversationId);
    if (index.isValid())
        m_pane.conversationView()->edit(index);
}

void ConversationListController::setPinned(qint64 conversationId, bool pinned)
{
    if (ConversationRepository(m_db).setPinned(conversationId, pinned))
        m_model.reload();
}

void ConversationListController::moveToProject(qint64 conversationId, qint64 projectId)
{
    if (ConversationRepository(m_db).moveToProject(conversationId, projectId))
        m_model.reload();
}

bool ConversationListController::remove(qint64 conversationId)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(conversationId);
    if (!conversation || m_pendingRemovals.contains(conversationId))
        return false;
    if (m_chat.currentConversation() == conversationId)
        m_chat.newConversation();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, conversationId] {
        m_pendingRemovals.take(conversationId)->deleteLater();
        m_model.setHidden(conversationId, false);
        if (!ConversationRepository(m_db).remove(conversationId))
            m_window.showStatus(tr("The conversation could not be deleted."), 10000);
        m_model.reload();
    });
    timer->start(kUndoMs);
    m_pendingRemovals.insert(conversationId, timer);
    m_model.setHidden(conversationId, true);
    const QString title = conversation->title.isEmpty() ? tr("New conversation") : conversation->title;
    m_window.showUndo(tr("Deleted \u201c%1\u201d.").arg(title), kUndoMs,
                      [this, conversationId] { undoRemove(conversationId); });
    return true;
}

bool ConversationListController::undoRemove(qint64 conversationId)
{
    QPointer<QTimer> timer = m_pendingRemovals.take(conversationId);
    if (!timer)
        return false;
    timer->stop();
    timer->deleteLater();
    m_model.setHidden(conversationId, false);
    m_chat.openConversation(conversationId);
    m_pane.conversationView()->setCurrentIndex(m_model.indexOf(conversationId));
    return true;
}

void ConversationListController::commitRemovals()
{
    const QList<qint64> ids = m_pendingRemovals.keys();
    for (qint64 id : ids) {
        if (QPointer<QTimer> timer = m_pendingRemovals.take(id)) {
            timer->stop();
            timer->deleteLater();
        }
        m_model.setHidden(id, false);
        ConversationRepository(m_db).remove(id);
    }
    if (!ids.isEmpty())
        m_model.reload();
}

void ConversationListController::showContextMenu(const QPoint &position)
{
    QTreeView *view = m_pane.conversationView();
    const QModelIndex index = view->indexAt(position);
    const qint64 id = m_model.conversationId(index);
    const std::optional<Conversation> conversation = ConversationRepository(m_db).conversation(id);
    if (!conversation) {
        if (const qint64 projectId = index.data(ConversationListModel::ProjectIdRole).toLongLong())
            Q_EMIT projectMenuRequested(projectId, view->viewport()->mapToGlobal(position));
        return;
    }
    QMenu menu(view);
    menu.addAction(tr("&Open"), this, [this, id] { m_chat.openConversation(id); });
    menu.addAction(tr("&Rename…"), this, [this, id] { rename(id); });
    menu.addAction(conversation->pinned ? tr("Un&pin") : tr("&Pin to the Top"), this,
                   [this, id, pinned = conversation->pinned] { setPinned(id, !pinned); });
    QMenu *projects = menu.addMenu(tr("&Move to Project"));
    QAction *none = projects->addAction(tr("No Project"), this, [this, id] { moveToProject(id, 0); });
    none->setCheckable(true);
    none->setChecked(conversation->projectId == 0);
    projects->addSeparator();
    for (const Project &project : ProjectRepository(m_db).list()) {
        QAction *action = projects->addAction(
            project.name, this, [this, id, projectId = project.id] { moveToProject(id, projectId); });
        action->setCheckable(true);
        action->setChecked(conversation->projectId == project.id);
    }
    projects->addSeparator();
    projects->addAction(tr("New Project…"), this, [this, id, view] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(view, tr("New Project"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
                .simplified();
        if (!ok || name.isEmpty())
            return;
        Project project;
        project.name = name;
        if (const qint64 projectId = ProjectRepository(m_db).create(project))
            moveToProject(id, projectId);
    });
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, [this, id] { remove(id); });
    menu.exec(view->viewport()->mapToGlobal(position));
}
