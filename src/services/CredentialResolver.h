// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Where a provider's secret came from, so the UI can say it ("from GROQ_API_KEY").
struct ResolvedSecret
{
    enum class Source { None, Session, Keychain, Environment };
    Source source = Source::None;
    QString value;
    QString variable;                         // the environment variable, for Source::Environment
    SecretKind kind = SecretKind::ApiKey;     // which kind of secret was found
    std::optional<SecretError> keychainError; // set when the keychain could not be asked

    bool found() const { return source != Source::None; }
    QString describeSource() const; // translated, never contains the value
};

// Finds a provider instance's secret in the documented order: this session's memory, the
// keychain, the variable the instance names (`api_key_env`), then the well-known variable
// of its kind (GROQ_API_KEY, YANDEX_API_KEY, …).
class CredentialResolver
{
public:
    explicit CredentialResolver(SecretStore &store);

    // Well-known variables for an instance, most specific first.
    static QStringList wellKnownVariables(const QString &instanceId, const QString &type, SecretKind kind);

    ResolvedSecret resolve(const QString &instanceId, const QJsonObject &instance, SecretKind kind);

private:
    SecretStore &m_store;
};
