// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "ExitCode.h"

#include "core/AppPaths.h"
#include "providers/BuiltinProviders.h"
#include "services/AttachmentLoader.h"
#include "services/BudgetGuard.h"
#include "services/ChatService.h"
#include "services/DatabaseModelCacheStore.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/SettingsRepository.h"

CliContext::CliContext(Terminal &terminal)
    : m_terminal(terminal)
{}

CliContext::~CliContext()
{
    // The chat service cancels a running stream; it must go before the providers and the history.
    m_chat.reset();
    m_providers.reset();
    m_secrets.reset();
    m_factory.setModelCache(nullptr);
    m_modelCache.reset();
    m_db.reset();
}

int CliContext::open()
{
    if (m_db)
        return ExitSuccess;
    AppConfig::LoadReport report;
    m_config = AppConfig::load(AppPaths::configFile(), &report);
    for (const QString &problem : report.problems)
        m_terminal.warning(tr("%1: %2").arg(AppPaths::configFile(), problem));
    if (!report.movedAsideTo.isEmpty())
        m_terminal.warning(
            tr("the configuration file was not valid JSON; it was moved to %1").arg(report.movedAsideTo));

    m_db = std::make_unique<Database>();
    switch (m_db->open(AppPaths::historyDatabase())) {
    case Database::OpenStatus::Ok: break;
    case Database::OpenStatus::Recovered:
    case Database::OpenStatus::ReadOnly: m_terminal.warning(m_db->error().userMessage()); break;
    case Database::OpenStatus::Failed:
        m_terminal.error(m_db->error().userMessage());
        m_db.reset();
        return ExitStorage;
    }
    m_modelCache = std::make_unique<DatabaseModelCacheStore>(*m_db);
    BuiltinProviders::registerAll(m_factory);
    m_factory.setModelCache(m_modelCache.get());
    m_secrets = std::make_unique<SecretStore>();
    m_providers = std::make_unique<ProviderManager>(m_factory, *m_secrets);
    m_providers->setConfig(m_config);
    m_chat = std::make_unique<ChatService>(*m_db, *m_providers);
    return ExitSuccess;
}

bool CliContext::saveConfig()
{
    QString error;
    if (!m_config.save(AppPaths::configFile(), &error)) {
        m_terminal.error(tr("cannot save %1: %2").arg(AppPaths::configFile(), error));
        return false;
    }
    if (m_providers)
        m_providers->setConfig(m_config);
    return true;
}

qint64 CliContext::activeConversationId() const
{
    const qint64 id = SettingsRepository(*m_db).value(kActiveConversationKey).toLongLong();
    // A conversation deleted in the window is no longer active.
    return id > 0 && ConversationRepository(*m_db).conversation(id) ? id : 0;
}

void CliContext::setActiveConversation(qint64 id)
{
    SettingsRepository(*m_db).setValue(kActiveConversationKey, id);
}

qint64 CliContext::currentProjectId() const
{
    const qint64 id = SettingsRepository(*m_db).value(kCurrentProjectKey).toLongLong();
    return id > 0 && ProjectRepository(*m_db).project(id) ? id : 0;
}

void CliContext::setCurrentProject(qint64 id)
{
    SettingsRepository(*m_db).setValue(kCurrentProjectKey, id);
}

std::optional<Conversation> CliContext::findConversation(const QString &nameOrId, QString *error) const
{
    ConversationRepository conversations(*m_db);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto conversation = conversations.conversation(id))
            return conversation;
    }
    const QList<Conversation> all = conversations.listPage(ConversationFilter::all(), 1000000);
    for (const Conversation &conversation : all) {
        if (conversation.title == nameOrId)
            return conversation;
    }
    for (const Conversation &conversation : all) {
        if (conversation.title.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return conversation;
    }
    *error = tr("no conversation is named or numbered '%1' (see 'mmchat list')").arg(nameOrId);
    return std::nullopt;
}

qint64 CliContext::findProject(const QString &nameOrId, QString *error) const
{
    const QList<Project> projects = ProjectRepository(*m_db).list();
    for (const Project &project : projects) {
        if (project.name.compare(nameOrId, Qt::CaseInsensitive) == 0 ||
            QString::number(project.id) == nameOrId)
            return project.id;
    }
    *error = tr("no project is named '%1' (see 'mmchat project list')").arg(nameOrId);
    return 0;
}

bool CliContext::parseModelSpec(const QString &spec, QString *providerId, QString *model,
                                QString *error) const
{
    const QStringList ids = m_config.providerIds();
    if (ids.contains(spec)) {
        *providerId = spec;
        *model = m_providers->instance(spec).defaultModel;
        return true;
    }
    const int dot = spec.indexOf(QLatin1Char('.'));
    if (dot > 0 && ids.contains(spec.left(dot)) && dot + 1 < spec.size()) {
        *providerId = spec.left(dot);
        *model = spec.mid(dot + 1);
        return true;
    }
    *error = tr("'%1' is not PROVIDER.MODEL with a configured provider (%2)")
                 .arg(spec, ids.join(QStringLiteral(", ")));
    return false;
}

int CliContext::checkProviderUsable(const QString &providerId)
{
    if (!m_providers->hasInstance(providerId)) {
        m_terminal.error(tr("there is no provider '%1' (see 'mmchat providers')").arg(providerId));
        return ExitUsage;
    }
    const ProviderInstanceConfig instance = m_providers->instance(providerId);
    if (instance.optionBool(QStringLiteral("insecureSkipTlsVerify"), false))
        m_terminal.warning(
            tr("the certificates of %1 are not verified (insecure_skip_verify in config.json): "
               "anyone on the network path can read and change the conversation")
                .arg(providerId));
    QString error;
    if (m_providers->provider(providerId, &error))
        return ExitSuccess;
    m_terminal.error(error);
    const bool missingKey = m_providers->needsKey(instance) && !m_providers->resolveKey(providerId).found();
    if (missingKey)
        m_terminal.error(tr("to store a key in the system keychain: mmchat key set %1").arg(providerId));
    return missingKey ? ExitCredentials : ExitRuntime;
}

bool CliContext::budgetAllowsSend(qint64 conversationId, bool ask, bool ignore)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(database()).conversation(conversationId);
    if (!conversation)
        return true;
    const QList<BudgetStatus> statuses =
        BudgetGuard(database(), config()).check(conversation->projectId, conversation->providerId);
    bool over = false;
    for (const BudgetStatus &status : statuses) {
        if (status.level == BudgetStatus::Level::Warning)
            m_terminal.warning(tr("budget at %1").arg(status.describe()));
        else if (status.level == BudgetStatus::Level::Exceeded) {
            m_terminal.warning(tr("budget used up: %1").arg(status.describe()));
            over = true;
        }
    }
    if (!over || ignore)
        return true;
    if (ask) {
        m_terminal.errorText(tr("Send anyway? [y/N] "));
        const std::optional<QString> answer = Terminal::readLine();
        if (answer && (answer->trimmed().compare(QLatin1String("y"), Qt::CaseInsensitive) == 0 ||
                       answer->trimmed().compare(tr("y"), Qt::CaseInsensitive) == 0))
            return true;
        m_terminal.error(tr("not sent"));
        return false;
    }
    m_terminal.error(tr("not sent: the monthly budget is used up (--ignore-budget sends anyway)"));
    return false;
}

QList<Attachment> CliContext::loadFiles(const QStringList &paths, QString *error)
{
    const AttachmentLoader::Result result =
        AttachmentLoader(AttachmentLoader::Limits::fromConfig(config())).load(paths);
    for (const QString &warning : result.warnings)
        m_terminal.warning(warning);
    if (!result.problems.isEmpty()) {
        *error = result.problems.join(QLatin1Char(' '));
        return {};
    }
    if (result.attachments.isEmpty())
        *error = tr("none of these is a text file that can be sent");
    return result.attachments;
}
