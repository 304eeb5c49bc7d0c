// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderCommands.h"

#include "CliContext.h"
#include "ExitCode.h"

#include "llm/ChatProvider.h"
#include "services/CredentialResolver.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopedPointer>

namespace {

// Waits for a reply object's finished signal in a local event loop.
template<typename Reply, typename Signal>
void waitFor(Reply *reply, Signal signal)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ProviderCommands::ProviderCommands(CliContext &context)
    : m_context(context)
{}

QStringList ProviderCommands::names()
{
    return {QStringLiteral("model"), QStringLiteral("models"), QStringLiteral("providers"),
            QStringLiteral("key")};
}

QList<CommandLine::Option> ProviderCommands::options(const QString &command)
{
    if (command == QLatin1String("models"))
        return {{QStringLiteral("refresh"), QChar(), false}};
    if (command == QLatin1String("providers"))
        return {{QStringLiteral("check"), QChar(), false}};
    return {};
}

int ProviderCommands::run(const QString &command, const CommandLine &line)
{
    const int code = m_context.open();
    if (code != ExitSuccess)
        return code;
    if (command == QLatin1String("model"))
        return model(line);
    if (command == QLatin1String("models"))
        return models(line);
    if (command == QLatin1String("providers"))
        return providers(line);
    return key(line);
}

void ProviderCommands::printJson(const QJsonValue &value) const
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_context.terminal().out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int ProviderCommands::model(const CommandLine &line)
{
    AppConfig &config = m_context.config();
    if (line.positional().isEmpty()) {
        m_context.terminal().outLine(
            QStringLiteral("%1.%2").arg(config.defaultProvider(), config.defaultModel()));
        return ExitSuccess;
    }
    if (line.positional().size() > 1) {
        m_context.terminal().error(tr("'model' wants one PROVIDER.MODEL, e.g. groq.llama-3.3-70b-versatile"));
        return ExitUsage;
    }
    QString providerId;
    QString model;
    QString error;
    if (!m_context.parseModelSpec(line.positional(0), &providerId, &model, &error)) {
        m_context.terminal().error(error);
        return ExitUsage;
    }
    config.setDefaultModel(providerId, model);
    if (!m_context.saveConfig())
        return ExitStorage;
    m_context.terminal().outLine(tr("Default model: %1.%2").arg(providerId, model));
    return ExitSuccess;
}

int ProviderCommands::models(const CommandLine &line)
{
    QStringList ids = line.positional();
    for (const QString &id : ids) {
        if (!m_context.providers().hasInstance(id)) {
            m_context.terminal().error(tr("there is no provider '%1' (see 'mmchat providers')").arg(id));
            return ExitUsage;
        }
    }
    const bool explicitIds = !ids.isEmpty();
    if (!explicitIds) {
        for (const QString &id : m_context.providers().instanceIds()) {
            if (m_context.providers().instance(id).enabled)
                ids << id;
        }
    }
    int code = ExitSuccess;
    QJsonArray array;
    for (const QString &id : ids) {
        QString error;
        ChatProvider *provider = m_context.providers().provider(id, &error);
        QList<ModelInfo> models;
        bool fromCache = false;
        if (provider) {
            QScopedPointer<ModelListReply> reply(provider->listModels(line.isSet(QStringLiteral("refresh"))));
            waitFor(reply.data(), &ModelListReply::finished);
            if (reply->error().isError())
                error = reply->error().userMessage();
            models = reply->models();
            fromCache = reply->isFromCache();
        }
        if (!error.isEmpty()) {
            // A provider without a key is only worth an error when it was asked for by name.
            if (explicitIds) {
                m_context.terminal().error(QStringLiteral("%1: %2").arg(id, error));
                code = provider ? ExitRuntime : ExitCredentials;
            }
            // Models listed in config.json still work.
            if (models.isEmpty()) {
                for (const QString &manual : m_context.providers().instance(id).manualModels)
                    models << ModelInfo{manual, QString(), 0};
            }
        }
        for (const ModelInfo &model : models) {
            if (m_context.json()) {
                array.append(QJsonObject{{QStringLiteral("provider"), id},
                                         {QStringLiteral("id"), model.id},
                                         {QStringLiteral("name"), model.label()},
                                         {QStringLiteral("context_length"), model.contextLength},
                                         {QStringLiteral("cached"), fromCache}});
            } else {
                m_context.terminal().outLine(QStringLiteral("%1.%2").arg(id, model.id));
            }
        }
    }
    if (m_context.json())
        printJson(array);
    return code;
}

int ProviderCommands::providers(const CommandLine &line)
{
    const bool check = line.isSet(QStringLiteral("check"));
    const Terminal &terminal = m_context.terminal();
    ProviderManager &manager = m_context.providers();
    QJsonArray array;
    for (const QString &id : manager.instanceIds()) {
        const ProviderInstanceConfig instance = manager.instance(id);
        const bool needsKey = manager.needsKey(instance);
        const ResolvedSecret key = needsKey ? manager.resolveKey(id) : ResolvedSecret();
        const QString keySource = !needsKey ? tr("not needed") : key.describeSource();
        QString health = tr("not checked (--check)");
        QString healthState = QStringLiteral("unknown");
        int latency = -1;
        if (check && instance.enabled) {
            QString error;
            ChatProvider *provider = manager.provider(id, &error);
            if (!provider) {
                healthState =
                    needsKey && !key.found() ? QStringLiteral("no_key") : QStringLiteral("unusable");
                health = needsKey && !key.found() ? tr("no key") : error;
            } else {
                QScopedPointer<HealthReply> reply(provider->checkHealth());
                waitFor(reply.data(), &HealthReply::finished);
                const HealthStatus status = reply->status();
                healthState = status.stateName();
                latency = status.latencyMs;
                health = status.lastError.isError()
                             ? QStringLiteral("%1 (%2)").arg(healthState, status.lastError.userMessage())
                         : latency >= 0 ? QStringLiteral("%1, %2 ms").arg(healthState).arg(latency)
                                        : healthState;
            }
        }
        if (m_context.json()) {
            QJsonObject object{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), instance.displayName},
                               {QStringLiteral("type"), instance.type},
                               {QStringLiteral("base_url"), instance.baseUrl.toString()},
                               {QStringLiteral("enabled"), instance.enabled},
                               {QStringLiteral("key_source"), keySource},
                               {QStringLiteral("health"), healthState}};
            if (latency >= 0)
                object.insert(QStringLiteral("latency_ms"), latency);
            array.append(object);
            continue;
        }
        terminal.outLine(terminal.styled(
            QStringLiteral("%1 (%2)%3")
                .arg(id, instance.displayName, instance.enabled ? QString() : tr(", disabled")),
            Terminal::Style::Bold));
        terminal.outLine(tr("  type:     %1").arg(instance.type));
        terminal.outLine(tr("  base URL: %1").arg(instance.baseUrl.toString()));
        terminal.outLine(tr("  key:      %1").arg(keySource));
        terminal.outLine(tr("  health:   %1").arg(health));
    }
    if (m_context.json())
        printJson(array);
    return ExitSuccess;
}

int ProviderCommands::key(const CommandLine &line)
{
    const QString action = line.positional(0);
    const QString id = line.positional(1);
    ProviderManager &manager = m_context.providers();
    const Terminal &terminal = m_context.terminal();
    if (action == QLatin1String("status") && line.positional().size() <= 2) {
        QString keychainProblem;
        for (const QString &instanceId : manager.instanceIds()) {
            if (!id.isEmpty() && instanceId != id)
                continue;
            const ProviderInstanceConfig instance = manager.instance(instanceId);
            const ResolvedSecret key = manager.resolveKey(instanceId);
            const QString text =
                manager.needsKey(instance) || key.found() ? key.describeSource() : tr("not needed");
            terminal.outLine(QStringLiteral("%1: %2").arg(instanceId, text));
            if (key.keychainError && key.keychainError->kind != SecretError::Kind::NotFound)
                keychainProblem = key.keychainError->userMessage();
        }
        // Once, not per provider.
        if (!keychainProblem.isEmpty())
            terminal.warning(keychainProblem);
        return ExitSuccess;
    }
    if ((action != QLatin1String("set") && action != QLatin1String("delete")) || id.isEmpty() ||
        line.positional().size() != 2) {
        terminal.error(tr("use: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]"));
        return ExitUsage;
    }
    if (!manager.hasInstance(id)) {
        terminal.error(tr("there is no provider '%1' (see 'mmchat providers')").arg(id));
        return ExitUsage;
    }
    std::optional<SecretError> error;
    if (action == QLatin1String("set")) {
        const std::optional<QString> secret = Terminal::readSecret(tr("API key for %1: ").arg(id));
        const QString value = secret.value_or(QString()).trimmed();
        if (value.isEmpty()) {
            terminal.error(tr("no key was given on standard input"));
            return ExitUsage;
        }
        error = m_context.secrets().writeNow(id, SecretKind::ApiKey, value);
    } else {
        error = m_context.secrets().removeNow(id, SecretKind::ApiKey);
        if (error && error->kind == SecretError::Kind::NotFound)
            error.reset();
    }
    if (error) {
        QString message = error->userMessage();
        const QString variable = manager.instance(id).keyEnvVar;
        if (error->kind == SecretError::Kind::NoBackend && !variable.isEmpty())
            message =
                tr("No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be "
                   "stored safely. Start one, or set the environment variable %1.")
                    .arg(variable);
        terminal.error(message);
        return ExitCredentials;
    }
    manager.invalidate(id);
    terminal.outLine(action == QLatin1String("set")
                         ? tr("The key for %1 is stored in the system keychain.").arg(id)
                         : tr("The key for %1 is removed from the system keychain.").arg(id));
    return ExitSuccess;
}
