// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CredentialResolver.h"
#include "services/SecretStore.h"

#include <QTest>

// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no Secret Service, no KWallet.
class TestSecretStoreNoBackend : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store;

private Q_SLOTS:
    void write_failsWithClearMessage()
    {
        const auto error =
            m_store.writeNow(QStringLiteral("groq"), SecretKind::ApiKey, QStringLiteral("gsk_nobackend_1"));
        QVERIFY(error);
        QCOMPARE(error->kind, SecretError::Kind::NoBackend);
        QVERIFY2(error->userMessage().contains(QStringLiteral("keychain")), qPrintable(error->userMessage()));
        QVERIFY(error->userMessage().contains(QStringLiteral("this session only")));
        QVERIFY(!error->userMessage().contains(QStringLiteral("gsk_nobackend_1")));
    }

    void sessionOnlyValue_isUsedWithoutKeychain()
    {
        m_store.setSessionValue(QStringLiteral("groq"), SecretKind::ApiKey,
                                QStringLiteral("gsk_session_only_2"));
        QString value;
        QVERIFY(!m_store.readNow(QStringLiteral("groq"), SecretKind::ApiKey, &value));
        QCOMPARE(value, QStringLiteral("gsk_session_only_2"));

        CredentialResolver resolver(m_store);
        const ResolvedSecret resolved = resolver.resolve(
            QStringLiteral("groq"), QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")}},
            SecretKind::ApiKey);
        QCOMPARE(resolved.source, ResolvedSecret::Source::Session);
        QCOMPARE(resolved.value, QStringLiteral("gsk_session_only_2"));
        m_store.clearSessionValue(QStringLiteral("groq"), SecretKind::ApiKey);
    }

    void resolver_fallsBackToWellKnownVariable()
    {
        qputenv("MISTRAL_API_KEY", "mistral-env-key-3");
        CredentialResolver resolver(m_store);
        const ResolvedSecret resolved = resolver.resolve(
            QStringLiteral("mistral"), QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")}},
            SecretKind::ApiKey);
        QCOMPARE(resolved.source, ResolvedSecret::Source::Environment);
        QCOMPARE(resolved.variable, QStringLiteral("MISTRAL_API_KEY"));
        QVERIFY(resolved.keychainError);
        QCOMPARE(resolved.keychainError->kind, SecretError::Kind::NoBackend);
        qunsetenv("MISTRAL_API_KEY");

        const ResolvedSecret none = resolver.resolve(
            QStringLiteral("mistral"), QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")}},
            SecretKind::ApiKey);
        QVERIFY(!none.found());
    }

    void wellKnownVariables_followTheDocumentedNames()
    {
        QCOMPARE(CredentialResolver::wellKnownVariables(QStringLiteral("groq"), QStringLiteral("openai"),
                                                        SecretKind::ApiKey),
                 QStringList{QStringLiteral("GROQ_API_KEY")});
        QCOMPARE(CredentialResolver::wellKnownVariables(QStringLiteral("yc"), QStringLiteral("yandexgpt"),
                                                        SecretKind::ApiKey),
                 (QStringList{QStringLiteral("YANDEX_API_KEY"), QStringLiteral("YC_API_KEY")}));
        QCOMPARE(CredentialResolver::wellKnownVariables(QStringLiteral("sber"), QStringLiteral("gigachat"),
                                                        SecretKind::AuthorizationKey),
                 QStringList{QStringLiteral("GIGACHAT_CREDENTIALS")});
        QCOMPARE(CredentialResolver::wellKnownVariables(QStringLiteral("claude"), QStringLiteral("anthropic"),
                                                        SecretKind::ApiKey),
                 QStringList{QStringLiteral("ANTHROPIC_API_KEY")});
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoBackend)
#include "TestSecretStoreNoBackend.moc"
