// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderManager.h"

#include "llm/ChatProvider.h"
#include "llm/ProviderFactory.h"
#include "llm/ProviderPreset.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProviderManager, "mmchat.services.providers")

namespace {

// config.json is snake_case (ca_file); provider options are camelCase (caFile).
QString camelCase(const QString &snake)
{
    QString result;
    result.reserve(snake.size());
    bool upper = false;
    for (const QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        result.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return result;
}

// YandexGPT through its own API or its OpenAI-compatible one: both need a folder and log
// requests unless told not to.
bool isYandex(const ProviderInstanceConfig &instance)
{
    return instance.type == QLatin1String("yandexgpt") ||
           instance.optionString(QStringLiteral("preset")) == QLatin1String("yandex-openai");
}

} // namespace

ProviderManager::ProviderManager(ProviderFactory &factory, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_factory(factory)
    , m_secrets(secrets)
    , m_resolver(secrets)
{}

ProviderManager::~ProviderManager() = default;

ProviderInstanceConfig ProviderManager::instanceFromConfig(const QString &id, const QJsonObject &entry,
                                                           const QJsonObject &root)
{
    // Fields with a place of their own; every other field becomes an option.
    static const QHash<QString, QString> renamed = {
        {QStringLiteral("ca_file"), QStringLiteral("caCertificatesFile")},
        {QStringLiteral("insecure_skip_verify"), QStringLiteral("insecureSkipTlsVerify")},
        {QStringLiteral("data_logging"), QStringLiteral("allowDataLogging")},
    };
    ProviderInstanceConfig config;
    config.id = id;
    config.type = entry.value(QLatin1String("type")).toString();
    config.displayName = entry.value(QLatin1String("name")).toString(id);
    config.baseUrl = QUrl(entry.value(QLatin1String("base_url")).toString());
    config.enabled = entry.value(QLatin1String("enabled")).toBool(true);
    config.keyEnvVar = entry.value(QLatin1String("api_key_env")).toString();
    config.defaultModel = entry.value(QLatin1String("default_model")).toString();
    const QJsonArray models = entry.value(QLatin1String("models")).toArray();
    for (const QJsonValue &model : models)
        config.manualModels << model.toString();
    if (config.defaultModel.isEmpty() && !config.manualModels.isEmpty())
        config.defaultModel = config.manualModels.constFirst();

    static const QStringList own = {QStringLiteral("type"),        QStringLiteral("name"),
                                    QStringLiteral("base_url"),    QStringLiteral("enabled"),
                                    QStringLiteral("api_key_env"), QStringLiteral("default_model"),
                                    QStringLiteral("models")};
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (own.contains(it.key()))
            continue;
        config.options.insert(renamed.value(it.key(), camelCase(it.key())), it.value());
    }

    // Timeouts are written in seconds everywhere in config.json; providers take milliseconds.
    for (const char *name : {"connect", "idle"}) {
        const QString seconds = QStringLiteral("%1_timeout_s").arg(QLatin1String(name));
        if (entry.value(seconds).isDouble()) {
            config.options.remove(camelCase(seconds));
            config.options.insert(QStringLiteral("%1TimeoutMs").arg(QLatin1String(name)),
                                  qRound(entry.value(seconds).toDouble() * 1000));
        }
    }
    const QJsonObject network = root.value(QLatin1String("network")).toObject();
    if (!config.options.contains(QLatin1String("proxy")) && network.contains(QLatin1String("proxy")))
        config.options.insert(QStringLiteral("proxy"), network.value(QLatin1String("proxy")));
    if (!config.options.contains(QLatin1String("connectTimeoutMs")) &&
        network.contains(QLatin1String("connect_timeout_s")))
        config.options.insert(QStringLiteral("connectTimeoutMs"),
                              network.value(QLatin1String("connect_timeout_s")).toInt() * 1000);
    if (!config.options.contains(QLatin1String("idleTimeoutMs")) &&
        network.contains(QLatin1String("idle_timeout_s")))
        config.options.insert(QStringLiteral("idleTimeoutMs"),
                              network.value(QLatin1String("idle_timeout_s")).toInt() * 1000);
    // Yandex stores requests unless told not to (its own API and its OpenAI-compatible one);
    // the user's choice is global and off by default.
    if (isYandex(config) && !config.options.contains(QLatin1String("allowDataLogging")))
        config.options.insert(QStringLiteral("allowDataLogging"),
                              root.value(QLatin1String("privacy"))
                                  .toObject()
                                  .value(QLatin1String("yandex_data_logging"))
                                  .toBool(false));
    return config;
}

void ProviderManager::setConfig(const AppConfig &config)
{
    m_config = config;
    QHash<QString, ProviderInstanceConfig> instances;
    QStringList enabled;
    QStringList disabled;
    for (const QString &id : config.providerIds()) {
        ProviderInstanceConfig instance = instanceFromConfig(id, config.provider(id), config.json());
        // What the preset knows about its service (Mistral refuses stream_options, OpenAI wants
        // max_completion_tokens …) applies unless the entry says otherwise.
        if (const ProviderPreset *preset =
                m_factory.preset(instance.optionString(QStringLiteral("preset"), id))) {
            if (preset->type == instance.type) {
                for (auto option = preset->options.begin(); option != preset->options.end(); ++option) {
                    if (!instance.options.contains(option.key()))
                        instance.options.insert(option.key(), option.value());
                }
            }
        }
        instances.insert(id, instance);
        (instance.enabled ? enabled : disabled) << id;
    }
    // A provider whose entry changed is recreated on next use, with the new settings.
    for (auto it = m_live.begin(); it != m_live.end();) {
        const ProviderInstanceConfig old = m_instances.value(it.key());
        const ProviderInstanceConfig now = instances.value(it.key());
        if (!instances.contains(it.key()) || old.toJson() != now.toJson()) {
            if (it.value())
                it.value()->deleteLater();
            it = m_live.erase(it);
        } else {
            ++it;
        }
    }
    m_instances = instances;
    m_order = enabled + disabled;
    Q_EMIT instancesChanged();
}

QStringList ProviderManager::instanceIds() const
{
    return m_order;
}

ResolvedSecret ProviderManager::resolveKey(const QString &id)
{
    const QJsonObject entry = m_config.provider(id);
    if (entry.value(QLatin1String("type")).toString() != QLatin1String("yandexgpt"))
        return m_resolver.resolve(id, entry, SecretKind::ApiKey);
    // YandexGPT takes an API key, an IAM token or an OAuth token: the kind its auth mode names
    // first, then the others (YANDEX_API_KEY, YANDEX_IAM_TOKEN, YANDEX_OAUTH_TOKEN …).
    const QString mode = entry.value(QLatin1String("auth_mode")).toString().toLower();
    QList<SecretKind> kinds{SecretKind::ApiKey, SecretKind::IamToken, SecretKind::OAuthToken};
    if (mode == QLatin1String("iam"))
        kinds = {SecretKind::IamToken, SecretKind::ApiKey, SecretKind::OAuthToken};
    else if (mode == QLatin1String("oauth"))
        kinds = {SecretKind::OAuthToken, SecretKind::ApiKey, SecretKind::IamToken};
    ResolvedSecret first;
    for (const SecretKind kind : std::as_const(kinds)) {
        ResolvedSecret found = m_resolver.resolve(id, entry, kind);
        if (found.found())
            return found;
        if (kind == kinds.constFirst())
            first = found; // keeps a keychain error to report
    }
    return first;
}

void ProviderManager::applyFolder(ProviderInstanceConfig &instance) const
{
    // Yandex's OpenAI-compatible endpoint names the folder in OpenAI-Project, and logs requests
    // unless told not to, like the native API.
    if (instance.optionString(QStringLiteral("preset")) != QLatin1String("yandex-openai"))
        return;
    const QString folder = instance.optionString(QStringLiteral("folderId")).trimmed();
    QJsonObject headers = instance.options.value(QLatin1String("extraHeaders")).toObject();
    if (!folder.isEmpty() && !headers.contains(QLatin1String("OpenAI-Project")))
        headers.insert(QStringLiteral("OpenAI-Project"), folder);
    if (!instance.optionBool(QStringLiteral("allowDataLogging"), false) &&
        !headers.contains(QLatin1String("x-data-logging-enabled")))
        headers.insert(QStringLiteral("x-data-logging-enabled"), QStringLiteral("false"));
    instance.options.insert(QStringLiteral("extraHeaders"), headers);
}

void ProviderManager::applyEnvironment(ProviderInstanceConfig &instance) const
{
    // What a setup from environment variables alone needs besides the key, where config.json
    // says nothing (a preset's default gives way).
    const QJsonObject entry = m_config.provider(instance.id);
    const auto fill = [&](bool applies, const char *field, const QString &option, const char *variable) {
        if (!applies || !entry.value(QLatin1String(field)).toString().isEmpty())
            return;
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            instance.options.insert(option, value);
    };
    fill(isYandex(instance), "folder_id", QStringLiteral("folderId"), "YANDEX_FOLDER_ID");
    fill(instance.type == QLatin1String("gigachat"), "scope", QStringLiteral("scope"), "GIGACHAT_SCOPE");
}

ChatProvider *ProviderManager::provider(const QString &id, QString *error)
{
    if (const QPointer<ChatProvider> live = m_live.value(id))
        return live;
    if (!m_instances.contains(id)) {
        if (error)
            *error = tr("There is no provider “%1”. Choose another one or add it in Settings → Providers.")
                         .arg(id);
        return nullptr;
    }
    ProviderInstanceConfig instance = m_instances.value(id);
    if (!m_factory.hasType(instance.type)) {
        if (error)
            *error = tr("The provider “%1” has the type “%2”, which this version does not support.")
                         .arg(instance.displayName, instance.type);
        return nullptr;
    }
    applyEnvironment(instance);
    applyFolder(instance);
    // GigaChat also signs in with a client id (in the entry) and its secret (keychain or
    // GIGACHAT_CLIENT_SECRET) instead of the authorization key.
    bool signsInOtherwise = false;
    if (instance.type == QLatin1String("gigachat") &&
        !instance.optionString(QStringLiteral("clientId")).isEmpty()) {
        const ResolvedSecret secret = m_resolver.resolve(id, m_config.provider(id), SecretKind::ClientSecret);
        if (secret.found()) {
            instance.setSecret(QStringLiteral("clientSecret"), secret.value);
            signsInOtherwise = !resolveKey(id).found();
        }
    }
    if (needsKey(instance) && !signsInOtherwise) {
        const ResolvedSecret key = resolveKey(id);
        if (!key.found()) {
            const QStringList variables =
                CredentialResolver::wellKnownVariables(id, instance.type, SecretKind::ApiKey);
            QString hint = instance.keyEnvVar.isEmpty() ? variables.value(0) : instance.keyEnvVar;
            if (error) {
                *error = hint.isEmpty()
                             ? tr("No API key is set for %1. Add one in Settings → Providers.")
                                   .arg(instance.displayName)
                             : tr("No API key is set for %1. Add one in Settings → Providers, or set %2.")
                                   .arg(instance.displayName, hint);
                if (key.keychainError)
                    *error += QLatin1Char(' ') + key.keychainError->userMessage();
            }
            return nullptr;
        }
        instance.setApiKey(key.value);
        // A Yandex token found where the auth mode did not say: use it as what it is.
        if (key.kind == SecretKind::IamToken)
            instance.options.insert(QStringLiteral("authMode"), QStringLiteral("iam"));
        else if (key.kind == SecretKind::OAuthToken)
            instance.options.insert(QStringLiteral("authMode"), QStringLiteral("oauth"));
        qCInfo(lcProviderManager).noquote()
            << "provider" << id << "uses the key from" << key.describeSource();
    }
    // A manual proxy with a user name has its password in the keychain (or this session's memory).
    const QJsonObject proxy = instance.options.value(QLatin1String("proxy")).toObject();
    if (!proxy.value(QLatin1String("user")).toString().isEmpty()) {
        const QString password = proxyPassword(id, m_config.provider(id).contains(QLatin1String("proxy")));
        if (!password.isEmpty())
            instance.setSecret(QStringLiteral("proxyPassword"), password);
    }
    QString createError;
    ChatProvider *created = m_factory.create(instance, this, &createError);
    if (!created) {
        if (error)
            *error = createError;
        return nullptr;
    }
    m_live.insert(id, created);
    return created;
}

QString ProviderManager::proxyPassword(const QString &id, bool ownProxy)
{
    ResolvedSecret password = m_resolver.resolve(ownProxy ? id : QStringLiteral("network"), QJsonObject(),
                                                 SecretKind::ProxyPassword);
    if (!password.found() && ownProxy)
        password = m_resolver.resolve(QStringLiteral("network"), QJsonObject(), SecretKind::ProxyPassword);
    return password.found() ? password.value : QString();
}

bool ProviderManager::needsKey(const ProviderInstanceConfig &instance) const
{
    // Local servers (LM Studio, vLLM, a custom endpoint) speak a keyed protocol without a key.
    if (instance.options.contains(QLatin1String("apiKeyRequired")))
        return instance.optionBool(QStringLiteral("apiKeyRequired"), true);
    if (const ProviderPreset *preset =
            m_factory.preset(instance.optionString(QStringLiteral("preset"), instance.id)))
        return preset->needsKey;
    return m_factory.typeInfo(instance.type).needsKey;
}

void ProviderManager::invalidate(const QString &id)
{
    if (const QPointer<ChatProvider> live = m_live.take(id))
        live->deleteLater();
}
