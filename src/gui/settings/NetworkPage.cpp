// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPage.h"

#include "ui_NetworkPage.h"

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
    m_ui->proxyTypeComboBox->addItem(tr("System proxy settings"), QStringLiteral("system"));
    m_ui->proxyTypeComboBox->addItem(tr("No proxy"), QStringLiteral("none"));
    m_ui->proxyTypeComboBox->addItem(tr("HTTP proxy"), QStringLiteral("http"));
    m_ui->proxyTypeComboBox->addItem(tr("SOCKS5 proxy"), QStringLiteral("socks5"));
    connect(m_ui->proxyTypeComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &NetworkPage::updateEnabled);
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

void NetworkPage::updateEnabled()
{
    const QString type = m_ui->proxyTypeComboBox->currentData().toString();
    const bool manual = type == QLatin1String("http") || type == QLatin1String("socks5");
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->proxyHostLineEdit), static_cast<QWidget *>(m_ui->proxyPortSpinBox),
          static_cast<QWidget *>(m_ui->proxyUserLineEdit),
          static_cast<QWidget *>(m_ui->proxyPasswordLineEdit)})
        field->setEnabled(manual);
}

void NetworkPage::load(const AppConfig &config)
{
    const QJsonObject network = config.json().value(QLatin1String("network")).toObject();
    const QJsonObject proxy = network.value(QLatin1String("proxy")).toObject();
    const int index = m_ui->proxyTypeComboBox->findData(
        proxy.value(QLatin1String("type")).toString(QStringLiteral("system")));
    m_ui->proxyTypeComboBox->setCurrentIndex(qMax(0, index));
    m_ui->proxyHostLineEdit->setText(proxy.value(QLatin1String("host")).toString());
    m_ui->proxyPortSpinBox->setValue(proxy.value(QLatin1String("port")).toInt(8080));
    m_ui->proxyUserLineEdit->setText(proxy.value(QLatin1String("user")).toString());
    m_ui->connectTimeoutSpinBox->setValue(network.value(QLatin1String("connect_timeout_s")).toInt(30));
    m_ui->idleTimeoutSpinBox->setValue(network.value(QLatin1String("idle_timeout_s")).toInt(60));
    const QJsonObject privacy = config.json().value(QLatin1String("privacy")).toObject();
    m_ui->yandexLoggingCheckBox->setChecked(
        privacy.value(QLatin1String("yandex_data_logging")).toBool(false));
    const QJsonObject limits = config.json().value(QLatin1String("limits")).toObject();
    m_ui->maxFileSpinBox->setValue(limits.value(QLatin1String("max_attachment_kb")).toInt(512));
    m_ui->maxMessageSpinBox->setValue(limits.value(QLatin1String("max_message_attachments_kb")).toInt(2048));
    updateEnabled();
}

void NetworkPage::save(AppConfig &config)
{
    QJsonObject proxy{{QStringLiteral("type"), m_ui->proxyTypeComboBox->currentData().toString()}};
    if (m_ui->proxyHostLineEdit->isEnabled()) {
        proxy.insert(QStringLiteral("host"), m_ui->proxyHostLineEdit->text().trimmed());
        proxy.insert(QStringLiteral("port"), m_ui->proxyPortSpinBox->value());
        if (!m_ui->proxyUserLineEdit->text().trimmed().isEmpty())
            proxy.insert(QStringLiteral("user"), m_ui->proxyUserLineEdit->text().trimmed());
    }
    // Keys this page does not know stay as they are.
    QJsonObject network = config.json().value(QLatin1String("network")).toObject();
    network.insert(QStringLiteral("proxy"), proxy);
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
