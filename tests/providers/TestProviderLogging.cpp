// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "core/Logging.h"
#include "providers/OpenAiCompatibleProvider.h"

#include <QTemporaryDir>

namespace {

// Not shaped like any known key, so only the registered-secret masking can hide it.
const QString kKey = QStringLiteral("zz9-plural-Z-alpha-0000-SECRETVALUE");

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines.append(Logging::formatLine(type, context.category, message));
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// A request with a known key, the key echoed back by the server in an error, and debug
// logging on: the key must appear in no log line and no file.
class TestProviderLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestWithKnownKey_keyNeverLogged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logFile = dir.filePath(QStringLiteral("log.txt"));
        Logging::Options options;
        options.logFile = logFile;
        options.toStderr = false;
        Logging::install(options);
        g_previous = qInstallMessageHandler(capture);

        FakeHttpServer server;
        QVERIFY(server.start());
        const QByteArray echo =
            "{\"error\":{\"message\":\"Incorrect API key provided: " + kKey.toUtf8() +
            "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}";
        server.enqueue(FakeResponse::json(401, echo));
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));

        ProviderInstanceConfig config;
        config.id = QStringLiteral("logging");
        config.type = OpenAiCompatibleProvider::kType;
        QUrl url = server.url(QStringLiteral("/v1"));
        url.setQuery(QStringLiteral("key=") + kKey); // a ?key= parameter, Gemini style
        config.baseUrl = url;
        config.setApiKey(kKey);
        OpenAiCompatibleProvider provider(config);

        const ChatRun failed = ChatRun::run(provider, simpleRequest());
        QCOMPARE(failed.error.kind(), ProviderError::Kind::Auth);
        QVERIFY(!failed.error.message().contains(kKey));
        const ChatRun ok = ChatRun::run(provider, simpleRequest());
        QCOMPARE(ok.state, ChatStream::State::Finished);

        qInstallMessageHandler(g_previous);
        Logging::uninstall();

        // The key really went over the wire, and the exchange was logged in detail.
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
        QVERIFY(g_lines.size() >= 4);
        bool sawAuthorizationLine = false;
        for (const QString &line : std::as_const(g_lines)) {
            QVERIFY2(!line.contains(kKey), qPrintable(line));
            sawAuthorizationLine =
                sawAuthorizationLine || line.contains(QLatin1String("Authorization: Bearer"));
        }
        QVERIFY(sawAuthorizationLine);
        QFile file(logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("mmchat.providers.openai"));
        QVERIFY(!contents.contains(kKey.toUtf8()));
    }
};

int main(int argc, char **argv)
{
    // Debug lines (request headers) on, before the logging registry reads the environment.
    qputenv("QT_LOGGING_RULES", "mmchat.*=true");
    QCoreApplication app(argc, argv);
    TestProviderLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestProviderLogging.moc"
