// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <QObject>

#include <memory>

class ProxyFields;
class SecretStore;

namespace Ui {
class NetworkPage;
}

// Proxy (its password in the keychain), timeouts, the Yandex data-logging opt-in and the
// attachment size limits. Provider entries may still override these one by one.
class NetworkPage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    explicit NetworkPage(SecretStore &secrets, QObject *parent = nullptr);
    ~NetworkPage() override;

    // The keychain entry (instance id) that holds the proxy password.
    static QString proxySecretOwner() { return QStringLiteral("network"); }

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

private:
    SecretStore &m_secrets;
    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::NetworkPage> m_ui;
    ProxyFields *m_proxy = nullptr;
};
