// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class AppConfig;
class ChatController;
class ConversationListModel;
class ConversationListPane;
class Database;
class MainWindow;
class ProjectDialog;
class QPoint;

// Projects as working contexts: the sidebar's project selector (all conversations or one
// project's; Ctrl+P), creating and editing projects with their defaults, budget and files,
// moving conversations between projects by drag and drop, and exporting a whole project.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    ProjectController(ConversationListPane &pane, MainWindow &window, Database &db,
                      ConversationListModel &model, ChatController &chat, const AppConfig &config,
                      QObject *parent = nullptr);

    // The project the list shows (0: all conversations).
    qint64 currentProject() const;
    void setCurrentProject(qint64 projectId);
    // Opens the selector so the user can pick with the keyboard.
    void showSwitcher();
    // The project of the open conversation, or the one shown, or the folder chosen (0: none).
    qint64 projectInFocus() const;

    // Asks for a new project in a dialog; returns its id (0: cancelled).
    qint64 newProject();
    // Edits a project in its dialog; false when cancelled or not found.
    bool editProject(qint64 projectId);
    // Stores what a dialog holds (the project and its files) for projectId (0: create).
    qint64 saveFromDialog(const ProjectDialog &dialog, qint64 projectId);
    bool exportProject(qint64 projectId, const QString &format, const QString &fileName);
    void chooseExport(qint64 projectId);
    // Moves conversations into projectId (0: out of any project), as a drop does.
    void moveConversations(const QList<qint64> &conversationIds, qint64 projectId);
    void showProjectMenu(qint64 projectId, const QPoint &globalPosition);
    // Hook for tests: runs a dialog (exec() by default) and tells whether it was accepted.
    void setDialogRunner(std::function<bool(ProjectDialog &)> runner) { m_runDialog = std::move(runner); }

Q_SIGNALS:
    void currentProjectChanged(qint64 projectId);

private:
    void fillSelector();
    void loadFiles(ProjectDialog &dialog);

    ConversationListPane &m_pane;
    MainWindow &m_window;
    Database &m_db;
    ConversationListModel &m_model;
    ChatController &m_chat;
    const AppConfig &m_config;
    std::function<bool(ProjectDialog &)> m_runDialog;
};
