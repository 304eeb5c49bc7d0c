// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialResolver.h"

#include "core/SecretMasker.h"

#include <QCoreApplication>
#include <QHash>

QString ResolvedSecret::describeSource() const
{
    switch (source) {
    case Source::None: return QCoreApplication::translate("CredentialResolver", "not set");
    case Source::Session:
        return QCoreApplication::translate("CredentialResolver", "kept for this session only");
    case Source::Keychain: return QCoreApplication::translate("CredentialResolver", "system keychain");
    case Source::Environment:
        return QCoreApplication::translate("CredentialResolver", "environment variable %1").arg(variable);
    }
    return QString();
}

CredentialResolver::CredentialResolver(SecretStore &store)
    : m_store(store)
{}

QStringList CredentialResolver::wellKnownVariables(const QString &instanceId, const QString &type,
                                                   SecretKind kind)
{
    if (kind == SecretKind::IamToken)
        return {QStringLiteral("YANDEX_IAM_TOKEN")};
    if (kind == SecretKind::OAuthToken)
        return {QStringLiteral("YANDEX_OAUTH_TOKEN")};
    if (kind == SecretKind::AuthorizationKey)
        return {QStringLiteral("GIGACHAT_CREDENTIALS")};
    if (kind == SecretKind::ClientSecret)
        return {QStringLiteral("GIGACHAT_CLIENT_SECRET")};
    if (kind != SecretKind::ApiKey)
        return {};

    // Presets are named after their service, so the instance id picks the variable first.
    static const QHash<QString, QStringList> byInstance = {
        {QStringLiteral("groq"), {QStringLiteral("GROQ_API_KEY")}},
        {QStringLiteral("openai"), {QStringLiteral("OPENAI_API_KEY")}},
        {QStringLiteral("openrouter"), {QStringLiteral("OPENROUTER_API_KEY")}},
        {QStringLiteral("mistral"), {QStringLiteral("MISTRAL_API_KEY")}},
        {QStringLiteral("deepseek"), {QStringLiteral("DEEPSEEK_API_KEY")}},
    };
    static const QHash<QString, QStringList> byType = {
        {QStringLiteral("yandexgpt"), {QStringLiteral("YANDEX_API_KEY"), QStringLiteral("YC_API_KEY")}},
        {QStringLiteral("gigachat"), {QStringLiteral("GIGACHAT_CREDENTIALS")}},
        {QStringLiteral("anthropic"), {QStringLiteral("ANTHROPIC_API_KEY")}},
        {QStringLiteral("gemini"), {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")}},
    };
    QStringList variables = byInstance.value(instanceId);
    for (const QString &variable : byType.value(type)) {
        if (!variables.contains(variable))
            variables << variable;
    }
    return variables;
}

ResolvedSecret CredentialResolver::resolve(const QString &instanceId, const QJsonObject &instance,
                                           SecretKind kind)
{
    ResolvedSecret result;
    result.kind = kind;
    if (const auto session = m_store.sessionValue(instanceId, kind)) {
        result.source = ResolvedSecret::Source::Session;
        result.value = *session;
        return result;
    }

    QString stored;
    const std::optional<SecretError> error = m_store.readNow(instanceId, kind, &stored);
    if (!error && !stored.isEmpty()) {
        result.source = ResolvedSecret::Source::Keychain;
        result.value = stored;
        return result;
    }
    if (error && error->kind != SecretError::Kind::NotFound)
        result.keychainError = error;

    QStringList variables;
    if (kind == SecretKind::ApiKey) {
        const QString named = instance.value(QLatin1String("api_key_env")).toString();
        if (!named.isEmpty())
            variables << named;
    }
    variables << wellKnownVariables(instanceId, instance.value(QLatin1String("type")).toString(), kind);
    for (const QString &variable : std::as_const(variables)) {
        const QString value = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
        if (!value.isEmpty()) {
            SecretMasker::instance().addSecret(value);
            result.source = ResolvedSecret::Source::Environment;
            result.value = value;
            result.variable = variable;
            return result;
        }
    }
    return result;
}
