// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPage.h"

#include "ui_NetworkPage.h"

#include "ProxyFields.h"

#include "core/AppConfig.h"
#include "services/SecretStore.h"

#include <QJsonObject>
#include <QMessageBox>

NetworkPage::NetworkPage(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::NetworkPage>())
{
    m_ui->setupUi(m_widget.get());
    m_proxy = new ProxyFields({m_ui->proxyTypeComboBox, m_ui->proxyHostLineEdit, m_ui->proxyPortSpinBox,
                               m_ui->proxyUserLineEdit, m_ui->proxyPasswordLineEdit},
                              QString(), this);
}

NetworkPage::~NetworkPage() = default;

QString NetworkPage::title() const
{
    return tr("Network and Privacy");
}

QIcon NetworkPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-wired"));
}

QWidget *NetworkPage::widget()
{
    return m_widget.get();
}

void NetworkPage::load(const AppConfig &config)
{
    const QJsonObject network = config.json().value(QLatin1String("network")).toObject();
    const QJsonObject proxy = network.value(QLatin1String("proxy")).toObject();
    m_proxy->show(proxy.value(QLatin1String("type")).toString(QStringLiteral("system")), proxy, 8080);
    m_ui->connectTimeoutSpinBox->setValue(network.value(QLatin1String("connect_timeout_s")).toInt(30));
    m_ui->idleTimeoutSpinBox->setValue(network.value(QLatin1String("idle_timeout_s")).toInt(60));
    const QJsonObject privacy = config.json().value(QLatin1String("privacy")).toObject();
    m_ui->yandexLoggingCheckBox->setChecked(
        privacy.value(QLatin1String("yandex_data_logging")).toBool(false));
    const QJsonObject limits = config.json().value(QLatin1String("limits")).toObject();
    m_ui->maxFileSpinBox->setValue(limits.value(QLatin1String("max_attachment_kb")).toInt(512));
    m_ui->maxMessageSpinBox->setValue(limits.value(QLatin1String("max_message_attachments_kb")).toInt(2048));
}

void NetworkPage::save(AppConfig &config)
{
    // Keys this page does not know stay as they are.
    QJsonObject network = config.json().value(QLatin1String("network")).toObject();
    network.insert(QStringLiteral("proxy"), m_proxy->toJson());
    network.insert(QStringLiteral("connect_timeout_s"), m_ui->connectTimeoutSpinBox->value());
    network.insert(QStringLiteral("idle_timeout_s"), m_ui->idleTimeoutSpinBox->value());
    config.setSection(QStringLiteral("network"), network);
    QJsonObject privacy = config.json().value(QLatin1String("privacy")).toObject();
    privacy.insert(QStringLiteral("yandex_data_logging"), m_ui->yandexLoggingCheckBox->isChecked());
    config.setSection(QStringLiteral("privacy"), privacy);
    QJsonObject limits = config.json().value(QLatin1String("limits")).toObject();
    limits.insert(QStringLiteral("max_attachment_kb"), m_ui->maxFileSpinBox->value());
    limits.insert(QStringLiteral("max_message_attachments_kb"), m_ui->maxMessageSpinBox->value());
    config.setSection(QStringLiteral("limits"), limits);
    // The password goes to the keychain only, and only when one was typed.
    const QString password = m_ui->proxyPasswordLineEdit->text();
    if (!password.isEmpty()) {
        // Like API keys: without a keychain, kept for this session if the user agrees.
        m_secrets.write(
            proxySecretOwner(), SecretKind::ProxyPassword, password,
            [this, password](const std::optional<SecretError> &error) {
                if (!error)
                    return;
                if (error->kind == SecretError::Kind::NoBackend &&
                    QMessageBox::question(m_widget.get(), tr("No Keychain"),
                                          tr("%1\n\nKeep the proxy password for this session only?")
                                              .arg(error->userMessage())) == QMessageBox::Yes)
                    m_secrets.setSessionValue(proxySecretOwner(), SecretKind::ProxyPassword, password);
                else if (error->kind != SecretError::Kind::NoBackend)
                    QMessageBox::warning(m_widget.get(), tr("Password not saved"), error->userMessage());
            });
        m_ui->proxyPasswordLineEdit->clear();
    }
}
