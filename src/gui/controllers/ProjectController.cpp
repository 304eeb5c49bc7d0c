// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "ActionRegistry.h"
#include "ChatController.h"
#include "ConversationListModel.h"
#include "ConversationListPane.h"
#include "MainWindow.h"
#include "projects/ProjectDialog.h"

#include "core/AppConfig.h"
#include "services/AttachmentLoader.h"
#include "services/ProjectBundle.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTreeView>

namespace {

const QString kCurrentProjectKey = QStringLiteral("ui.currentProject");

} // namespace

ProjectController::ProjectController(ConversationListPane &pane, MainWindow &window, Database &db,
                                     ConversationListModel &model, ChatController &chat,
                                     const AppConfig &config, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_window(window)
    , m_db(db)
    , m_model(model)
    , m_chat(chat)
    , m_config(config)
    , m_runDialog([](ProjectDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    fillSelector();
    QComboBox *selector = m_pane.projectSelector();
    connect(selector, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, selector] {
        const qint64 id = selector->currentData().toLongLong();
        m_model.setProjectFilter(id);
        SettingsRepository(m_db).setValue(kCurrentProjectKey, id);
        Q_EMIT currentProjectChanged(id);
    });
    setCurrentProject(SettingsRepository(m_db).value(kCurrentProjectKey).toLongLong());
    connect(&m_model, &ConversationListModel::conversationsDropped, this,
            &ProjectController::moveConversations);
    // Projects are also made elsewhere (the list's context menu, an import): keep up with them.
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ProjectController::fillSelector);

    ActionRegistry *actions = m_window.actions();
    connect(actions->action(QStringLiteral("project.switch")), &QAction::triggered, this,
            &ProjectController::showSwitcher);
    connect(actions->action(QStringLiteral("project.new")), &QAction::triggered, this,
            &ProjectController::newProject);
    connect(actions->action(QStringLiteral("project.settings")), &QAction::triggered, this, [this] {
        if (const qint64 id = projectInFocus())
            editProject(id);
        else
            m_window.showStatus(
                tr("Open a conversation of a project, or choose a project in the list first."), 8000);
    });
    connect(actions->action(QStringLiteral("project.export")), &QAction::triggered, this, [this] {
        if (const qint64 id = projectInFocus())
            chooseExport(id);
        else
            m_window.showStatus(tr("Choose the project to export in the list first."), 8000);
    });
}

void ProjectController::fillSelector()
{
    QComboBox *selector = m_pane.projectSelector();
    const qint64 current = selector->currentData().toLongLong();
    const QSignalBlocker blocker(selector);
    selector->clear();
    selector->addItem(tr("All conversations"), qint64(0));
    for (const Project &project : ProjectRepository(m_db).list())
        selector->addItem(QIcon::fromTheme(QStringLiteral("folder")), project.name, project.id);
    const int index = selector->findData(current);
    selector->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && m_model.projectFilter())
        m_model.setProjectFilter(0); // the project shown was deleted
}

qint64 ProjectController::currentProject() const
{
    return m_pane.projectSelector()->currentData().toLongLong();
}

void ProjectController::setCurrentProject(qint64 projectId)
{
    QComboBox *selector = m_pane.projectSelector();
    const int index = selector->findData(projectId);
    selector->setCurrentIndex(index < 0 ? 0 : index); // a deleted project: all conversations
}

void ProjectController::showSwitcher()
{
    m_window.conversationsDock()->show();
    m_pane.projectSelector()->setFocus(Qt::ShortcutFocusReason);
    m_pane.projectSelector()->showPopup();
}

qint64 ProjectController::projectInFocus() const
{
    if (const std::optional<Conversation> open =
            ConversationRepository(m_db).conversation(m_chat.currentConversation()))
        if (open->projectId)
            return open->projectId;
    if (const qint64 shown = currentProject())
        return shown;
    return m_pane.conversationView()->currentIndex().data(ConversationListModel::ProjectIdRole).toLongLong();
}

qint64 ProjectController::newProject()
{
    ProjectDialog dialog(&m_window);
    dialog.setModelChoices(m_chat.modelChoices());
    Project fresh;
    fresh.name = tr("New project");
    dialog.setProject(fresh, {});
    connect(&dialog, &ProjectDialog::filesRequested, this, [this, &dialog] { loadFiles(dialog); });
    if (!m_runDialog(dialog))
        return 0;
    const qint64 id = saveFromDialog(dialog, 0);
    if (id)
        setCurrentProject(id);
    return id;
}

bool ProjectController::editProject(qint64 projectId)
{
    const std::optional<Project> project = ProjectRepository(m_db).project(projectId);
    if (!project)
        return false;
    ProjectDialog dialog(&m_window);
    dialog.setModelChoices(m_chat.modelChoices());
    dialog.setProject(*project, AttachmentRepository(m_db).forProject(projectId));
    connect(&dialog, &ProjectDialog::filesRequested, this, [this, &dialog] { loadFiles(dialog); });
    if (!m_runDialog(dialog))
        return false;
    return saveFromDialog(dialog, projectId) != 0;
}

qint64 ProjectController::saveFromDialog(const ProjectDialog &dialog, qint64 projectId)
{
    ProjectRepository projects(m_db);
    Project project = dialog.project();
    project.id = projectId;
    const qint64 id = projectId ? (projects.update(project) ? projectId : 0) : projects.create(project);
    if (!id) {
        m_window.showStatus(tr("The project could not be saved: %1").arg(projects.lastError().userMessage()),
                            10000);
        return 0;
    }
    // Files: those the dialog dropped go, new ones (id 0) come; kept ones stay as stored.
    AttachmentRepository files(m_db);
    QList<qint64> kept;
    for (const Attachment &file : dialog.files()) {
        if (file.id)
            kept << file.id;
    }
    for (const Attachment &stored : files.forProject(id)) {
        if (!kept.contains(stored.id))
            files.removeFromProject(stored.id);
    }
    for (const Attachment &file : dialog.files()) {
        if (!file.id)
            files.addToProject(id, file);
    }
    m_model.reload(); // and the selector with it
    m_window.showStatus(tr("Project \u201c%1\u201d saved.").arg(project.name), 6000);
    return id;
}

void ProjectController::loadFiles(ProjectDialog &dialog)
{
    const QStringList paths = QFileDialog::getOpenFileNames(&dialog, tr("Add Files to the Project"));
    if (paths.isEmpty())
        return;
    qint64 already = 0;
    for (const Attachment &file : dialog.files())
        already += file.size;
    const AttachmentLoader::Result loaded =
        AttachmentLoader(AttachmentLoader::Limits::fromConfig(m_config)).load(paths, already);
    dialog.addFiles(loaded.attachments, loaded.problems + loaded.warnings);
}

bool ProjectController::exportProject(qint64 projectId, const QString &format, const QString &fileName)
{
    QString error;
    const QByteArray bundle = ProjectBundle::write(m_db, projectId, format, &error);
    QSaveFile file(fileName);
    if (bundle.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bundle) < 0 || !file.commit()) {
        m_window.showStatus(
            tr("Could not export the project: %1").arg(error.isEmpty() ? file.errorString() : error), 10000);
        return false;
    }
    m_window.showStatus(tr("Project exported to %1.").arg(fileName), 8000);
    return true;
}

void ProjectController::chooseExport(qint64 projectId)
{
    const std::optional<Project> project = ProjectRepository(m_db).project(projectId);
    if (!project)
        return;
    const QString json = tr("Project with every branch, re-importable (*.json)");
    const QString markdown = tr("Markdown, the branches on screen (*.md)");
    QString filter;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         QLatin1Char('/') +
                         QString(project->name).replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString name =
        QFileDialog::getSaveFileName(&m_window, tr("Export Project"), base + QStringLiteral(".json"),
                                     json + QStringLiteral(";;") + markdown, &filter);
    if (name.isEmpty())
        return;
    const bool md = filter == markdown || name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    exportProject(projectId, md ? QStringLiteral("md") : QStringLiteral("json"), name);
}

void ProjectController::moveConversations(const QList<qint64> &conversationIds, qint64 projectId)
{
    ConversationRepository conversations(m_db);
    int moved = 0;
    for (const qint64 id : conversationIds)
        moved += conversations.moveToProject(id, projectId) ? 1 : 0;
    m_model.reload();
    const std::optional<Project> project = ProjectRepository(m_db).project(projectId);
    m_window.showStatus(
        project ? tr("Moved %n conversation(s) to \u201c%1\u201d.", nullptr, moved).arg(project->name)
                : tr("Moved %n conversation(s) out of their project.", nullptr, moved),
        6000);
}

void ProjectController::showProjectMenu(qint64 projectId, const QPoint &globalPosition)
{
    const std::optional<Project> project = ProjectRepository(m_db).project(projectId);
    if (!project)
        return;
    QMenu menu(&m_window);
    menu.addAction(tr("Show Only This &Project"), this, [this, projectId] { setCurrentProject(projectId); });
    menu.addAction(tr("New &Conversation Here"), this,
                   [this, projectId] { m_chat.newConversation(projectId); });
    menu.addSeparator();
    menu.addAction(tr("Project &Settings…"), this, [this, projectId] { editProject(projectId); });
    menu.addAction(tr("&Export Project…"), this, [this, projectId] { chooseExport(projectId); });
    menu.addSeparator();
    menu.addAction(tr("&Delete Project…"), this, [this, projectId, name = project->name] {
        const auto answer = QMessageBox::question(
            &m_window, tr("Delete Project"),
            tr("Delete the project \u201c%1\u201d? Its conversations stay, outside any project; its files "
               "and templates go.")
                .arg(name));
        if (answer != QMessageBox::Yes)
            return;
        if (currentProject() == projectId)
            setCurrentProject(0);
        ProjectRepository(m_db).remove(projectId);
        m_model.reload();
    });
    menu.exec(globalPosition);
}
