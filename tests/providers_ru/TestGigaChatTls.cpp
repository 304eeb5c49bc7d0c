// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuTestSupport.h"
#include "providers/OpenAiCompatibleProvider.h"
#include "providers/gigachat/GigaChatProvider.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

const qint64 kStart = 1767225600000; // 2026-01-01T00:00:00Z

FakeResponse tokenResponse()
{
    return FakeResponse::json(200,
                              "{\"access_token\":\"tls-token-0123456789\",\"expires_at\":1767227400000}");
}

FakeResponse chatStream()
{
    return FakeResponse::sse(
        "data: {\"choices\":[{\"delta\":{\"content\":\"Защищено\"},\"index\":0,"
        "\"finish_reason\":\"stop\"}],\"object\":\"chat.completion\"}\n\ndata: [DONE]\n\n");
}

} // namespace

// HTTPS against a server whose certificate chains to a private root generated here with the
// openssl CLI, standing in for Sber's Russian Trusted Root CA.
class TestGigaChatTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_caFile;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAll().constData());
            return false;
        }
        return true;
    }

    ProviderInstanceConfig config(const FakeHttpServer &server, QJsonObject options = {}) const
    {
        ProviderInstanceConfig config;
        config.id = QStringLiteral("gigachat-tls");
        config.type = GigaChatProvider::kType;
        config.baseUrl = server.url(QStringLiteral("/api/v1"));
        config.setApiKey(QStringLiteral("dGVzdC1jbGllbnQtaWQ6dGVzdC1jbGllbnQtc2VjcmV0"));
        options.insert(QStringLiteral("authUrl"), server.url(QStringLiteral("/api/v2/oauth")).toString());
        config.options = ruOptions(options);
        return config;
    }

    QJsonObject withCa() const { return {{QStringLiteral("caCertificatesFile"), m_caFile}}; }

    RuChatRun chat(GigaChatProvider &provider)
    {
        provider.setClock([] { return kStart; });
        return RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
    }

    static void verifyExplainedTlsFailure(const ProviderError &error)
    {
        QCOMPARE(error.kind(), ProviderError::Kind::Tls);
        QCOMPARE(error.kindName(), QStringLiteral("tls"));
        // What the user reads (the banner, mmchat's stderr) explains the root certificate.
        QVERIFY2(error.userMessage().contains(QLatin1String("Russian Trusted Root CA")),
                 qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(QStringLiteral("Settings → Providers")),
                 qPrintable(error.userMessage()));
        QVERIFY(!error.message().isEmpty()); // and Qt's own words stay for the details
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl CLI is needed");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Test Russian Trusted Root CA"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=localhost")}));
        QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                         "extendedKeyUsage=serverAuth\n");
        extensions.close();
        QVERIFY(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}));
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        const QList<QSslCertificate> server =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.pem")), QSsl::Pem);
        QCOMPARE(server.size(), 1);
        m_serverCertificate = server.first();
        QFile key(m_dir.filePath(QStringLiteral("server.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_serverKey = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_serverKey.isNull());
    }

    void withoutCaFile_failsWithTlsAndExplains()
    {
        FakeHttpServer server;
        QVERIFY(server.startTls(m_serverCertificate, m_serverKey));
        server.enqueue(tokenResponse());
        server.enqueue(chatStream());
        GigaChatProvider provider(config(server));
        const RuChatRun run = chat(provider);
        QCOMPARE(run.state, ChatStream::State::Failed);
        verifyExplainedTlsFailure(run.error);
        QCOMPARE(server.requests().size(), 0); // nothing got past the handshake
    }

    void withCaFile_succeeds()
    {
        FakeHttpServer server;
        QVERIFY(server.startTls(m_serverCertificate, m_serverKey));
        server.enqueue(tokenResponse());
        server.enqueue(chatStream());
        GigaChatProvider provider(config(server, withCa()));
        const RuChatRun run = chat(provider);
        QVERIFY2(run.state == ChatStream::State::Finished, qPrintable(run.error.toString()));
        QCOMPARE(run.text, QStringLiteral("Защищено"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).path, QByteArray("/api/v2/oauth"));
    }

    void caFile_trustedByItsInstanceOnly()
    {
        FakeHttpServer server;
        QVERIFY(server.startTls(m_serverCertificate, m_serverKey));
        GigaChatProvider trusting(config(server, withCa()));
        GigaChatProvider other(config(server));
        ProviderInstanceConfig openAiConfig;
        openAiConfig.id = QStringLiteral("other-type");
        openAiConfig.type = OpenAiCompatibleProvider::kType;
        openAiConfig.baseUrl = server.url(QStringLiteral("/v1"));
        openAiConfig.options = ruOptions({});
        OpenAiCompatibleProvider otherType(openAiConfig);

        QCOMPARE(chat(other).error.kind(), ProviderError::Kind::Tls);
        server.enqueue(tokenResponse());
        server.enqueue(chatStream());
        QCOMPARE(chat(trusting).state, ChatStream::State::Finished);
        // After the trusting instance connected, the others still do not trust the server.
        verifyExplainedTlsFailure(chat(other).error);
        QCOMPARE(RuChatRun::run(otherType, ruRequest(QStringLiteral("gpt-4o-mini"))).error.kind(),
                 ProviderError::Kind::Tls);
        const QSslCertificate ca = QSslCertificate::fromPath(m_caFile, QSsl::Pem).value(0);
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
        QCOMPARE(server.requests().size(), 2);
    }

    void modelList_tlsFailureExplained()
    {
        FakeHttpServer server;
        QVERIFY(server.startTls(m_serverCertificate, m_serverKey));
        GigaChatProvider provider(config(server));
        ProviderError error;
        waitForModels(provider, &error);
        verifyExplainedTlsFailure(error);
    }

    void insecureSwitch_connectsWithoutCaAndWarns()
    {
        FakeHttpServer server;
        QVERIFY(server.startTls(m_serverCertificate, m_serverKey));
        server.enqueue(tokenResponse());
        server.enqueue(chatStream());
        GigaChatProvider provider(config(server, {{QStringLiteral("insecureSkipTlsVerify"), true}}));
        QVERIFY(!provider.securityWarning().isEmpty());
        const RuChatRun run = chat(provider);
        QVERIFY2(run.state == ChatStream::State::Finished, qPrintable(run.error.toString()));
        QCOMPARE(run.text, QStringLiteral("Защищено"));
        // The unverified connection is not reused by an instance that verifies.
        GigaChatProvider verifying(config(server));
        verifyExplainedTlsFailure(chat(verifying).error);
    }
};

QTEST_GUILESS_MAIN(TestGigaChatTls)
#include "TestGigaChatTls.moc"
