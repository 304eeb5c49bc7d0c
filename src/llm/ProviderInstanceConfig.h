// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// A configured provider entry. Everything but the secrets is persisted in config.json;
// secrets (API key, client secret, …) are filled in at run time from the keychain and are
// never written by toJson() nor logged (setSecret registers them with SecretMasker).
//
// Options understood by every HTTP provider (all optional):
//   connectTimeoutMs (30000), idleTimeoutMs (60000), maxAttempts (3), retryBaseDelayMs (1000),
//   proxy {type: "none"|"system"|"http"|"socks5", host, port, user} (+ secret "proxyPassword"),
//   caCertificatesFile (PEM, extra trust anchors for this instance only), extraHeaders {name: value}.
struct ProviderInstanceConfig
{
    QString id;          // stable, unique: "groq", "ollama-2"
    QString type;        // registered provider type: "openai", "ollama", …
    QString displayName; // shown in menus
    QUrl baseUrl;        // e.g. https://api.groq.com/openai/v1
    QJsonObject options; // type-specific settings, see above and each type
    bool enabled = true;
    QStringList manualModels; // listed by hand; shown even when the provider cannot list models
    QString defaultModel;
    QString keyEnvVar; // e.g. GROQ_API_KEY: where the CLI looks when the keychain has nothing

    static inline const QString kApiKey = QStringLiteral("apiKey");

    QString secret(const QString &name) const { return m_secrets.value(name); }
    void setSecret(const QString &name, const QString &value);
    QString apiKey() const { return secret(kApiKey); }
    void setApiKey(const QString &key) { setSecret(kApiKey, key); }

    int optionInt(const QString &name, int fallback) const;
    bool optionBool(const QString &name, bool fallback) const;
    QString optionString(const QString &name, const QString &fallback = QString()) const;

    // Persistable form; secrets are never included.
    QJsonObject toJson() const;
    static ProviderInstanceConfig fromJson(const QJsonObject &object);

private:
    QHash<QString, QString> m_secrets; // runtime only
};
