// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include "llm/HealthStatus.h"
#include "services/SecretStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class ChatProvider;
class ProxyFields;
class ProviderManager;
struct ProviderPreset;

namespace Ui {
class ProvidersPage;
}

// Provider instances: the list with each one's health, add from a preset, edit the fields,
// a key field that writes to the keychain (never to the configuration), Test Connection, and
// remove (which also forgets the key). Works on a copy until the dialog applies it.
class ProvidersPage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    ProvidersPage(ProviderManager &providers, SecretStore &secrets, QObject *parent = nullptr);
    ~ProvidersPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

    // Adds an instance from a preset (the id is made unique) and selects it; returns the id.
    QString addFromPreset(const QString &presetId);
    void select(const QString &id);
    QString currentId() const { return m_current; }
    // Runs the health check for the selected instance with the fields as typed.
    void testConnection();
    HealthStatus lastHealth(const QString &id) const { return m_health.value(id); }
    // What the background checks found so far, shown until Test Connection says otherwise.
    void setKnownHealth(const QHash<QString, HealthStatus> &statuses);

    // Asked when the keychain is missing: keep the key in memory for this session? (Tests
    // answer without a dialog.)
    void setSessionOnlyQuestion(std::function<bool(const QString &message)> ask)
    {
        m_askSessionOnly = std::move(ask);
    }

Q_SIGNALS:
    void healthChecked(const QString &id, const HealthStatus &status);
    // Keys are written to the keychain after save(); emitted when all writes are done.
    void keysSaved();

private:
    void commitForm();
    void showInstance(const QString &id);
    void refreshList();
    void updateKeySource();
    QString itemText(const QString &id) const;
    void removeCurrent();
    struct PendingSecret
    {
        QString id;
        SecretKind kind;
        QString value; // empty for a removal
    };
    void writeSecrets(const QList<PendingSecret> &writes, const QList<PendingSecret> &removals);

    ProviderManager &m_providers;
    SecretStore &m_secrets;
    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::ProvidersPage> m_ui;
    QStringList m_order;
    QHash<QString, QJsonObject> m_entries;
    QHash<QString, QString> m_newKeys;
    QHash<QString, QString> m_newProxyPasswords;
    QSet<QString> m_forgetKeys;
    QStringList m_removed;
    QString m_current;
    QHash<QString, HealthStatus> m_health;
    QPointer<ChatProvider> m_testProvider;
    std::function<bool(const QString &)> m_askSessionOnly;
    bool m_loading = false;
    ProxyFields *m_proxy = nullptr;
};
