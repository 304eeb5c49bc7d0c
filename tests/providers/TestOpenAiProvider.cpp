// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "FakeSocks5Proxy.h"
#include "providers/OpenAiCompatibleProvider.h"

#include <QJsonArray>
#include <QTcpServer>

namespace {

const QString kKey = QStringLiteral("sk-test-0123456789abcdefSECRET");

ProviderInstanceConfig configFor(const FakeHttpServer &server, QJsonObject options = {})
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-openai");
    config.type = OpenAiCompatibleProvider::kType;
    config.displayName = QStringLiteral("Test");
    config.baseUrl = server.url(QStringLiteral("/v1"));
    config.setApiKey(kKey);
    // Short timeouts and delays keep the suite fast; each test may override.
    const QJsonObject defaults{{QStringLiteral("connectTimeoutMs"), 3000},
                               {QStringLiteral("idleTimeoutMs"), 3000},
                               {QStringLiteral("retryBaseDelayMs"), 10}};
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (!options.contains(it.key()))
            options.insert(it.key(), it.value());
    }
    config.options = options;
    return config;
}

QByteArray contentChunk(const QString &text)
{
    const QJsonObject chunk{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
                                {QStringLiteral("finish_reason"), QJsonValue()}}}},
    };
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

const QByteArray kStopChunk = "data: "
                              "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{"
                              "\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
                              "\n\ndata: [DONE]\n\n";

} // namespace

class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainStream_deliversTextStopAndUsage()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello"));
        QCOMPARE(run.reason, FinishReason::Stop);
        QCOMPARE(run.usage.inputTokens, 9);
        QCOMPARE(run.usage.outputTokens, 2);
        QCOMPARE(run.usage.totalTokens, 11);
        QCOMPARE(run.endSignals, 1);
    }

    void usage_readFromEachPlace_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("total");
        QTest::newRow("include_usage chunk (OpenAI)") << "openai/stream_usage_chunk.sse"
                                                      << "Hello" << int(FinishReason::Stop) << 9 << 2 << 11;
        QTest::newRow("x_groq.usage (Groq)") << "openai/stream_usage_x_groq.sse"
                                             << "Hi there" << int(FinishReason::Stop) << 12 << 3 << 15;
        QTest::newRow("finish chunk (Mistral)")
            << "openai/stream_usage_finish_chunk_mistral.sse"
            << "Customizable" << int(FinishReason::Length) << 34 << 100 << 134;
        QTest::newRow("finish chunk + comments (OpenRouter)")
            << "openai/stream_openrouter_comments.sse"
            << "Ok!" << int(FinishReason::Stop) << 5 << 2 << 7;
    }

    void usage_readFromEachPlace()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, text);
        QFETCH(int, reason);
        QFETCH(int, input);
        QFETCH(int, output);
        QFETCH(int, total);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(readFixture(fixture)));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, text);
        QCOMPARE(int(run.reason), reason);
        QCOMPARE(run.usage.inputTokens, input);
        QCOMPARE(run.usage.outputTokens, output);
        QCOMPARE(run.usage.totalTokens, total);
    }

    void request_hasUrlBearerAndJsonFields()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        OpenAiCompatibleProvider provider(configFor(server));
        ChatRequest request = simpleRequest();
        request.temperature = 0.5;
        request.maxTokens = 256;
        request.topP = 0.9;
        request.stopSequences = QStringList{QStringLiteral("END")};
        request.messages.append({ChatMessage::Role::Assistant, QStringLiteral("Hello")});
        request.messages.append({ChatMessage::Role::User, QStringLiteral("Привет")});
        ChatRun::run(provider, request);

        const RecordedRequest recorded = server.lastRequest();
        QCOMPARE(recorded.method, QByteArray("POST"));
        QCOMPARE(recorded.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(recorded.header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
        QCOMPARE(recorded.header("content-type"), QByteArray("application/json"));
        QVERIFY(recorded.header("user-agent").startsWith("multimodel-chat/"));
        const QJsonObject body = recorded.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("stream_options"))
                     .toObject()
                     .value(QStringLiteral("include_usage"))
                     .toBool(),
                 true);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.5);
        QCOMPARE(body.value(QStringLiteral("top_p")).toDouble(), 0.9);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 256);
        QVERIFY(!body.contains(QStringLiteral("max_completion_tokens")));
        QCOMPARE(body.value(QStringLiteral("stop")).toArray().first().toString(), QStringLiteral("END"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Be brief."));
        QCOMPARE(messages.at(2).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(messages.at(3).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Привет"));
    }

    void request_maxCompletionTokensOption_andNoUsageOption()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        OpenAiCompatibleProvider provider(
            configFor(server, {{QStringLiteral("maxTokensField"), QStringLiteral("max_completion_tokens")},
                               {QStringLiteral("includeUsage"), false}}));
        ChatRequest request = simpleRequest();
        request.maxTokens = 100;
        ChatRun::run(provider, request);
        const QJsonObject body = server.lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("max_completion_tokens")).toInt(), 100);
        QVERIFY(!body.contains(QStringLiteral("max_tokens")));
        QVERIFY(!body.contains(QStringLiteral("stream_options")));
        QVERIFY(!body.contains(QStringLiteral("temperature"))); // unset: provider default
    }

    void splitStream_sameResult_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("needle"); // split inside the first occurrence
        QTest::addColumn<int>("offsetInNeedle");
        QTest::addColumn<QString>("text");
        const QByteArray cyrillic = contentChunk(QStringLiteral("Привет, мир")) + kStopChunk;
        QTest::newRow("inside a 2-byte cyrillic letter")
            << cyrillic << QStringLiteral("р") << 1 << QStringLiteral("Привет, мир");
        QByteArray crlf = contentChunk(QStringLiteral("ab")) + kStopChunk;
        crlf.replace("\n", "\r\n");
        QTest::newRow("inside CRLF") << crlf << QStringLiteral("\r\n") << 1 << QStringLiteral("ab");
        QByteArray cr = contentChunk(QStringLiteral("ab")) + kStopChunk;
        cr.replace("\n", "\r");
        QTest::newRow("after a lone CR") << cr << QStringLiteral("\r") << 1 << QStringLiteral("ab");
        QTest::newRow("inside data: prefix") << contentChunk(QStringLiteral("ab")) + kStopChunk
                                             << QStringLiteral("data") << 2 << QStringLiteral("ab");
        QTest::newRow("leading BOM split")
            << QByteArray("\xEF\xBB\xBF") + contentChunk(QStringLiteral("ab")) + kStopChunk
            << QStringLiteral("\uFEFF") << 2 << QStringLiteral("ab");
    }

    void splitStream_sameResult()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, needle);
        QFETCH(int, offsetInNeedle);
        QFETCH(QString, text);
        const int at = int(body.indexOf(needle.toUtf8())) + offsetInNeedle;
        QVERIFY(at > 0);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(body).splitBodyAt({at}, 20));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, text);
    }

    void everyByteInItsOwnRead_sameResult()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::sse(contentChunk(QStringLiteral("Ёж 🦔")) + kStopChunk).splitBodyEvery(1, 1));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Ёж 🦔"));
    }

    void httpError_mapsToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expectedRequests"); // with maxAttempts 3
        QTest::addColumn<QString>("messagePart");
        const QByteArray json("application/json");
        QTest::newRow("401 invalid key")
            << 401 << json << readFixture(QStringLiteral("openai/error_401.json"))
            << int(ProviderError::Kind::Auth) << 1 << "Incorrect API key";
        QTest::newRow("403 country") << 403 << json
                                     << QByteArray(
                                            "{\"error\":{\"message\":\"Country, region, or territory not "
                                            "supported\",\"type\":\"request_forbidden\",\"param\":null,"
                                            "\"code\":\"unsupported_country_region_territory\"}}")
                                     << int(ProviderError::Kind::Permission) << 1 << "not supported";
        QTest::newRow("404 model")
            << 404 << json
            << QByteArray(
                   "{\"error\":{\"message\":\"The model `gpt-9` does not exist or you do not have access to "
                   "it.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}")
            << int(ProviderError::Kind::NotFound) << 1 << "gpt-9";
        QTest::newRow("429 insufficient_quota")
            << 429 << json << readFixture(QStringLiteral("openai/error_insufficient_quota.json"))
            << int(ProviderError::Kind::QuotaExhausted) << 1 << "quota";
        QTest::newRow("400 context too long")
            << 400 << json
            << QByteArray("{\"error\":{\"message\":\"This model's maximum context length is 8192 "
                          "tokens.\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":"
                          "\"context_length_exceeded\"}}")
            << int(ProviderError::Kind::ContextTooLong) << 1 << "8192";
        QTest::newRow("500 html") << 500 << QByteArray("text/html")
                                  << readFixture(QStringLiteral("openai/error_500.html"))
                                  << int(ProviderError::Kind::ServerError) << 3
                                  << "500 Internal Server Error";
        QTest::newRow("503 overloaded")
            << 503 << json
            << QByteArray("{\"error\":{\"message\":\"The server is overloaded or not ready "
                          "yet.\",\"type\":\"service_unavailable_error\",\"param\":null,\"code\":\"server_is_"
                          "overloaded\"}}")
            << int(ProviderError::Kind::Overloaded) << 3 << "overloaded";
    }

    void httpError_mapsToKind()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, expectedRequests);
        QFETCH(QString, messagePart);
        FakeHttpServer server;
        QVERIFY(server.start());
        for (int i = 0; i < 3; ++i)
            server.enqueue(FakeResponse::text(status, contentType, body).header("x-request-id", "req_abc"));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(int(run.error.kind()), kind);
        QCOMPARE(run.error.httpStatus(), status);
        QCOMPARE(run.error.requestId(), QStringLiteral("req_abc"));
        QVERIFY2(run.error.message().contains(messagePart), qPrintable(run.error.message()));
        QVERIFY(!run.error.userMessage().isEmpty());
        QCOMPARE(server.requests().size(), expectedRequests);
        QCOMPARE(run.retryWaits.size(), expectedRequests - 1);
    }

    void rateLimited_waitsForRetryAfterThenSucceeds_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expectedWait");
        QTest::newRow("Retry-After seconds") << QByteArray("Retry-After") << QByteArray("1") << 1000;
        QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("40") << 40;
    }

    void rateLimited_waitsForRetryAfterThenSucceeds()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, expectedWait);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(429, readFixture(QStringLiteral("openai/error_429_groq.json")))
                           .header(header, value));
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello"));
        QCOMPARE(run.retryWaits, QList<int>{expectedWait});
        QVERIFY(run.elapsedMs >= expectedWait - 5); // timer granularity
        QCOMPARE(server.requests().size(), 2);
    }

    void errorEventMidStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::sse(contentChunk(QStringLiteral("Partial ")) +
                              "data: {\"error\":{\"message\":\"Upstream provider crashed\",\"code\":502}}"
                              "\n\n"));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.text, QStringLiteral("Partial "));
        QCOMPARE(run.error.kind(), ProviderError::Kind::ServerError);
        QVERIFY(run.error.message().contains(QLatin1String("Upstream provider crashed")));
        QCOMPARE(server.requests().size(), 1); // text arrived: never retried
    }

    void connectionCutMidStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(contentChunk(QStringLiteral("Half an ans"))).delay(30).cut());
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Network);
        QCOMPARE(run.text, QStringLiteral("Half an ans"));
        QCOMPARE(server.requests().size(), 1);
    }

    void idleTimeout_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(contentChunk(QStringLiteral("Slow"))).stall());
        OpenAiCompatibleProvider provider(configFor(server, {{QStringLiteral("idleTimeoutMs"), 300}}));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Timeout);
        QCOMPARE(run.text, QStringLiteral("Slow"));
        QVERIFY(run.elapsedMs >= 280); // coarse timers may fire up to 5 % early
        QVERIFY(run.elapsedMs < 2500);
    }

    void cancel_serverSeesCloseWithin100ms()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(contentChunk(QStringLiteral("First"))).stall());
        OpenAiCompatibleProvider provider(configFor(server));
        QSignalSpy closed(&server, &FakeHttpServer::clientDisconnected);
        QElapsedTimer sinceCancel;
        ChatStream *stream = provider.chat(simpleRequest());
        QSignalSpy cancelled(stream, &ChatStream::cancelled);
        QSignalSpy failed(stream, &ChatStream::failed);
        connect(stream, &ChatStream::textDelta, this, [stream, &sinceCancel] {
            sinceCancel.start();
            stream->cancel();
        });
        QVERIFY(cancelled.wait(5000));
        QVERIFY(closed.count() > 0 || closed.wait(1000));
        QVERIFY2(sinceCancel.elapsed() < 100, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(stream->state(), ChatStream::State::Cancelled);
        QCOMPARE(stream->text(), QStringLiteral("First"));
        QCOMPARE(failed.count(), 0);
        delete stream;
    }

    void noResponseHeaders_connectTimeoutRetriedThenFails()
    {
        QTcpServer silent; // accepts at the TCP level, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ProviderInstanceConfig config;
        config.id = QStringLiteral("silent");
        config.type = OpenAiCompatibleProvider::kType;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort()));
        config.options = {{QStringLiteral("connectTimeoutMs"), 200},
                          {QStringLiteral("maxAttempts"), 2},
                          {QStringLiteral("retryBaseDelayMs"), 10}};
        OpenAiCompatibleProvider provider(config);
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Timeout);
        QCOMPARE(run.retryWaits.size(), 1);
        QVERIFY(run.elapsedMs >= 380);
    }

    void proxyOverride_sendsThroughTheInstanceProxy()
    {
        FakeHttpServer proxy;
        QVERIFY(proxy.start());
        proxy.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        ProviderInstanceConfig config = configFor(proxy);
        config.baseUrl = QUrl(QStringLiteral("http://api.example.invalid/v1"));
        config.options.insert(QStringLiteral("proxy"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                          {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                          {QStringLiteral("port"), proxy.serverPort()}});
        OpenAiCompatibleProvider provider(config);
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(proxy.lastRequest().path, QByteArray("http://api.example.invalid/v1/chat/completions"));
    }

    void socks5Proxy_carriesTheRequestWithItsCredentials()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        FakeSocks5Proxy proxy;
        QVERIFY(proxy.start(server.serverPort()));
        proxy.requireCredentials(QStringLiteral("alice"), QStringLiteral("hunter2-proxy"));
        ProviderInstanceConfig config = configFor(server);
        // A name only the proxy can reach: the proxy resolves it, not this machine.
        config.baseUrl = QUrl(QStringLiteral("http://api.example.invalid:8081/v1"));
        config.options.insert(QStringLiteral("proxy"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("socks5")},
                                          {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                          {QStringLiteral("port"), proxy.port()},
                                          {QStringLiteral("user"), QStringLiteral("alice")}});
        config.setSecret(QStringLiteral("proxyPassword"), QStringLiteral("hunter2-proxy"));
        {
            OpenAiCompatibleProvider provider(config);
            const ChatRun run = ChatRun::run(provider, simpleRequest());
            QCOMPARE(run.state, ChatStream::State::Finished);
            QCOMPARE(run.text, QStringLiteral("Hello"));
        }
        QCOMPARE(proxy.connects().size(), 1);
        QCOMPARE(proxy.connects().at(0).host, QStringLiteral("api.example.invalid"));
        QCOMPARE(proxy.connects().at(0).port, quint16(8081));
        QCOMPARE(proxy.connects().at(0).user, QStringLiteral("alice"));
        QCOMPARE(server.lastRequest().path, QByteArray("/v1/chat/completions"));

        // A wrong password is refused by the proxy and reported as a network failure
        config.setSecret(QStringLiteral("proxyPassword"), QStringLiteral("wrong"));
        // (a password changed in the settings applies at once, not after a restart)
        OpenAiCompatibleProvider refused(config);
        const ChatRun failed = ChatRun::run(refused, simpleRequest());
        QCOMPARE(failed.state, ChatStream::State::Failed);
        QVERIFY(proxy.refused() >= 1);
        QCOMPARE(proxy.connects().size(), 1);
        QVERIFY2(failed.error.kind() == ProviderError::Kind::Network, qPrintable(failed.error.toString()));
        QVERIFY2(
            failed.error.userMessage().contains(QStringLiteral("proxy refused the user name or password")),
            qPrintable(failed.error.userMessage()));
    }

    void hugeSingleLine_failsWithBadResponse()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        QByteArray body = "data: {\"x\":\"";
        body += QByteArray(10 * 1000 * 1000, 'a');
        server.enqueue(FakeResponse::sse(body).splitBodyEvery(256 * 1024).stall());
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(), 20000);
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::BadResponse);
        QVERIFY2(run.error.message().contains(QLatin1String("MB")), qPrintable(run.error.message()));
    }

    void unreadableEvent_failsWithBadResponse()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse("data: {not json\n\n"));
        OpenAiCompatibleProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.error.kind(), ProviderError::Kind::BadResponse);
    }

    void connectionRefused_isNetworkErrorAfterRetries()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        ProviderInstanceConfig config = configFor(server);
        server.close(); // nothing listens there any more
        OpenAiCompatibleProvider provider(config);
        const ChatRun run = ChatRun::run(provider, simpleRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Network);
        QCOMPARE(run.retryWaits.size(), 2);
    }

    void tls_withInstanceCaFile_works_withoutIt_failsAsTls()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        FakeHttpServer server;
        QVERIFY(server.startTls(FakeHttpServer::testCertificate(), FakeHttpServer::testKey()));
        // The refused handshake first, so no trusted keep-alive connection can be reused.
        ProviderInstanceConfig strictConfig = configFor(server, {{QStringLiteral("maxAttempts"), 1}});
        strictConfig.id = QStringLiteral("strict");
        OpenAiCompatibleProvider strict(strictConfig);
        const ChatRun refused = ChatRun::run(strict, simpleRequest());
        QCOMPARE(refused.state, ChatStream::State::Failed);
        QCOMPARE(refused.error.kind(), ProviderError::Kind::Tls);

        server.enqueue(FakeResponse::sse(readFixture(QStringLiteral("openai/stream_usage_chunk.sse"))));
        OpenAiCompatibleProvider trusting(
            configFor(server, {{QStringLiteral("caCertificatesFile"),
                                QStringLiteral(MMCHAT_TEST_SUPPORT_DATA "/localhost.crt")},
                               {QStringLiteral("maxAttempts"), 1}}));
        const ChatRun ok = ChatRun::run(trusting, simpleRequest());
        QCOMPARE(ok.state, ChatStream::State::Finished);
        QCOMPARE(ok.text, QStringLiteral("Hello"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "TestOpenAiProvider.moc"
