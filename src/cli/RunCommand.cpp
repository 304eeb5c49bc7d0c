// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "InteractiveSession.h"
#include "ReplyStreamer.h"
#include "SigintNotifier.h"

#include "services/ChatService.h"
#include "services/ProviderManager.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"

RunCommand::RunCommand(CliContext &context)
    : m_context(context)
{}

QList<CommandLine::Option> RunCommand::options()
{
    return {{QStringLiteral("prompt"), QLatin1Char('p'), true},
            {QStringLiteral("provider"), QChar(), true},
            {QStringLiteral("model"), QLatin1Char('m'), true},
            {QStringLiteral("temperature"), QLatin1Char('t'), true},
            {QStringLiteral("max-tokens"), QChar(), true},
            {QStringLiteral("system"), QChar(), true},
            {QStringLiteral("conversation"), QLatin1Char('c'), true},
            {QStringLiteral("project"), QChar(), true},
            {QStringLiteral("new"), QChar(), false},
            {QStringLiteral("interactive"), QLatin1Char('i'), false},
            {QStringLiteral("ignore-budget"), QChar(), false}};
}

int RunCommand::run(const CommandLine &line)
{
    Terminal &terminal = m_context.terminal();
    if (!line.positional().isEmpty()) {
        terminal.error(tr("'run' takes no words; give the prompt with -p \"TEXT\" or on standard input"));
        return ExitUsage;
    }
    if (line.isSet(QStringLiteral("new")) && line.isSet(QStringLiteral("conversation"))) {
        terminal.error(tr("use either --new or --conversation, not both"));
        return ExitUsage;
    }
    int code = m_context.open();
    if (code != ExitSuccess)
        return code;
    const qint64 conversationId = prepareConversation(line, &code);
    if (!conversationId)
        return code;
    const Conversation conversation =
        *ConversationRepository(m_context.database()).conversation(conversationId);

    const bool interactive = line.isSet(QStringLiteral("interactive")) ||
                             (!line.isSet(QStringLiteral("prompt")) && Terminal::stdinIsTerminal());
    SigintNotifier sigint;
    const bool ignoreBudget = line.isSet(QStringLiteral("ignore-budget"));
    if (interactive)
        return InteractiveSession(m_context, conversationId, &sigint, ignoreBudget).run();

    QString prompt =
        line.isSet(QStringLiteral("prompt")) ? line.value(QStringLiteral("prompt")) : Terminal::readAll();
    prompt = prompt.trimmed();
    if (prompt.isEmpty()) {
        terminal.error(tr("the prompt is empty; give it with -p \"TEXT\" or on standard input"));
        return ExitUsage;
    }
    code = m_context.checkProviderUsable(conversation.providerId);
    if (code != ExitSuccess) {
        // Leave no empty conversation behind for a prompt that was never sent.
        if (m_createdConversation &&
            MessageRepository(m_context.database()).countInConversation(conversationId) == 0)
            ConversationRepository(m_context.database()).remove(conversationId);
        return code;
    }
    if (!m_context.budgetAllowsSend(conversationId, false, ignoreBudget))
        return ExitRuntime;
    ReplyStreamer streamer(m_context.chat(), terminal, &sigint);
    return streamer.run([&] { return m_context.chat().send(conversationId, prompt) != 0; });
}

qint64 RunCommand::prepareConversation(const CommandLine &line, int *code)
{
    Terminal &terminal = m_context.terminal();
    *code = ExitUsage;
    // Check every value before anything is created or changed.
    GenerationSettings generation;
    if (line.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        const double temperature = line.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || temperature < 0 || temperature > 2) {
            terminal.error(tr("--temperature wants a number from 0 to 2, not '%1'")
                               .arg(line.value(QStringLiteral("temperature"))));
            return 0;
        }
        generation.temperature = temperature;
    }
    if (line.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        const qint64 maxTokens = line.value(QStringLiteral("max-tokens")).toLongLong(&ok);
        if (!ok || maxTokens <= 0) {
            terminal.error(tr("--max-tokens wants a positive whole number, not '%1'")
                               .arg(line.value(QStringLiteral("max-tokens"))));
            return 0;
        }
        generation.maxTokens = maxTokens;
    }
    QString providerId = line.value(QStringLiteral("provider"));
    QString model = line.value(QStringLiteral("model"));
    if (!providerId.isEmpty() && !m_context.config().providerIds().contains(providerId)) {
        terminal.error(tr("there is no provider '%1'; configured: %2")
                           .arg(providerId, m_context.config().providerIds().join(QStringLiteral(", "))));
        return 0;
    }
    // --model provider.model names both.
    if (providerId.isEmpty() && model.contains(QLatin1Char('.'))) {
        QString specProvider;
        QString specModel;
        QString ignored;
        if (m_context.parseModelSpec(model, &specProvider, &specModel, &ignored)) {
            providerId = specProvider;
            model = specModel;
        }
    }
    qint64 projectId = 0;
    if (line.isSet(QStringLiteral("project"))) {
        QString error;
        projectId = m_context.findProject(line.value(QStringLiteral("project")), &error);
        if (!projectId) {
            terminal.error(error);
            return 0;
        }
    }

    ConversationRepository conversations(m_context.database());
    qint64 id = 0;
    if (line.isSet(QStringLiteral("conversation"))) {
        QString error;
        const auto found = m_context.findConversation(line.value(QStringLiteral("conversation")), &error);
        if (!found) {
            terminal.error(error);
            return 0;
        }
        id = found->id;
    } else if (!line.isSet(QStringLiteral("new")) && !line.isSet(QStringLiteral("project"))) {
        id = m_context.activeConversationId();
    }

    *code = ExitStorage;
    if (!id) {
        // A new conversation: the options, else the project's defaults, else config.json's.
        if (!projectId)
            projectId = m_context.currentProjectId();
        const std::optional<Project> project =
            projectId ? ProjectRepository(m_context.database()).project(projectId) : std::nullopt;
        if (providerId.isEmpty() && project && !project->defaultProviderId.isEmpty()) {
            providerId = project->defaultProviderId;
            if (model.isEmpty())
                model = project->defaultModel;
        }
        if (providerId.isEmpty()) {
            providerId = m_context.config().defaultProvider();
            if (model.isEmpty())
                model = m_context.config().defaultModel();
        }
        if (model.isEmpty())
            model = m_context.providers().instance(providerId).defaultModel;
        id = m_context.chat().createConversation(providerId, model, projectId);
        m_createdConversation = id != 0;
        if (!id) {
            terminal.error(conversations.lastError().userMessage());
            return 0;
        }
        Conversation created = *conversations.conversation(id);
        if (project) {
            created.generation = project->defaultGeneration;
            created.systemPrompt = project->defaultSystemPrompt;
        }
        providerId.clear();
        model.clear();
        conversations.updateSettings(created);
    }

    Conversation conversation = *conversations.conversation(id);
    if (!providerId.isEmpty()) {
        conversation.providerId = providerId;
        conversation.model =
            model.isEmpty() ? m_context.providers().instance(providerId).defaultModel : model;
    } else if (!model.isEmpty()) {
        conversation.model = model;
    }
    if (generation.temperature)
        conversation.generation.temperature = generation.temperature;
    if (generation.maxTokens)
        conversation.generation.maxTokens = generation.maxTokens;
    if (line.isSet(QStringLiteral("system")))
        conversation.systemPrompt = line.value(QStringLiteral("system"));
    if (!conversations.updateSettings(conversation)) {
        terminal.error(conversations.lastError().userMessage());
        return 0;
    }
    m_context.setActiveConversation(id);
    *code = ExitSuccess;
    return id;
}
