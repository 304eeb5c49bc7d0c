// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActionRegistry.h"
#include "BranchExplorerPane.h"
#include "ChatPane.h"
#include "ConversationListPane.h"
#include "LayoutState.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

MainWindow::MainWindow(const QString &layoutFile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_actions(new ActionRegistry(this))
    , m_conversationList(new ConversationListPane)
    , m_chatPane(new ChatPane)
    , m_branchExplorer(new BranchExplorerPane)
    , m_statusUsageLabel(new QLabel)
    , m_layoutFile(layoutFile)
{
    m_ui->setupUi(this);
    m_ui->conversationsDockLayout->addWidget(m_conversationList);
    m_ui->branchExplorerDockLayout->addWidget(m_branchExplorer);
    m_ui->centralLayout->addWidget(m_chatPane);
    m_statusUsageLabel->setObjectName(QStringLiteral("usageSummaryLabel"));
    statusBar()->addPermanentWidget(m_statusUsageLabel);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setAutoRaise(true);
    m_undoButton->hide();
    statusBar()->addWidget(m_undoButton);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undo = nullptr;
        m_undoButton->hide();
    });
    connect(m_undoButton, &QToolButton::clicked, this, [this] {
        const std::function<void()> undo = std::move(m_undo);
        m_undo = nullptr;
        m_undoTimer->stop();
        m_undoButton->hide();
        statusBar()->clearMessage();
        if (undo)
            undo();
    });
    resizeDocks({m_ui->conversationsDock, m_ui->branchExplorerDock}, {260, 280}, Qt::Horizontal);

    buildMenus();
    connectViewActions();
    m_conversationList->setNewConversationAction(m_actions->action(QStringLiteral("file.new")));

    m_defaultState = saveState();
    if (!m_layoutFile.isEmpty())
        LayoutState::restore(*this, m_layoutFile);
    syncDockActions();
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::conversationsDock() const
{
    return m_ui->conversationsDock;
}

QDockWidget *MainWindow::branchExplorerDock() const
{
    return m_ui->branchExplorerDock;
}

void MainWindow::buildMenus()
{
    using Menu = ActionRegistry::Menu;
    auto menuFor = [this](Menu menu) -> QMenu * {
        switch (menu) {
        case Menu::File: return m_ui->fileMenu;
        case Menu::Edit: return m_ui->editMenu;
        case Menu::View: return m_ui->viewMenu;
        case Menu::Chat: return m_ui->chatMenu;
        case Menu::Project: return m_ui->projectMenu;
        case Menu::Settings: return m_ui->settingsMenu;
        case Menu::Help: return m_ui->helpMenu;
        }
        return m_ui->helpMenu;
    };
    for (const ActionRegistry::Entry &entry : m_actions->entries()) {
        QMenu *menu = menuFor(entry.menu);
        if (entry.action)
            menu->addAction(entry.action);
        else
            menu->addSeparator();
        // Actions are also added to the window so their shortcuts work when the menu bar
        // is hidden (full screen) and in offscreen tests.
        if (entry.action)
            addAction(entry.action);
    }
}

void MainWindow::connectViewActions()
{
    QAction *conversations = m_actions->action(QStringLiteral("view.conversations"));
    QAction *branches = m_actions->action(QStringLiteral("view.branches"));
    // The docks' own toggle actions keep check state and visibility in step.
    auto bindDock = [](QAction *action, QDockWidget *dock) {
        connect(action, &QAction::toggled, dock, &QDockWidget::setVisible);
        connect(dock, &QDockWidget::visibilityChanged, action,
                [action, dock](bool) { action->setChecked(!dock->isHidden()); });
    };
    bindDock(conversations, m_ui->conversationsDock);
    bindDock(branches, m_ui->branchExplorerDock);

    connect(m_actions->action(QStringLiteral("view.fullScreen")), &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_actions->action(QStringLiteral("view.resetLayout")), &QAction::triggered, this,
            &MainWindow::resetLayout);
    connect(m_actions->action(QStringLiteral("edit.find")), &QAction::triggered, this, [this] {
        m_ui->conversationsDock->show();
        m_conversationList->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_conversationList->searchField()->selectAll();
    });
    connect(m_actions->action(QStringLiteral("edit.focusInput")), &QAction::triggered, this,
            [this] { m_chatPane->messageInput()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->action(QStringLiteral("file.quit")), &QAction::triggered, this, &QWidget::close);
    // Copy and Select All act on whatever text widget has the focus (input, view, search).
    auto forwardToFocus = [](const char *method) {
        return [method] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, method);
        };
    };
    connect(m_actions->action(QStringLiteral("edit.copy")), &QAction::triggered, this,
            forwardToFocus("copy"));
    connect(m_actions->action(QStringLiteral("edit.selectAll")), &QAction::triggered, this,
            forwardToFocus("selectAll"));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_ui->conversationsDock->show();
    m_ui->branchExplorerDock->show();
    syncDockActions();
}

void MainWindow::syncDockActions()
{
    // restoreState() hides docks without a visibilityChanged signal while the window is hidden.
    m_actions->action(QStringLiteral("view.conversations"))->setChecked(!m_ui->conversationsDock->isHidden());
    m_actions->action(QStringLiteral("view.branches"))->setChecked(!m_ui->branchExplorerDock->isHidden());
}

void MainWindow::setConversationTitle(const QString &title)
{
    m_conversationTitle = title;
    updateWindowTitle();
}

void MainWindow::setUsageSummary(const QString &text, const QString &toolTip)
{
    m_statusUsageLabel->setText(text);
    m_statusUsageLabel->setToolTip(toolTip);
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::showUndo(const QString &message, int timeoutMs, const std::function<void()> &undo)
{
    m_undo = undo;
    statusBar()->showMessage(message, timeoutMs);
    m_undoButton->show();
    // 0: offered until another undo replaces it or the window closes.
    if (timeoutMs > 0)
        m_undoTimer->start(timeoutMs);
    else
        m_undoTimer->stop();
}

void MainWindow::updateWindowTitle()
{
    const QString program = tr("Multimodel Chat");
    setWindowTitle(
        m_conversationTitle.isEmpty()
            ? program
            : tr("%1 — %2", "conversation title — program name").arg(m_conversationTitle, program));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_layoutFile.isEmpty())
        LayoutState::save(*this, m_layoutFile);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_actions->retranslate();
        updateWindowTitle();
    }
    QMainWindow::changeEvent(event);
}
