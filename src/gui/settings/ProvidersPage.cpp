// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvidersPage.h"

#include "ui_ProvidersPage.h"

#include "HealthIcon.h"
#include "ProxyFields.h"

#include "core/AppConfig.h"
#include "llm/ChatProvider.h"
#include "llm/ProviderFactory.h"
#include "services/CredentialResolver.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>

namespace {

QJsonObject entryFromPreset(const ProviderPreset &preset)
{
    QJsonObject entry{{QStringLiteral("type"), preset.type},
                      {QStringLiteral("name"), preset.displayName},
                      {QStringLiteral("base_url"), preset.baseUrl.toString()},
                      {QStringLiteral("enabled"), true},
                      {QStringLiteral("preset"), preset.id}};
    if (!preset.keyEnvVar.isEmpty())
        entry.insert(QStringLiteral("api_key_env"), preset.keyEnvVar);
    if (!preset.defaultModel.isEmpty())
        entry.insert(QStringLiteral("models"), QJsonArray{preset.defaultModel});
    return entry;
}

// GigaChat with a client id keeps the client secret in the key field; every other entry its key.
SecretKind keyKindOf(const QJsonObject &entry)
{
    return entry.value(QLatin1String("type")).toString() == QLatin1String("gigachat") &&
                   !entry.value(QLatin1String("client_id")).toString().trimmed().isEmpty()
               ? SecretKind::ClientSecret
               : SecretKind::ApiKey;
}

} // namespace

ProvidersPage::ProvidersPage(ProviderManager &providers, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_secrets(secrets)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::ProvidersPage>())
{
    m_ui->setupUi(m_widget.get());
    m_askSessionOnly = [this](const QString &message) {
        return QMessageBox::question(m_widget.get(), tr("No keychain"),
                                     message + QStringLiteral("\n\n") +
                                         tr("Keep the key for this session only?")) == QMessageBox::Yes;
    };

    m_ui->authModeComboBox->addItem(tr("Service account API key"), QStringLiteral("apiKey"));
    m_ui->authModeComboBox->addItem(tr("IAM token"), QStringLiteral("iam"));
    m_ui->authModeComboBox->addItem(tr("OAuth token (exchanged for IAM tokens)"), QStringLiteral("oauth"));
    for (const char *scope : {"GIGACHAT_API_PERS", "GIGACHAT_API_B2B", "GIGACHAT_API_CORP"})
        m_ui->scopeComboBox->addItem(QLatin1String(scope), QLatin1String(scope));
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(m_widget.get(), tr("CA Certificates"), QString(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileLineEdit->setText(file);
    });
    connect(m_ui->insecureCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->insecureCheckBox->setStyleSheet(on ? QStringLiteral("color: #cf222e; font-weight: bold;")
                                                 : QString());
    });

    // An instance's own proxy, or none of its own: then Settings › Network decides.
    m_proxy = new ProxyFields({m_ui->proxyTypeComboBox, m_ui->proxyHostLineEdit, m_ui->proxyPortSpinBox,
                               m_ui->proxyUserLineEdit, m_ui->proxyPasswordLineEdit},
                              tr("As in Network settings"), this);

    for (const char *currency : {"USD", "EUR", "RUB"})
        m_ui->budgetCurrencyComboBox->addItem(QLatin1String(currency), QLatin1String(currency));
    connect(m_ui->budgetCheckBox, &QCheckBox::toggled, m_ui->budgetSpinBox, &QWidget::setEnabled);
    connect(m_ui->budgetCheckBox, &QCheckBox::toggled, m_ui->budgetCurrencyComboBox, &QWidget::setEnabled);

    auto *addMenu = new QMenu(m_ui->addButton);
    for (const ProviderPreset &preset : m_providers.factory().presets()) {
        const QString id = preset.id;
        addMenu->addAction(preset.displayName, this, [this, id] { addFromPreset(id); });
    }
    m_ui->addButton->setMenu(addMenu);

    connect(m_ui->instanceListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        commitForm();
        showInstance(m_order.value(row));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProvidersPage::removeCurrent);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_ui->forgetKeyButton, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            return;
        m_newKeys.remove(m_current);
        m_forgetKeys.insert(m_current);
        m_ui->keyLineEdit->clear();
        updateKeySource();
    });
    connect(m_ui->keyLineEdit, &QLineEdit::textEdited, this, [this] { updateKeySource(); });
}

ProvidersPage::~ProvidersPage()
{
    if (m_testProvider)
        delete m_testProvider;
}

QString ProvidersPage::title() const
{
    return tr("Providers");
}

QIcon ProvidersPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-server"));
}

QWidget *ProvidersPage::widget()
{
    return m_widget.get();
}

void ProvidersPage::load(const AppConfig &config)
{
    m_entries.clear();
    m_order.clear();
    for (const QString &id : config.providerIds()) {
        m_entries.insert(id, config.provider(id));
        m_order << id;
    }
    m_current.clear();
    refreshList();
    if (!m_order.isEmpty())
        select(m_order.first());
}

void ProvidersPage::save(AppConfig &config)
{
    commitForm();
    QList<PendingSecret> writes;
    QList<PendingSecret> removals;
    for (const QString &id : std::as_const(m_removed)) {
        config.removeProvider(id);
        // Whatever a removed instance kept in the keychain goes with it.
        for (SecretKind kind : {SecretKind::ApiKey, SecretKind::ClientSecret, SecretKind::ProxyPassword})
            removals.append({id, kind, QString()});
    }
    for (const QString &id : std::as_const(m_order))
        config.setProvider(id, m_entries.value(id));
    for (const QString &id : std::as_const(m_forgetKeys)) {
        if (!m_removed.contains(id))
            removals.append({id, keyKindOf(m_entries.value(id)), QString()});
    }
    for (auto it = m_newKeys.cbegin(); it != m_newKeys.cend(); ++it)
        writes.append({it.key(), keyKindOf(m_entries.value(it.key())), it.value()});
    for (auto it = m_newProxyPasswords.cbegin(); it != m_newProxyPasswords.cend(); ++it)
        writes.append({it.key(), SecretKind::ProxyPassword, it.value()});
    m_newKeys.clear();
    m_newProxyPasswords.clear();
    m_forgetKeys.clear();
    m_removed.clear();
    writeSecrets(writes, removals);
}

void ProvidersPage::writeSecrets(const QList<PendingSecret> &writes, const QList<PendingSecret> &removals)
{
    auto pending = std::make_shared<int>(int(writes.size() + removals.size()));
    auto done = [this, pending] {
        if (--*pending == 0)
            Q_EMIT keysSaved();
    };
    if (*pending == 0) {
        Q_EMIT keysSaved();
        return;
    }
    for (const PendingSecret &removal : removals) {
        const QString id = removal.id;
        m_secrets.clearSessionValue(id, removal.kind);
        m_secrets.remove(id, removal.kind, [this, id, done](const std::optional<SecretError> &) {
            m_providers.invalidate(id);
            done();
        });
    }
    for (const PendingSecret &write : writes) {
        const QString id = write.id;
        const QString value = write.value;
        const SecretKind kind = write.kind;
        m_secrets.write(
            id, kind, value, [this, id, value, kind, done](const std::optional<SecretError> &error) {
                if (error) {
                    if (error->kind == SecretError::Kind::NoBackend && m_askSessionOnly(error->userMessage()))
                        m_secrets.setSessionValue(id, kind, value);
                    else
                        QMessageBox::warning(m_widget.get(),
                                             kind == SecretKind::ProxyPassword
                                                 ? tr("Proxy password not saved")
                                                 : tr("Key not saved"),
                                             error->userMessage());
                }
                m_providers.invalidate(id);
                if (id == m_current)
                    updateKeySource();
                done();
            });
    }
}

QString ProvidersPage::addFromPreset(const QString &presetId)
{
    const ProviderPreset *preset = m_providers.factory().preset(presetId);
    if (!preset)
        return QString();
    commitForm();
    QString id = preset->id;
    for (int n = 2; m_entries.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(preset->id).arg(n);
    m_entries.insert(id, entryFromPreset(*preset));
    m_order << id;
    m_removed.removeAll(id);
    refreshList();
    select(id);
    return id;
}

void ProvidersPage::select(const QString &id)
{
    const int row = int(m_order.indexOf(id));
    if (row < 0)
        return;
    commitForm();
    m_loading = true;
    m_ui->instanceListWidget->setCurrentRow(row);
    m_loading = false;
    showInstance(id);
}

void ProvidersPage::commitForm()
{
    if (m_current.isEmpty() || !m_entries.contains(m_current))
        return;
    QJsonObject entry = m_entries.value(m_current);
    entry.insert(QStringLiteral("name"), m_ui->nameLineEdit->text().trimmed());
    entry.insert(QStringLiteral("base_url"), m_ui->baseUrlLineEdit->text().trimmed());
    entry.insert(QStringLiteral("enabled"), m_ui->enabledCheckBox->isChecked());
    QJsonArray models;
    for (const QString &model : m_ui->modelsLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!model.trimmed().isEmpty())
            models.append(model.trimmed());
    }
    entry.insert(QStringLiteral("models"), models);
    auto setOrRemove = [&entry](const QString &key, const QString &value) {
        if (value.isEmpty())
            entry.remove(key);
        else
            entry.insert(key, value);
    };
    const QString type = entry.value(QLatin1String("type")).toString();
    if (type == QLatin1String("yandexgpt")) {
        setOrRemove(QStringLiteral("folder_id"), m_ui->folderIdLineEdit->text().trimmed());
        entry.insert(QStringLiteral("auth_mode"), m_ui->authModeComboBox->currentData().toString());
    }
    if (entry.value(QLatin1String("preset")).toString() == QLatin1String("yandex-openai"))
        setOrRemove(QStringLiteral("folder_id"), m_ui->folderIdLineEdit->text().trimmed());
    if (type == QLatin1String("gigachat")) {
        entry.insert(QStringLiteral("scope"), m_ui->scopeComboBox->currentData().toString());
        setOrRemove(QStringLiteral("client_id"), m_ui->clientIdLineEdit->text().trimmed());
    }
    setOrRemove(QStringLiteral("ca_file"), m_ui->caFileLineEdit->text().trimmed());
    if (m_ui->insecureCheckBox->isChecked())
        entry.insert(QStringLiteral("insecure_skip_verify"), true);
    else
        entry.remove(QStringLiteral("insecure_skip_verify"));
    if (m_ui->budgetCheckBox->isChecked())
        entry.insert(QStringLiteral("monthly_budget"),
                     QJsonObject{{QStringLiteral("amount"), m_ui->budgetSpinBox->value()},
                                 {QStringLiteral("currency"),
                                  m_ui->budgetCurrencyComboBox->currentData().toString()}});
    else
        entry.remove(QStringLiteral("monthly_budget"));
    if (m_proxy->type().isEmpty())
        entry.remove(QStringLiteral("proxy"));
    else
        entry.insert(QStringLiteral("proxy"), m_proxy->toJson());
    // Like the key, a typed proxy password waits for Apply and then goes to the keychain.
    if (m_proxy->isManual() && !m_ui->proxyPasswordLineEdit->text().isEmpty())
        m_newProxyPasswords.insert(m_current, m_ui->proxyPasswordLineEdit->text());
    const QString keyEnv = m_ui->keyEnvLineEdit->text().trimmed();
    if (keyEnv.isEmpty())
        entry.remove(QStringLiteral("api_key_env"));
    else
        entry.insert(QStringLiteral("api_key_env"), keyEnv);
    m_entries.insert(m_current, entry);
    // A typed key is kept aside until Apply, then goes to the keychain; never into the entry.
    const QString key = m_ui->keyLineEdit->text().trimmed();
    if (!key.isEmpty()) {
        m_newKeys.insert(m_current, key);
        m_forgetKeys.remove(m_current);
    }
    const int row = int(m_order.indexOf(m_current));
    if (QListWidgetItem *item = m_ui->instanceListWidget->item(row))
        item->setText(itemText(m_current));
}

void ProvidersPage::showInstance(const QString &id)
{
    m_current = id;
    const bool has = m_entries.contains(id);
    m_ui->editor->setEnabled(has);
    m_ui->removeButton->setEnabled(has);
    const QJsonObject entry = m_entries.value(id);
    m_ui->nameLineEdit->setText(entry.value(QLatin1String("name")).toString(id));
    const QString type = entry.value(QLatin1String("type")).toString();
    const QString typeName = m_providers.factory().typeInfo(type).displayName;
    m_ui->typeValueLabel->setText(typeName.isEmpty() ? type : typeName);
    m_ui->baseUrlLineEdit->setText(entry.value(QLatin1String("base_url")).toString());
    QStringList models;
    for (const QJsonValue &model : entry.value(QLatin1String("models")).toArray())
        models << model.toString();
    m_ui->modelsLineEdit->setText(models.join(QStringLiteral(", ")));
    m_ui->keyEnvLineEdit->setText(entry.value(QLatin1String("api_key_env")).toString());
    m_ui->enabledCheckBox->setChecked(entry.value(QLatin1String("enabled")).toBool(true));
    // Fields that only some types have.
    const bool yandex = type == QLatin1String("yandexgpt");
    // Yandex's OpenAI-compatible endpoint needs the folder too (sent as OpenAI-Project).
    const bool yandexOpenAi =
        entry.value(QLatin1String("preset")).toString() == QLatin1String("yandex-openai");
    const bool giga = type == QLatin1String("gigachat");
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->authModeLabel), static_cast<QWidget *>(m_ui->authModeComboBox)})
        field->setVisible(yandex);
    m_ui->folderIdLabel->setVisible(yandex || yandexOpenAi);
    m_ui->folderIdLineEdit->setVisible(yandex || yandexOpenAi);
    m_ui->scopeLabel->setVisible(giga);
    m_ui->scopeComboBox->setVisible(giga);
    m_ui->clientIdLabel->setVisible(giga);
    m_ui->clientIdLineEdit->setVisible(giga);
    m_ui->clientIdLineEdit->setText(entry.value(QLatin1String("client_id")).toString());
    m_ui->keyLabel->setText(keyKindOf(entry) == SecretKind::ClientSecret ? tr("Client &secret:")
                                                                         : tr("API &key:"));
    m_ui->folderIdLineEdit->setText(entry.value(QLatin1String("folder_id")).toString());
    m_ui->authModeComboBox->setCurrentIndex(
        qMax(0, m_ui->authModeComboBox->findData(
                    entry.value(QLatin1String("auth_mode")).toString(QStringLiteral("apiKey")))));
    m_ui->scopeComboBox->setCurrentIndex(
        qMax(0, m_ui->scopeComboBox->findData(
                    entry.value(QLatin1String("scope")).toString(QStringLiteral("GIGACHAT_API_PERS")))));
    m_ui->caFileLineEdit->setText(entry.value(QLatin1String("ca_file")).toString());
    m_ui->insecureCheckBox->setChecked(entry.value(QLatin1String("insecure_skip_verify")).toBool(false));
    const QJsonObject budget = entry.value(QLatin1String("monthly_budget")).toObject();
    const bool hasBudget = budget.value(QLatin1String("amount")).isDouble();
    m_ui->budgetCheckBox->setChecked(hasBudget);
    m_ui->budgetSpinBox->setEnabled(hasBudget);
    m_ui->budgetCurrencyComboBox->setEnabled(hasBudget);
    if (hasBudget)
        m_ui->budgetSpinBox->setValue(budget.value(QLatin1String("amount")).toDouble());
    m_ui->budgetCurrencyComboBox->setCurrentIndex(
        qMax(0, m_ui->budgetCurrencyComboBox->findData(
                    budget.value(QLatin1String("currency"))
                        .toString(type == QLatin1String("yandexgpt") || giga ? QStringLiteral("RUB")
                                                                             : QStringLiteral("USD")))));
    const QJsonObject proxy = entry.value(QLatin1String("proxy")).toObject();
    const QString proxyType =
        entry.contains(QLatin1String("proxy")) ? proxy.value(QLatin1String("type")).toString() : QString();
    m_proxy->show(proxyType, proxy, proxyType == QLatin1String("socks5") ? 1080 : 8080);
    m_ui->proxyPasswordLineEdit->setText(m_newProxyPasswords.value(id));
    m_ui->keyLineEdit->setText(m_newKeys.value(id));
    const HealthStatus status = m_health.value(id);
    m_ui->testResultLabel->setText(
        status.state == HealthStatus::State::Unknown ? QString() : HealthIcon::describe(status));
    updateKeySource();
}

void ProvidersPage::updateKeySource()
{
    if (m_current.isEmpty())
        return;
    QString text;
    if (!m_ui->keyLineEdit->text().trimmed().isEmpty()) {
        text = tr("The new key is stored in the system keychain when you apply.");
    } else if (m_forgetKeys.contains(m_current)) {
        text = tr("The stored key is forgotten when you apply.");
    } else {
        CredentialResolver resolver(m_secrets);
        const ResolvedSecret resolved =
            resolver.resolve(m_current, m_entries.value(m_current), keyKindOf(m_entries.value(m_current)));
        if (resolved.found()) {
            // Shows where the key is, never the key: the field stays empty.
            text = tr("A key is set (%1). Type a new one to replace it.").arg(resolved.describeSource());
        } else {
            text = tr("No key is set.");
            if (resolved.keychainError)
                text += QLatin1Char(' ') + resolved.keychainError->userMessage();
        }
    }
    m_ui->keySourceLabel->setText(text);
    m_ui->keyLineEdit->setPlaceholderText(tr("Paste a new key"));
}

QString ProvidersPage::itemText(const QString &id) const
{
    const QJsonObject entry = m_entries.value(id);
    QString text = entry.value(QLatin1String("name")).toString(id);
    if (!entry.value(QLatin1String("enabled")).toBool(true))
        text += QLatin1Char(' ') + tr("(off)");
    return text;
}

void ProvidersPage::setKnownHealth(const QHash<QString, HealthStatus> &statuses)
{
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value().state != HealthStatus::State::Unknown && !m_health.contains(it.key()))
            m_health.insert(it.key(), it.value());
    }
    const QString current = m_current;
    refreshList();
    if (!current.isEmpty())
        select(current);
}

void ProvidersPage::refreshList()
{
    m_loading = true;
    m_ui->instanceListWidget->clear();
    for (const QString &id : std::as_const(m_order)) {
        const HealthStatus status = m_health.value(id);
        auto *item =
            new QListWidgetItem(HealthIcon::dot(status.state), itemText(id), m_ui->instanceListWidget);
        item->setToolTip(status.state == HealthStatus::State::Unknown ? id : HealthIcon::describe(status));
    }
    m_loading = false;
}

void ProvidersPage::removeCurrent()
{
    if (m_current.isEmpty())
        return;
    const QString id = m_current;
    const auto answer =
        QMessageBox::question(m_widget.get(), tr("Remove provider"),
                              tr("Remove “%1” and forget its key when you apply?")
                                  .arg(m_entries.value(id).value(QLatin1String("name")).toString(id)));
    if (answer != QMessageBox::Yes)
        return;
    m_entries.remove(id);
    m_order.removeAll(id);
    m_newKeys.remove(id);
    m_newProxyPasswords.remove(id);
    m_removed << id;
    m_current.clear();
    refreshList();
    if (!m_order.isEmpty())
        select(m_order.first());
    else
        showInstance(QString());
}

void ProvidersPage::testConnection()
{
    commitForm();
    if (m_current.isEmpty())
        return;
    const QString id = m_current;
    ProviderInstanceConfig instance =
        ProviderManager::instanceFromConfig(id, m_entries.value(id), m_providers.config().json());
    const SecretKind kind = keyKindOf(m_entries.value(id));
    QString key = m_newKeys.value(id);
    if (key.isEmpty() && !m_forgetKeys.contains(id))
        key = CredentialResolver(m_secrets).resolve(id, m_entries.value(id), kind).value;
    if (!key.isEmpty() && kind == SecretKind::ClientSecret)
        instance.setSecret(QStringLiteral("clientSecret"), key);
    else if (!key.isEmpty())
        instance.setApiKey(key);
    // The proxy's password as typed, else where the provider itself will find it.
    if (!instance.options.value(QLatin1String("proxy"))
             .toObject()
             .value(QLatin1String("user"))
             .toString()
             .isEmpty()) {
        QString password = m_newProxyPasswords.value(id);
        if (password.isEmpty())
            password = m_providers.proxyPassword(id, m_entries.value(id).contains(QLatin1String("proxy")));
        if (!password.isEmpty())
            instance.setSecret(QStringLiteral("proxyPassword"), password);
    }
    if (m_testProvider)
        delete m_testProvider;
    QString error;
    m_testProvider = m_providers.factory().create(instance, this, &error);
    if (!m_testProvider) {
        m_ui->testResultLabel->setText(error);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Checking…"));
    HealthReply *reply = m_testProvider->checkHealth();
    connect(reply, &HealthReply::finished, this, [this, id, reply](const HealthStatus &status) {
        reply->deleteLater();
        m_health.insert(id, status);
        m_ui->testButton->setEnabled(true);
        if (id == m_current)
            m_ui->testResultLabel->setText(HealthIcon::describe(status));
        refreshList();
        m_loading = true;
        m_ui->instanceListWidget->setCurrentRow(int(m_order.indexOf(m_current)));
        m_loading = false;
        Q_EMIT healthChecked(id, status);
    });
}
