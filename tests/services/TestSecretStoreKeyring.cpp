// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CredentialResolver.h"
#include "services/SecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

// Runs inside scripts/with-secret-service.sh: a private, unlocked gnome-keyring.
class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store;
    QString m_instance = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // What another program sees in the keyring: proves the value is really in the Secret Service.
    QString lookupWithSecretTool(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                   m_store.serviceName(), QStringLiteral("user"), key});
        if (!tool.waitForFinished(10000))
            return QStringLiteral("<secret-tool timed out>");
        if (tool.exitCode() != 0)
            return QStringLiteral("<secret-tool failed: %1>")
                .arg(QString::fromUtf8(tool.readAllStandardError()));
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-secret-service.sh (ctest does)");
        m_store.setServiceName(QStringLiteral("io.github.mmchat.MultimodelChat.tests"));
    }

    void init()
    {
        for (SecretKind kind : {SecretKind::ApiKey, SecretKind::OAuthToken, SecretKind::ProxyPassword})
            QVERIFY(!m_store.removeNow(m_instance, kind));
    }

    void writeReadOverwriteDelete_roundTrip()
    {
        QString value;
        auto error = m_store.readNow(m_instance, SecretKind::ApiKey, &value);
        QVERIFY(error);
        QCOMPARE(error->kind, SecretError::Kind::NotFound);

        error = m_store.writeNow(m_instance, SecretKind::ApiKey, QStringLiteral("gsk_first_value_0001"));
        QVERIFY2(!error, error ? qPrintable(error->detail) : "");
        error = m_store.readNow(m_instance, SecretKind::ApiKey, &value);
        QVERIFY(!error);
        QCOMPARE(value, QStringLiteral("gsk_first_value_0001"));

        error = m_store.writeNow(m_instance, SecretKind::ApiKey, QStringLiteral("gsk_second_value_0002"));
        QVERIFY(!error);
        error = m_store.readNow(m_instance, SecretKind::ApiKey, &value);
        QVERIFY(!error);
        QCOMPARE(value, QStringLiteral("gsk_second_value_0002"));

        error = m_store.removeNow(m_instance, SecretKind::ApiKey);
        QVERIFY(!error);
        error = m_store.readNow(m_instance, SecretKind::ApiKey, &value);
        QVERIFY(error);
        QCOMPARE(error->kind, SecretError::Kind::NotFound);
        // Deleting again is not an error: the key is gone either way.
        QVERIFY(!m_store.removeNow(m_instance, SecretKind::ApiKey));
    }

    void kindsAreSeparateEntries()
    {
        QVERIFY(!m_store.writeNow(m_instance, SecretKind::ApiKey, QStringLiteral("key-value-abc")));
        QVERIFY(!m_store.writeNow(m_instance, SecretKind::ProxyPassword, QStringLiteral("proxy-pass-xyz")));
        QString value;
        QVERIFY(!m_store.readNow(m_instance, SecretKind::ProxyPassword, &value));
        QCOMPARE(value, QStringLiteral("proxy-pass-xyz"));
        QVERIFY(!m_store.readNow(m_instance, SecretKind::ApiKey, &value));
        QCOMPARE(value, QStringLiteral("key-value-abc"));
        m_store.removeNow(m_instance, SecretKind::ApiKey);
        m_store.removeNow(m_instance, SecretKind::ProxyPassword);
    }

    void asyncJobs_runInOrder()
    {
        QStringList order;
        int pending = 4;
        auto done = [&](const QString &step) {
            return [&, step](const std::optional<SecretError> &error) {
                QVERIFY(!error);
                order << step;
                --pending;
            };
        };
        m_store.write(m_instance, SecretKind::OAuthToken, QStringLiteral("one-1111"),
                      done(QStringLiteral("w1")));
        m_store.write(m_instance, SecretKind::OAuthToken, QStringLiteral("two-2222"),
                      done(QStringLiteral("w2")));
        QString readValue;
        m_store.read(m_instance, SecretKind::OAuthToken,
                     [&](const QString &value, const std::optional<SecretError> &e) {
                         QVERIFY(!e);
                         readValue = value;
                         order << QStringLiteral("r");
                         --pending;
                     });
        m_store.remove(m_instance, SecretKind::OAuthToken, done(QStringLiteral("d")));
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 10000);
        QCOMPARE(order, (QStringList{QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("r"),
                                     QStringLiteral("d")}));
        QCOMPARE(readValue, QStringLiteral("two-2222"));
    }

    void storedKey_isVisibleToOtherSecretServiceClients()
    {
        QVERIFY(!m_store.writeNow(m_instance, SecretKind::ApiKey, QStringLiteral("visible-through-dbus-42")));
        // QtKeychain's libsecret backend stores the service as "server" and the entry as "user".
        const QString seen = lookupWithSecretTool(SecretStore::entryKey(m_instance, SecretKind::ApiKey));
        QCOMPARE(seen, QStringLiteral("visible-through-dbus-42"));
        m_store.removeNow(m_instance, SecretKind::ApiKey);
    }

    void resolver_prefersKeychainOverEnvironment()
    {
        qputenv("MMCHAT_TEST_KEY_VAR", "from-the-environment-123");
        const QJsonObject instance{{QStringLiteral("type"), QStringLiteral("openai")},
                                   {QStringLiteral("api_key_env"), QStringLiteral("MMCHAT_TEST_KEY_VAR")}};
        CredentialResolver resolver(m_store);
        ResolvedSecret resolved = resolver.resolve(m_instance, instance, SecretKind::ApiKey);
        QCOMPARE(resolved.source, ResolvedSecret::Source::Environment);
        QCOMPARE(resolved.variable, QStringLiteral("MMCHAT_TEST_KEY_VAR"));
        QCOMPARE(resolved.value, QStringLiteral("from-the-environment-123"));

        QVERIFY(!m_store.writeNow(m_instance, SecretKind::ApiKey, QStringLiteral("from-the-keychain-456")));
        resolved = resolver.resolve(m_instance, instance, SecretKind::ApiKey);
        QCOMPARE(resolved.source, ResolvedSecret::Source::Keychain);
        QCOMPARE(resolved.value, QStringLiteral("from-the-keychain-456"));
        QVERIFY(!resolved.describeSource().contains(resolved.value));
        m_store.removeNow(m_instance, SecretKind::ApiKey);
        qunsetenv("MMCHAT_TEST_KEY_VAR");
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreKeyring)
#include "TestSecretStoreKeyring.moc"
