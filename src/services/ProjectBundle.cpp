// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectBundle.h"

#include "ConversationExporter.h"
#include "ConversationImporter.h"

#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString kFormat = QStringLiteral("multimodel-chat-project");

QJsonObject projectJson(const Project &project)
{
    QJsonObject object{{QStringLiteral("name"), project.name},
                       {QStringLiteral("description"), project.description},
                       {QStringLiteral("default_provider"), project.defaultProviderId},
                       {QStringLiteral("default_model"), project.defaultModel},
                       {QStringLiteral("generation"), project.defaultGeneration.toJson()},
                       {QStringLiteral("system_prompt"), project.defaultSystemPrompt}};
    if (project.monthlyBudget)
        object.insert(QStringLiteral("monthly_budget"),
                      QJsonObject{{QStringLiteral("amount"), *project.monthlyBudget},
                                  {QStringLiteral("currency"), project.budgetCurrency}});
    return object;
}

Project projectFrom(const QJsonObject &object)
{
    Project project;
    project.name = object.value(QLatin1String("name")).toString();
    project.description = object.value(QLatin1String("description")).toString();
    project.defaultProviderId = object.value(QLatin1String("default_provider")).toString();
    project.defaultModel = object.value(QLatin1String("default_model")).toString();
    project.defaultGeneration =
        GenerationSettings::fromJson(object.value(QLatin1String("generation")).toObject());
    project.defaultSystemPrompt = object.value(QLatin1String("system_prompt")).toString();
    const QJsonObject budget = object.value(QLatin1String("monthly_budget")).toObject();
    if (budget.value(QLatin1String("amount")).isDouble()) {
        project.monthlyBudget = budget.value(QLatin1String("amount")).toDouble();
        project.budgetCurrency = budget.value(QLatin1String("currency")).toString(QStringLiteral("USD"));
    }
    return project;
}

// "Legal", or "Legal (2)" … when a project of that name exists.
QString freeName(const QList<Project> &existing, const QString &wanted)
{
    const auto taken = [&existing](const QString &name) {
        return std::any_of(existing.cbegin(), existing.cend(), [&name](const Project &project) {
            return project.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

} // namespace

QByteArray ProjectBundle::write(Database &db, qint64 projectId, const QString &format, QString *error)
{
    const std::optional<Project> project = ProjectRepository(db).project(projectId);
    if (!project) {
        if (error)
            *error = tr("There is no such project.");
        return {};
    }
    ConversationRepository conversations(db);
    MessageRepository messages(db);
    const QList<Conversation> list =
        conversations.listPage(ConversationFilter::inProject(projectId), 1000000);
    if (format == QLatin1String("md")) {
        QString text = QStringLiteral("# %1\n\n").arg(project->name);
        if (!project->description.isEmpty())
            text += project->description + QStringLiteral("\n\n");
        for (const Conversation &conversation : list) {
            text += QStringLiteral("---\n\n");
            // Each conversation's own heading goes one level down, under the project's.
            QString part = ConversationExporter::render(QStringLiteral("md"), conversation,
                                                        messages.activePath(conversation.id));
            if (part.startsWith(QLatin1String("# ")))
                part.prepend(QLatin1Char('#'));
            text += part.trimmed() + QStringLiteral("\n\n");
        }
        return text.toUtf8();
    }
    QJsonArray files;
    for (const Attachment &file : AttachmentRepository(db).forProject(projectId))
        files.append(QJsonObject{{QStringLiteral("file_name"), file.fileName},
                                 {QStringLiteral("mime_type"), file.mimeType},
                                 {QStringLiteral("text"), file.textContent}});
    QJsonArray exported;
    for (const Conversation &conversation : list) {
        const QString json = ConversationExporter::render(QStringLiteral("json"), conversation,
                                                          messages.activePath(conversation.id),
                                                          messages.inConversation(conversation.id));
        exported.append(QJsonDocument::fromJson(json.toUtf8()).object());
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("project"), projectJson(*project)},
                           {QStringLiteral("files"), files},
                           {QStringLiteral("conversations"), exported}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectBundle::isBundle(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String("format")).toString() == kFormat;
}

ProjectBundle::ImportResult ProjectBundle::read(Database &db, const QByteArray &json,
                                                const QString &defaultProvider, const QString &defaultModel)
{
    ImportResult result;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject projectObject = root.value(QLatin1String("project")).toObject();
    if (root.value(QLatin1String("format")).toString() != kFormat ||
        projectObject.value(QLatin1String("name")).toString().trimmed().isEmpty()) {
        result.error = tr("This is not a project exported by Multimodel Chat as JSON.");
        return result;
    }
    ProjectRepository projects(db);
    Project project = projectFrom(projectObject);
    project.name = freeName(projects.list(), project.name.trimmed());
    const qint64 projectId = projects.create(project);
    if (!projectId) {
        result.error = projects.lastError().userMessage();
        return result;
    }
    // Undone as a whole: removing the project takes its files, and its conversations are
    // removed one by one below.
    QList<qint64> created;
    const auto fail = [&](const QString &message) {
        for (const qint64 id : std::as_const(created))
            ConversationRepository(db).remove(id);
        projects.remove(projectId);
        result.error = message;
        return result;
    };
    AttachmentRepository files(db);
    for (const QJsonValue &value : root.value(QLatin1String("files")).toArray()) {
        const QJsonObject object = value.toObject();
        Attachment file;
        file.fileName = object.value(QLatin1String("file_name")).toString();
        file.mimeType = object.value(QLatin1String("mime_type")).toString(QStringLiteral("text/plain"));
        file.textContent = object.value(QLatin1String("text")).toString();
        file.size = file.textContent.toUtf8().size();
        if (!files.addToProject(projectId, file))
            return fail(files.lastError().userMessage());
    }
    const ConversationImporter::Defaults defaults{defaultProvider, defaultModel, projectId};
    for (const QJsonValue &value : root.value(QLatin1String("conversations")).toArray()) {
        const ConversationImporter::Result imported = ConversationImporter::import(
            db, QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact), defaults);
        if (!imported.conversationId)
            return fail(tr("Conversation %1 of the project: %2").arg(created.size() + 1).arg(imported.error));
        created << imported.conversationId;
    }
    result.projectId = projectId;
    result.name = project.name;
    result.conversations = int(created.size());
    return result;
}
