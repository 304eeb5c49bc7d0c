// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"
#include "FakeSocks5Proxy.h"
#include "settings/ProvidersPage.h"
#include "settings/SettingsDialog.h"

#include "core/AppConfig.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUuid>

// Runs inside a private Secret Service (KEYRING in CMake): the key really goes to a keychain.
class TestProvidersPage : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_server;
    ProviderFactory m_factory;
    SecretStore m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<HealthStatus>();
        QVERIFY(m_server.start());
        BuiltinProviders::registerAll(m_factory);
        m_secrets.setServiceName(QStringLiteral("io.github.mmchat.tests.") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void customInstance_fromFirstStartToOnline()
    {
        ProviderManager providers(m_factory, m_secrets);
        AppConfig config = AppConfig::defaults();
        providers.setConfig(config);
        SettingsDialog dialog(config);
        auto page = std::make_unique<ProvidersPage>(providers, m_secrets);
        ProvidersPage *providersPage = page.get();
        dialog.addPage(std::move(page));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QSignalSpy keysSaved(providersPage, &ProvidersPage::keysSaved);

        const QString id = providersPage->addFromPreset(QStringLiteral("custom-openai"));
        QCOMPARE(id, QStringLiteral("custom-openai"));
        auto *baseUrl = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("keyLineEdit"));
        auto *models = dialog.findChild<QLineEdit *>(QStringLiteral("modelsLineEdit"));
        QVERIFY(baseUrl && key && models);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        baseUrl->setText(m_server.url(QStringLiteral("/v1")).toString());
        models->setText(QStringLiteral("local-model"));
        QTest::keyClicks(key, QStringLiteral("sk-custom-test-key-0042"));

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(keysSaved.count() == 1 || keysSaved.wait(10000));

        // The configuration has the instance but never the key.
        const AppConfig saved = dialog.config();
        const QJsonObject entry = saved.provider(id);
        QCOMPARE(entry.value(QLatin1String("base_url")).toString(),
                 m_server.url(QStringLiteral("/v1")).toString());
        QVERIFY(!QJsonDocument(saved.json()).toJson().contains("sk-custom-test-key-0042"));
        // The key is in the keychain.
        QString stored;
        QVERIFY(!m_secrets.readNow(id, SecretKind::ApiKey, &stored));
        QCOMPARE(stored, QStringLiteral("sk-custom-test-key-0042"));
        QVERIFY(key->text().isEmpty() || key->text() == QStringLiteral("sk-custom-test-key-0042"));
        auto *source = dialog.findChild<QLabel *>(QStringLiteral("keySourceLabel"));
        QVERIFY(!source->text().contains(QStringLiteral("sk-custom")));

        // Test Connection asks the models endpoint with the stored key and shows "online".
        m_server.enqueue(
            FakeResponse::json(200, R"({"object":"list","data":[{"id":"local-model","object":"model"}]})"));
        QSignalSpy checked(providersPage, &ProvidersPage::healthChecked);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(providersPage->lastHealth(id).state, HealthStatus::State::Online);
        QCOMPARE(m_server.lastRequest().path, QByteArray("/v1/models"));
        QCOMPARE(m_server.lastRequest().header("authorization"),
                 QByteArray("Bearer sk-custom-test-key-0042"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Online")));

        m_secrets.removeNow(id, SecretKind::ApiKey);
    }

    void ownProxy_savedWithItsPasswordInTheKeychain_andUsedByTestConnection()
    {
        FakeSocks5Proxy proxy;
        QVERIFY(proxy.start(m_server.serverPort()));
        proxy.requireCredentials(QStringLiteral("bob"), QStringLiteral("proxy-pass-77"));
        ProviderManager providers(m_factory, m_secrets);
        AppConfig config = AppConfig::defaults();
        providers.setConfig(config);
        ProvidersPage page(providers, m_secrets);
        page.load(config);
        QWidget *w = page.widget();
        const QString id = page.addFromPreset(QStringLiteral("custom-openai"));
        w->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))
            ->setText(QStringLiteral("http://models.example.invalid:8081/v1"));
        w->findChild<QLineEdit *>(QStringLiteral("keyLineEdit"))
            ->setText(QStringLiteral("sk-behind-proxy-1"));
        auto *type = w->findChild<QComboBox *>(QStringLiteral("proxyTypeComboBox"));
        auto *host = w->findChild<QLineEdit *>(QStringLiteral("proxyHostLineEdit"));
        auto *port = w->findChild<QSpinBox *>(QStringLiteral("proxyPortSpinBox"));
        auto *user = w->findChild<QLineEdit *>(QStringLiteral("proxyUserLineEdit"));
        auto *password = w->findChild<QLineEdit *>(QStringLiteral("proxyPasswordLineEdit"));
        QVERIFY(type && host && port && user && password);
        // No proxy of its own at first: the fields wait for a manual kind.
        QCOMPARE(type->currentData().toString(), QString());
        QVERIFY(!host->isEnabled() && !password->isEnabled());
        type->setCurrentIndex(type->findData(QStringLiteral("socks5")));
        QVERIFY(host->isEnabled() && password->isEnabled());
        QCOMPARE(port->value(), 1080);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        host->setText(QStringLiteral("127.0.0.1"));
        port->setValue(proxy.port());
        user->setText(QStringLiteral("bob"));
        password->setText(QStringLiteral("proxy-pass-77"));

        QSignalSpy keysSaved(&page, &ProvidersPage::keysSaved);
        page.save(config);
        QVERIFY(keysSaved.count() == 1 || keysSaved.wait(10000));
        const QJsonObject saved = config.provider(id).value(QLatin1String("proxy")).toObject();
        QCOMPARE(saved.value(QLatin1String("type")).toString(), QStringLiteral("socks5"));
        QCOMPARE(saved.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(saved.value(QLatin1String("port")).toInt(), int(proxy.port()));
        QCOMPARE(saved.value(QLatin1String("user")).toString(), QStringLiteral("bob"));
        QVERIFY(!QJsonDocument(config.json()).toJson().contains("proxy-pass-77"));
        QString stored;
        QVERIFY(!m_secrets.readNow(id, SecretKind::ProxyPassword, &stored));
        QCOMPARE(stored, QStringLiteral("proxy-pass-77"));

        // Test Connection goes through that proxy with the stored password.
        providers.setConfig(config);
        m_server.enqueue(
            FakeResponse::json(200, R"({"object":"list","data":[{"id":"local-model","object":"model"}]})"));
        QSignalSpy checked(&page, &ProvidersPage::healthChecked);
        page.testConnection();
        QVERIFY(checked.wait(10000));
        QCOMPARE(page.lastHealth(id).state, HealthStatus::State::Online);
        QCOMPARE(proxy.connects().size(), 1);
        QCOMPARE(proxy.connects().at(0).host, QStringLiteral("models.example.invalid"));
        QCOMPARE(proxy.refused(), 0);

        // Back to the Network settings: the entry has no proxy of its own.
        type->setCurrentIndex(type->findData(QString()));
        QVERIFY(!host->isEnabled());
        page.save(config);
        QVERIFY(!config.provider(id).contains(QLatin1String("proxy")));

        m_secrets.removeNow(id, SecretKind::ProxyPassword);
        m_secrets.removeNow(id, SecretKind::ApiKey);
    }

    void russianProviders_showTheirOwnFields()
    {
        ProviderManager providers(m_factory, m_secrets);
        AppConfig config = AppConfig::defaults();
        providers.setConfig(config);
        ProvidersPage page(providers, m_secrets);
        page.load(config);
        QWidget *w = page.widget();
        w->show();
        const QString yandex = page.addFromPreset(QStringLiteral("yandexgpt"));
        QVERIFY(w->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->isVisible());
        QVERIFY(!w->findChild<QComboBox *>(QStringLiteral("scopeComboBox"))->isVisible());
        w->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->setText(QStringLiteral("b1gfolder"));
        auto *mode = w->findChild<QComboBox *>(QStringLiteral("authModeComboBox"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("oauth")));

        const QString giga = page.addFromPreset(QStringLiteral("gigachat"));
        QVERIFY(!w->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->isVisible());
        QVERIFY(w->findChild<QComboBox *>(QStringLiteral("scopeComboBox"))->isVisible());
        auto *scope = w->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("GIGACHAT_API_B2B")));
        w->findChild<QLineEdit *>(QStringLiteral("caFileLineEdit"))
            ->setText(QStringLiteral("/etc/ssl/ru_root.pem"));

        page.save(config);
        QCOMPARE(config.provider(yandex).value(QLatin1String("folder_id")).toString(),
                 QStringLiteral("b1gfolder"));
        QCOMPARE(config.provider(yandex).value(QLatin1String("auth_mode")).toString(),
                 QStringLiteral("oauth"));
        QCOMPARE(config.provider(giga).value(QLatin1String("scope")).toString(),
                 QStringLiteral("GIGACHAT_API_B2B"));
        QCOMPARE(config.provider(giga).value(QLatin1String("ca_file")).toString(),
                 QStringLiteral("/etc/ssl/ru_root.pem"));
        QVERIFY(!config.provider(giga).contains(QLatin1String("insecure_skip_verify")));
        // The provider receives them as its options.
        const ProviderInstanceConfig instance =
            ProviderManager::instanceFromConfig(giga, config.provider(giga), config.json());
        QCOMPARE(instance.optionString(QStringLiteral("caCertificatesFile")),
                 QStringLiteral("/etc/ssl/ru_root.pem"));
        QCOMPARE(instance.optionString(QStringLiteral("scope")), QStringLiteral("GIGACHAT_API_B2B"));
    }

    void rejectedKey_showsAuthFailure()
    {
        ProviderManager providers(m_factory, m_secrets);
        AppConfig config = AppConfig::defaults();
        QJsonObject entry{{QStringLiteral("type"), QStringLiteral("openai")},
                          {QStringLiteral("name"), QStringLiteral("Bad key")},
                          {QStringLiteral("base_url"), m_server.url(QStringLiteral("/v1")).toString()}};
        config.setProvider(QStringLiteral("bad"), entry);
        providers.setConfig(config);
        ProvidersPage page(providers, m_secrets);
        page.load(config);
        page.select(QStringLiteral("bad"));
        page.widget()
            ->findChild<QLineEdit *>(QStringLiteral("keyLineEdit"))
            ->setText(QStringLiteral("wrong-key-123"));
        m_server.enqueue(
            FakeResponse::json(401, R"({"error":{"message":"Invalid API Key","code":"invalid_api_key"}})"));
        QSignalSpy checked(&page, &ProvidersPage::healthChecked);
        page.testConnection();
        QVERIFY(checked.wait(10000));
        QCOMPARE(page.lastHealth(QStringLiteral("bad")).state, HealthStatus::State::AuthFailed);
        QVERIFY(page.widget()
                    ->findChild<QLabel *>(QStringLiteral("testResultLabel"))
                    ->text()
                    .contains(QStringLiteral("rejected")));
    }
};

QTEST_MAIN(TestProvidersPage)
#include "TestProvidersPage.moc"
