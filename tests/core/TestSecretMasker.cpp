// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretMasker.h"

#include <QTest>

class TestSecretMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredSecret_isHiddenEverywhere()
    {
        const QString key = QStringLiteral("my-very-private-value-123");
        SecretMasker::instance().addSecret(key);
        const QString text = QStringLiteral("sending %1 twice: %1").arg(key);
        const QString masked = SecretMasker::masked(text);
        QVERIFY(!masked.contains(key));
        QCOMPARE(masked.count(SecretMasker::maskText()), 2);
        SecretMasker::instance().removeSecret(key);
        QCOMPARE(SecretMasker::masked(text), text);
    }

    void shapes_areHidden_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abcdefSECRET")
                                << QStringLiteral("abcdefSECRET");
        QTest::newRow("api-key") << QStringLiteral("authorization: Api-Key AQVNsecretvalue")
                                 << QStringLiteral("AQVNsecretvalue");
        QTest::newRow("basic") << QStringLiteral("Authorization: Basic Zm9vOmJhcg==")
                               << QStringLiteral("Zm9vOmJhcg==");
        QTest::newRow("x-api-key") << QStringLiteral("x-api-key: sk-ant-api03-zzzzzzzzzzzzzzzz")
                                   << QStringLiteral("zzzzzzzzzzzzzzzz");
        QTest::newRow("query") << QStringLiteral("GET /v1beta/models?key=AIzaSyQQQQ&alt=sse")
                               << QStringLiteral("AIzaSyQQQQ");
        QTest::newRow("json token") << QStringLiteral(R"({"access_token":"eyJhbGciOi.xyz","expires_at":1})")
                                    << QStringLiteral("eyJhbGciOi.xyz");
        QTest::newRow("openai key") << QStringLiteral("using sk-proj-abcdefghijklmnop in text")
                                    << QStringLiteral("abcdefghijklmnop");
        QTest::newRow("groq key") << QStringLiteral("gsk_abcdefghijklmnopqrstu")
                                  << QStringLiteral("abcdefghijklmnopqrstu");
        // One row for each word mask() looks for before it tries the patterns at all.
        QTest::newRow("upper-case header")
            << QStringLiteral("AUTHORIZATION: OAuth y0_AgAAAAsecret") << QStringLiteral("y0_AgAAAAsecret");
        QTest::newRow("goog header") << QStringLiteral("X-Goog-Api-Key: AIzaSyHEADERVALUE")
                                     << QStringLiteral("AIzaSyHEADERVALUE");
        QTest::newRow("api_key query")
            << QStringLiteral("/v1/chat?api_key=QUERYSECRET1") << QStringLiteral("QUERYSECRET1");
        QTest::newRow("token query") << QStringLiteral("/stream?a=1&token=QUERYSECRET2")
                                     << QStringLiteral("QUERYSECRET2");
        QTest::newRow("iam token") << QStringLiteral(R"({"iamToken":"IAMSECRETVALUE"})")
                                   << QStringLiteral("IAMSECRETVALUE");
        QTest::newRow("passport token") << QStringLiteral(R"({"yandexPassportOauthToken":"PASSPORTSECRET"})")
                                        << QStringLiteral("PASSPORTSECRET");
        QTest::newRow("client secret")
            << QStringLiteral(R"({"client_secret":"CLIENTSECRET"})") << QStringLiteral("CLIENTSECRET");
        QTest::newRow("gemini key in text")
            << QStringLiteral("using AIzaSyABCDEFGHIJKLMNOP now") << QStringLiteral("SyABCDEFGHIJKLMNOP");
        QTest::newRow("iam token in text") << QStringLiteral("IAM t1.9euelZqKjJWSABCDEFGH expired")
                                           << QStringLiteral("9euelZqKjJWSABCDEFGH");
    }

    void shapes_areHidden()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString masked = SecretMasker::masked(text);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(SecretMasker::maskText()), qPrintable(masked));
    }

    void ordinaryText_isUntouched()
    {
        const QString text = QStringLiteral("The key to success is 42 tokens; Привет, мир!");
        QCOMPARE(SecretMasker::masked(text), text);
    }

    void shortValues_areNotRegistered()
    {
        SecretMasker::instance().addSecret(QStringLiteral("abc"));
        QCOMPARE(SecretMasker::masked(QStringLiteral("abc abc")), QStringLiteral("abc abc"));
    }
};

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "TestSecretMasker.moc"
