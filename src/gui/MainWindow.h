// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>

#include <memory>

class ActionRegistry;
class BranchExplorerPane;
class ChatPane;
class ConversationListPane;
class QLabel;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

// Layout and wiring only: the three panes, the menus built from the action registry, the
// status bar, and the saved layout. What the actions do is decided by the controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // layoutFile: where geometry and dock state are kept (empty: not kept).
    explicit MainWindow(const QString &layoutFile, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    ConversationListPane *conversationList() const { return m_conversationList; }
    ChatPane *chatPane() const { return m_chatPane; }
    BranchExplorerPane *branchExplorer() const { return m_branchExplorer; }
    QDockWidget *conversationsDock() const;
    QDockWidget *branchExplorerDock() const;

    // Shown before the program name in the title bar; empty for none.
    void setConversationTitle(const QString &title);
    void showStatus(const QString &message, int timeoutMs = 0);
    // The permanent usage summary of the open conversation at the right of the status bar.
    void setUsageSummary(const QString &text, const QString &toolTip);
    QLabel *usageLabel() const { return m_statusUsageLabel; }
    // A message with an Undo button in the status bar for timeoutMs; undo runs on a click.
    void showUndo(const QString &message, int timeoutMs, const std::function<void()> &undo);
    QToolButton *undoButton() const { return m_undoButton; }

    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void connectViewActions();
    void syncDockActions();
    void updateWindowTitle();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    ActionRegistry *m_actions;
    ConversationListPane *m_conversationList;
    ChatPane *m_chatPane;
    BranchExplorerPane *m_branchExplorer;
    QLabel *m_statusUsageLabel;
    QToolButton *m_undoButton;
    QTimer *m_undoTimer;
    std::function<void()> m_undo;
    QString m_layoutFile;
    QString m_conversationTitle;
    QByteArray m_defaultState;
};
