// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Attachment.h"

#include "Terminal.h"

#include "core/AppConfig.h"
#include "llm/ProviderFactory.h"
#include "storage/Conversation.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class ChatService;
class Database;
class DatabaseModelCacheStore;
class ProviderManager;
class SecretStore;

// What every command works with, opened on demand: config.json, the history database, the
// keychain, the provider instances and the chat service, plus the state the terminal client
// keeps in the history's settings table (active conversation, current project), so that it is
// shared between runs and with the window.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    static inline const QString kActiveConversationKey = QStringLiteral("cli.active_conversation");
    static inline const QString kCurrentProjectKey = QStringLiteral("cli.current_project");

    explicit CliContext(Terminal &terminal);
    ~CliContext();

    Terminal &terminal() const { return m_terminal; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // Loads config.json and opens the history; returns 0 or the exit code (after the message).
    int open();

    AppConfig &config() { return m_config; }
    bool saveConfig();
    Database &database() const { return *m_db; }
    SecretStore &secrets() const { return *m_secrets; }
    ProviderManager &providers() const { return *m_providers; }
    ChatService &chat() const { return *m_chat; }

    qint64 activeConversationId() const;
    void setActiveConversation(qint64 id);
    qint64 currentProjectId() const;
    void setCurrentProject(qint64 id);

    // A conversation by id or title (exact, then case-insensitive); nullopt with *error set.
    std::optional<Conversation> findConversation(const QString &nameOrId, QString *error) const;
    // A project by name or id.
    qint64 findProject(const QString &nameOrId, QString *error) const;

    // "provider.model", or a provider id alone (its default model). False with *error set.
    bool parseModelSpec(const QString &spec, QString *providerId, QString *model, QString *error) const;

    // 0 when the provider can be used, else the exit code after printing why (3: no key).
    int checkProviderUsable(const QString &providerId);
    // Text files (or folders of them) within the limits of config.json; warnings (invalid
    // UTF-8) are printed. Empty with *error when any file is refused or none is given.
    QList<Attachment> loadFiles(const QStringList &paths, QString *error);
    // Monthly budgets of the conversation's project and provider: warns at 80 %; beyond 100 %
    // asks on a terminal (ask) or refuses, unless `ignore` (--ignore-budget). False: do not send.
    bool budgetAllowsSend(qint64 conversationId, bool ask, bool ignore);

private:
    Terminal &m_terminal;
    bool m_json = false;
    AppConfig m_config;
    std::unique_ptr<Database> m_db;
    ProviderFactory m_factory;
    std::unique_ptr<DatabaseModelCacheStore> m_modelCache;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<ChatService> m_chat;
};
