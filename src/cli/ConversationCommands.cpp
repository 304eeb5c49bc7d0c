// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationCommands.h"

#include "CliContext.h"
#include "ConversationTree.h"
#include "ExitCode.h"
#include "UsageReport.h"

#include "services/ConversationExporter.h"
#include "services/ConversationImporter.h"
#include "services/ProjectBundle.h"
#include "services/UsageCsv.h"

#include "services/ChatService.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SearchRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

ConversationCommands::ConversationCommands(CliContext &context)
    : m_context(context)
{}

QStringList ConversationCommands::names()
{
    return {QStringLiteral("list"),       QStringLiteral("save"),    QStringLiteral("load"),
            QStringLiteral("tree"),       QStringLiteral("export"),  QStringLiteral("usage"),
            QStringLiteral("search"),     QStringLiteral("project"), QStringLiteral("import"),
            QStringLiteral("add-context")};
}

QList<CommandLine::Option> ConversationCommands::options(const QString &command)
{
    if (command == QLatin1String("list"))
        return {{QStringLiteral("project"), QChar(), true}, {QStringLiteral("limit"), QChar(), true}};
    if (command == QLatin1String("export"))
        return {{QStringLiteral("format"), QLatin1Char('f'), true},
                {QStringLiteral("output"), QLatin1Char('o'), true},
                {QStringLiteral("all-branches"), QChar(), false}};
    if (command == QLatin1String("usage"))
        return {{QStringLiteral("conversation"), QLatin1Char('c'), true},
                {QStringLiteral("project"), QChar(), true},
                {QStringLiteral("all"), QChar(), false},
                {QStringLiteral("since"), QChar(), true},
                {QStringLiteral("by"), QChar(), true},
                {QStringLiteral("csv"), QChar(), false}};
    if (command == QLatin1String("search"))
        return {{QStringLiteral("limit"), QChar(), true}};
    return {};
}

int ConversationCommands::run(const QString &command, const CommandLine &line)
{
    const int code = m_context.open();
    if (code != ExitSuccess)
        return code;
    if (command == QLatin1String("list"))
        return list(line);
    if (command == QLatin1String("save"))
        return save(line);
    if (command == QLatin1String("load"))
        return load(line);
    if (command == QLatin1String("tree"))
        return tree(line);
    if (command == QLatin1String("export"))
        return exportConversation(line);
    if (command == QLatin1String("usage"))
        return usage(line);
    if (command == QLatin1String("search"))
        return search(line);
    if (command == QLatin1String("import"))
        return importConversation(line);
    if (command == QLatin1String("add-context"))
        return addContext(line);
    return project(line);
}

void ConversationCommands::printJson(const QJsonValue &value) const
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_context.terminal().out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

qint64 ConversationCommands::conversationOrActive(const QString &name, int *code)
{
    *code = ExitUsage;
    if (name.isEmpty()) {
        const qint64 id = m_context.activeConversationId();
        if (!id)
            m_context.terminal().error(
                tr("there is no active conversation; name one, or start one with 'mmchat run'"));
        return id;
    }
    QString error;
    const std::optional<Conversation> found = m_context.findConversation(name, &error);
    if (!found) {
        m_context.terminal().error(error);
        return 0;
    }
    return found->id;
}

int ConversationCommands::list(const CommandLine &line)
{
    ConversationFilter filter = ConversationFilter::all();
    if (line.isSet(QStringLiteral("project"))) {
        QString error;
        const qint64 projectId = m_context.findProject(line.value(QStringLiteral("project")), &error);
        if (!projectId) {
            m_context.terminal().error(error);
            return ExitUsage;
        }
        filter = ConversationFilter::inProject(projectId);
    }
    bool ok = true;
    const int limit =
        line.isSet(QStringLiteral("limit")) ? line.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit <= 0) {
        m_context.terminal().error(tr("--limit wants a positive whole number"));
        return ExitUsage;
    }
    const qint64 active = m_context.activeConversationId();
    const QList<Conversation> conversations =
        ConversationRepository(m_context.database()).listPage(filter, limit);
    if (m_context.json()) {
        QJsonArray array;
        for (const Conversation &c : conversations) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("provider"), c.providerId},
                                     {QStringLiteral("model"), c.model},
                                     {QStringLiteral("project_id"), c.projectId},
                                     {QStringLiteral("pinned"), c.pinned},
                                     {QStringLiteral("active"), c.id == active},
                                     {QStringLiteral("updated_at"), c.updatedAt.toString(Qt::ISODate)}});
        }
        printJson(array);
        return ExitSuccess;
    }
    const Terminal &terminal = m_context.terminal();
    for (const Conversation &c : conversations) {
        const QString title = c.title.isEmpty() ? tr("(untitled)") : c.title;
        const QString text = QStringLiteral("%1 %2  %3  %4  %5.%6")
                                 .arg(c.id == active ? QStringLiteral("*") : QStringLiteral(" "),
                                      QString::number(c.id).rightJustified(5),
                                      c.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                      title.leftJustified(40), c.providerId, c.model);
        terminal.outLine(c.id == active ? terminal.styled(text, Terminal::Style::Bold) : text);
    }
    return ExitSuccess;
}

int ConversationCommands::save(const CommandLine &line)
{
    if (line.positional().size() != 1) {
        m_context.terminal().error(tr("'save' wants one name: mmchat save NAME"));
        return ExitUsage;
    }
    int code = ExitSuccess;
    const qint64 id = conversationOrActive(QString(), &code);
    if (!id)
        return code;
    ConversationRepository conversations(m_context.database());
    if (!conversations.rename(id, line.positional(0))) {
        m_context.terminal().error(conversations.lastError().userMessage());
        return ExitStorage;
    }
    m_context.terminal().outLine(tr("Conversation %1 is now named \"%2\".").arg(id).arg(line.positional(0)));
    return ExitSuccess;
}

int ConversationCommands::load(const CommandLine &line)
{
    if (line.positional().size() != 1) {
        m_context.terminal().error(tr("'load' wants one name or number: mmchat load NAME|ID"));
        return ExitUsage;
    }
    int code = ExitSuccess;
    const qint64 id = conversationOrActive(line.positional(0), &code);
    if (!id)
        return code;
    m_context.setActiveConversation(id);
    const Conversation c = *ConversationRepository(m_context.database()).conversation(id);
    m_context.terminal().outLine(
        tr("Active conversation: %1 \"%2\" (%3.%4).").arg(id).arg(c.title, c.providerId, c.model));
    return ExitSuccess;
}

int ConversationCommands::tree(const CommandLine &line)
{
    if (line.positional().size() > 1) {
        m_context.terminal().error(tr("'tree' wants at most one conversation: mmchat tree [NAME|ID]"));
        return ExitUsage;
    }
    int code = ExitSuccess;
    const qint64 id = conversationOrActive(line.positional(0), &code);
    if (!id)
        return code;
    ConversationTree tree;
    tree.load(m_context.database(), id);
    if (m_context.json()) {
        const Conversation c = *ConversationRepository(m_context.database()).conversation(id);
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("title"), c.title},
                              {QStringLiteral("nodes"), tree.toJson()}});
        return ExitSuccess;
    }
    m_context.terminal().out(tree.render(m_context.terminal()));
    return ExitSuccess;
}

int ConversationCommands::exportConversation(const CommandLine &line)
{
    const QString format =
        line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format")) : QStringLiteral("md");
    if (!ConversationExporter::isFormat(format)) {
        m_context.terminal().error(
            tr("unknown format '%1'; use one of %2")
                .arg(format, ConversationExporter::formats().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (line.positional().size() > 1) {
        m_context.terminal().error(
            tr("'export' wants at most one conversation: mmchat export [CONV] --format F"));
        return ExitUsage;
    }
    int code = ExitSuccess;
    const qint64 id = conversationOrActive(line.positional(0), &code);
    if (!id)
        return code;
    const Conversation conversation = *ConversationRepository(m_context.database()).conversation(id);
    MessageRepository messages(m_context.database());
    const QString text =
        line.isSet(QStringLiteral("all-branches"))
            ? ConversationExporter::renderAllBranches(format, conversation, messages.inConversation(id))
            : ConversationExporter::render(format, conversation, messages.activePath(id),
                                           messages.inConversation(id));
    if (!line.isSet(QStringLiteral("output")) || line.value(QStringLiteral("output")) == QLatin1String("-")) {
        m_context.terminal().out(text);
        return ExitSuccess;
    }
    QSaveFile file(line.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_context.terminal().error(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return ExitRuntime;
    }
    return ExitSuccess;
}

int ConversationCommands::usage(const CommandLine &line)
{
    UsageQuery query = UsageQuery::all();
    if (line.isSet(QStringLiteral("since"))) {
        query.since = QDateTime::fromString(line.value(QStringLiteral("since")), Qt::ISODate);
        if (!query.since.isValid()) {
            m_context.terminal().error(
                tr("--since wants a date like 2026-11-01 or 2026-11-01T12:00, not '%1'")
                    .arg(line.value(QStringLiteral("since"))));
            return ExitUsage;
        }
    }
    if (line.isSet(QStringLiteral("by"))) {
        static const QHash<QString, UsageQuery::Period> periods = {
            {QStringLiteral("day"), UsageQuery::Period::Day},
            {QStringLiteral("week"), UsageQuery::Period::Week},
            {QStringLiteral("month"), UsageQuery::Period::Month}};
        const QString by = line.value(QStringLiteral("by"));
        if (!periods.contains(by)) {
            m_context.terminal().error(tr("--by wants day, week or month, not '%1'").arg(by));
            return ExitUsage;
        }
        query.period = periods.value(by);
    }
    if (line.isSet(QStringLiteral("conversation"))) {
        int code = ExitSuccess;
        const qint64 id = conversationOrActive(line.value(QStringLiteral("conversation")), &code);
        if (!id)
            return code;
        query.scope = UsageQuery::Scope::Conversation;
        query.scopeId = id;
    } else if (line.isSet(QStringLiteral("project"))) {
        QString error;
        const qint64 projectId = m_context.findProject(line.value(QStringLiteral("project")), &error);
        if (!projectId) {
            m_context.terminal().error(error);
            return ExitUsage;
        }
        query.scope = UsageQuery::Scope::Project;
        query.scopeId = projectId;
    }
    UsageReport report;
    QString error;
    if (!report.load(m_context.database(), query, &error)) {
        m_context.terminal().error(error);
        return ExitStorage;
    }
    if (line.isSet(QStringLiteral("csv"))) {
        m_context.terminal().out(QString::fromUtf8(UsageCsv::write(report.rows())));
        return ExitSuccess;
    }
    if (m_context.json())
        printJson(report.toJson());
    else
        m_context.terminal().out(report.render(m_context.terminal()));
    return ExitSuccess;
}

int ConversationCommands::search(const CommandLine &line)
{
    const QString query = line.positional().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        m_context.terminal().error(tr("'search' wants words to look for: mmchat search QUERY"));
        return ExitUsage;
    }
    bool ok = true;
    const int limit =
        line.isSet(QStringLiteral("limit")) ? line.value(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit <= 0) {
        m_context.terminal().error(tr("--limit wants a positive whole number"));
        return ExitUsage;
    }
    SearchRepository repository(m_context.database());
    const QList<SearchHit> hits = repository.search(query, limit, false);
    if (repository.lastError().isError()) {
        m_context.terminal().error(repository.lastError().userMessage());
        return ExitStorage;
    }
    if (m_context.json()) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            array.append(QJsonObject{{QStringLiteral("conversation_id"), hit.conversationId},
                                     {QStringLiteral("message_id"), hit.messageId},
                                     {QStringLiteral("title"), hit.conversationTitle},
                                     {QStringLiteral("snippet"), hit.snippetWith(QString(), QString())}});
        }
        printJson(array);
        return ExitSuccess;
    }
    const Terminal &terminal = m_context.terminal();
    const QString start = terminal.colorEnabled() ? QStringLiteral("\x1b[1m") : QStringLiteral("[");
    const QString end = terminal.colorEnabled() ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    for (const SearchHit &hit : hits) {
        terminal.outLine(
            QStringLiteral("%1  %2").arg(QString::number(hit.conversationId).rightJustified(5),
                                         terminal.styled(hit.conversationTitle, Terminal::Style::Accent)));
        terminal.outLine(QStringLiteral("       %1").arg(hit.snippetWith(start, end).simplified()));
    }
    if (hits.isEmpty())
        terminal.outLine(tr("Nothing found."));
    return ExitSuccess;
}

int ConversationCommands::project(const CommandLine &line)
{
    const QString action = line.positional(0);
    ProjectRepository projects(m_context.database());
    if (action == QLatin1String("list") || action.isEmpty()) {
        const qint64 current = m_context.currentProjectId();
        for (const Project &p : projects.list())
            m_context.terminal().outLine(QStringLiteral("%1 %2  %3")
                                             .arg(p.id == current ? QStringLiteral("*") : QStringLiteral(" "),
                                                  QString::number(p.id).rightJustified(4), p.name));
        return ExitSuccess;
    }
    const QString name = line.positional().mid(1).join(QLatin1Char(' ')).trimmed();
    if ((action != QLatin1String("create") && action != QLatin1String("switch")) || name.isEmpty()) {
        m_context.terminal().error(tr("use: mmchat project list | create NAME | switch NAME"));
        return ExitUsage;
    }
    if (action == QLatin1String("create")) {
        Project project;
        project.name = name;
        const qint64 id = projects.create(project);
        if (!id) {
            m_context.terminal().error(projects.lastError().userMessage());
            return ExitStorage;
        }
        m_context.terminal().outLine(tr("Project %1 \"%2\" created.").arg(id).arg(name));
        return ExitSuccess;
    }
    QString error;
    const qint64 id = name == QLatin1String("none") ? 0 : m_context.findProject(name, &error);
    if (!id && name != QLatin1String("none")) {
        m_context.terminal().error(error);
        return ExitUsage;
    }
    m_context.setCurrentProject(id);
    m_context.terminal().outLine(id ? tr("New conversations go to project \"%1\".").arg(name)
                                    : tr("New conversations go to no project."));
    return ExitSuccess;
}

int ConversationCommands::importConversation(const CommandLine &line)
{
    if (line.positional().size() != 1) {
        m_context.terminal().error(
            tr("'import' wants one file: mmchat import FILE (written by 'export --format json')"));
        return ExitUsage;
    }
    QFile file(line.positional(0));
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.terminal().error(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return ExitRuntime;
    }
    const QByteArray json = file.readAll();
    if (ProjectBundle::isBundle(json)) {
        const ProjectBundle::ImportResult project =
            ProjectBundle::read(m_context.database(), json, m_context.config().defaultProvider(),
                                m_context.config().defaultModel());
        if (!project.projectId) {
            m_context.terminal().error(tr("%1: %2").arg(file.fileName(), project.error));
            return ExitUsage;
        }
        m_context.terminal().outLine(tr("Imported the project \"%1\" with %2 conversations.")
                                         .arg(project.name)
                                         .arg(project.conversations));
        return ExitSuccess;
    }
    const ConversationImporter::Result imported =
        ConversationImporter::import(m_context.database(), json,
                                     {m_context.config().defaultProvider(), m_context.config().defaultModel(),
                                      m_context.currentProjectId()});
    if (!imported.conversationId) {
        m_context.terminal().error(tr("%1: %2").arg(file.fileName(), imported.error));
        return ExitUsage;
    }
    const qint64 id = imported.conversationId;
    m_context.setActiveConversation(id);
    m_context.terminal().outLine(tr("Imported as conversation %1 \"%2\" (%3 messages); it is now active.")
                                     .arg(id)
                                     .arg(imported.title)
                                     .arg(imported.messages));
    return ExitSuccess;
}

int ConversationCommands::addContext(const CommandLine &line)
{
    if (line.positional().isEmpty()) {
        m_context.terminal().error(tr("'add-context' wants one or more files: mmchat add-context FILE..."));
        return ExitUsage;
    }
    qint64 id = m_context.activeConversationId();
    if (!id) {
        // Like 'run': a new conversation with the default model becomes the active one.
        id = m_context.chat().createConversation(m_context.config().defaultProvider(),
                                                 m_context.config().defaultModel(),
                                                 m_context.currentProjectId());
        if (!id) {
            m_context.terminal().error(tr("the new conversation could not be stored"));
            return ExitStorage;
        }
        m_context.setActiveConversation(id);
    }
    QString error;
    const QList<Attachment> files = m_context.loadFiles(line.positional(), &error);
    if (files.isEmpty()) {
        m_context.terminal().error(error);
        return ExitUsage;
    }
    if (!m_context.chat().addContextFiles(id, files)) {
        m_context.terminal().error(tr("the files could not be stored"));
        return ExitStorage;
    }
    m_context.terminal().outLine(tr("Conversation %1 has these files in its context from now on: %2")
                                     .arg(id)
                                     .arg(Attachment::namesOf(files).join(QStringLiteral(", "))));
    return ExitSuccess;
}
