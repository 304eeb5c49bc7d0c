// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppConfig.h"
#include "llm/ProviderInstanceConfig.h"
#include "services/CredentialResolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ChatProvider;
class ProviderFactory;
class SecretStore;

// Turns the provider entries of config.json into live ChatProvider objects: maps the file's
// snake_case fields to the providers' options, finds each instance's key (keychain, then
// environment) and creates the provider through the factory, once, until its entry changes.
class ProviderManager : public QObject
{
    Q_OBJECT
public:
    ProviderManager(ProviderFactory &factory, SecretStore &secrets, QObject *parent = nullptr);
    ~ProviderManager() override;

    ProviderFactory &factory() const { return m_factory; }

    // config.json entry → provider configuration (no secrets). The file's global `network` and
    // `privacy` sections fill in what the entry does not set itself.
    static ProviderInstanceConfig instanceFromConfig(const QString &id, const QJsonObject &entry,
                                                     const QJsonObject &root = QJsonObject());

    void setConfig(const AppConfig &config);
    const AppConfig &config() const { return m_config; }

    QStringList instanceIds() const; // enabled first, in config order
    bool hasInstance(const QString &id) const { return m_instances.contains(id); }
    ProviderInstanceConfig instance(const QString &id) const { return m_instances.value(id); }

    // Where the instance's key comes from right now (asks the keychain). For YandexGPT an IAM
    // or OAuth token counts as its key too (kind says which).
    ResolvedSecret resolveKey(const QString &id);
    // The password of a manual proxy with a user name: under the provider when the proxy is
    // its own (ownProxy), else, or when it has none stored, under "network" for the global one.
    QString proxyPassword(const QString &id, bool ownProxy);

    // The live provider, created on first use with its key. nullptr with *error set (a
    // translated sentence saying what to do) when the type is unknown or the key is missing.
    ChatProvider *provider(const QString &id, QString *error = nullptr);

    // Whether the instance cannot work without a key (per preset, or `api_key_required`).
    bool needsKey(const ProviderInstanceConfig &instance) const;

    // Drops the live provider so the next use re-reads the key (after the key changed).
    void invalidate(const QString &id);

Q_SIGNALS:
    void instancesChanged();

private:
    // Settings that may come from the environment (YANDEX_FOLDER_ID, GIGACHAT_SCOPE) where the
    // entry leaves them open.
    void applyEnvironment(ProviderInstanceConfig &instance) const;
    // The Yandex OpenAI-compatible preset: OpenAI-Project from its folder and data logging off
    // unless allowed (both filled in like the native API's, see instanceFromConfig and
    // applyEnvironment).
    void applyFolder(ProviderInstanceConfig &instance) const;

    ProviderFactory &m_factory;
    SecretStore &m_secrets;
    CredentialResolver m_resolver;
    AppConfig m_config;
    QStringList m_order;
    QHash<QString, ProviderInstanceConfig> m_instances;
    QHash<QString, QPointer<ChatProvider>> m_live;
};
