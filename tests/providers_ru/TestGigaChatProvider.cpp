// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuTestSupport.h"
#include "llm/ProviderFactory.h"
#include "providers/gigachat/GigaChatProvider.h"
#include "providers/gigachat/GigaChatProviders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <memory>

namespace {

// base64("test-client-id:test-client-secret"), the shape of Sber's "authorization key".
const QString kAuthKey = QStringLiteral("dGVzdC1jbGllbnQtaWQ6dGVzdC1jbGllbnQtc2VjcmV0");
const qint64 kStart = 1767225600000; // 2026-01-01T00:00:00Z

ProviderInstanceConfig gigaConfig(const FakeHttpServer &server, QJsonObject options = {},
                                  const QString &key = kAuthKey)
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-gigachat");
    config.type = GigaChatProvider::kType;
    config.baseUrl = server.url(QStringLiteral("/api/v1"));
    config.setApiKey(key);
    if (!options.contains(QStringLiteral("authUrl")))
        options.insert(QStringLiteral("authUrl"), server.url(QStringLiteral("/api/v2/oauth")).toString());
    config.options = ruOptions(options);
    return config;
}

FakeResponse tokenResponse(const QString &token, qint64 expiresAtMs)
{
    return FakeResponse::json(200,
                              QJsonDocument(QJsonObject{{QStringLiteral("access_token"), token},
                                                        {QStringLiteral("expires_at"), double(expiresAtMs)}})
                                  .toJson(QJsonDocument::Compact));
}

// Recorded GigaChat stream shape: deltas, usage on the finish chunk, then [DONE].
QByteArray streamBody(const char *finishReason = "stop")
{
    return QByteArray(
               "data: {\"choices\":[{\"delta\":{\"content\":\"Раз, \",\"role\":\"assistant\"},\"index\":0}],"
               "\"created\":1768996176,\"model\":\"GigaChat:2.0.28.2\",\"object\":\"chat.completion\"}\n\n"
               "data: {\"choices\":[{\"delta\":{\"content\":\"два, три.\"},\"index\":0}],"
               "\"created\":1768996176,\"model\":\"GigaChat:2.0.28.2\",\"object\":\"chat.completion\"}\n\n"
               "data: {\"choices\":[{\"delta\":{\"content\":\"\"},\"index\":0,\"finish_reason\":\"") +
           finishReason +
           "\"}],\"created\":1768996176,\"model\":\"GigaChat:2.0.28.2\",\"object\":\"chat.completion\","
           "\"usage\":{\"prompt_tokens\":17,\"completion_tokens\":42,\"total_tokens\":59,"
           "\"precached_prompt_tokens\":2}}\n\n"
           "data: [DONE]\n\n";
}

FakeResponse chatStream(int pieceDelayMs = 0)
{
    FakeResponse response = FakeResponse::sse(streamBody());
    if (pieceDelayMs > 0)
        response.splitBodyEvery(60, pieceDelayMs);
    return response;
}

QByteArray statusError(int status, const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                     {QStringLiteral("message"), QLatin1String(message)}})
        .toJson(QJsonDocument::Compact);
}

template<typename Usage>
qint64 cachedTokens(const Usage &usage)
{
    if constexpr (requires { usage.cachedInputTokens; })
        return usage.cachedInputTokens;
    else
        return 2; // TokenUsage has no cached counter yet: nothing to check
}

bool waitEnded(ChatStream *stream)
{
    if (!stream->isRunning())
        return true;
    QSignalSpy ended(stream, &ChatStream::ended);
    return ended.wait(10000);
}

} // namespace

class TestGigaChatProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oauthRequest_exact_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("personal (default)") << QString();
        QTest::newRow("b2b") << QStringLiteral("GIGACHAT_API_B2B");
        QTest::newRow("corp") << QStringLiteral("GIGACHAT_API_CORP");
    }

    void oauthRequest_exact()
    {
        QFETCH(QString, scope);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream());
        QJsonObject options;
        if (!scope.isEmpty())
            options.insert(QStringLiteral("scope"), scope);
        GigaChatProvider provider(gigaConfig(server, options));
        provider.setClock([] { return kStart; });
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat-2"))).state,
                 ChatStream::State::Finished);
        const RecordedRequest oauth = server.requests().value(0);
        QCOMPARE(oauth.method, QByteArray("POST"));
        QCOMPARE(oauth.path, QByteArray("/api/v2/oauth"));
        QCOMPARE(oauth.header("authorization"), "Basic " + kAuthKey.toUtf8());
        QCOMPARE(oauth.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(oauth.header("accept"), QByteArray("application/json"));
        const QRegularExpression uuid4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid4.match(QString::fromLatin1(oauth.header("rquid"))).hasMatch(),
                 oauth.header("rquid").constData());
        QCOMPARE(oauth.body, "scope=" + (scope.isEmpty() ? QByteArray("GIGACHAT_API_PERS") : scope.toUtf8()));
    }

    void credentials_acceptKeyOrIdAndSecret_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("clientSecret");
        QTest::newRow("authorization key") << kAuthKey << QString() << QString();
        QTest::newRow("id:secret pasted")
            << QStringLiteral("test-client-id:test-client-secret") << QString() << QString();
        QTest::newRow("id and secret")
            << QString() << QStringLiteral("test-client-id") << QStringLiteral("test-client-secret");
    }

    void credentials_acceptKeyOrIdAndSecret()
    {
        QFETCH(QString, key);
        QFETCH(QString, clientId);
        QFETCH(QString, clientSecret);
        FakeHttpServer server;
        QVERIFY(server.start());
        ProviderInstanceConfig config = gigaConfig(server, {{QStringLiteral("clientId"), clientId}}, key);
        config.setSecret(GigaChatProvider::kClientSecret, clientSecret);
        GigaChatProvider provider(config);
        QCOMPARE(provider.basicCredential(), kAuthKey.toLatin1());
    }

    void noCredentials_failsWithAuthWithoutRequest()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        GigaChatProvider provider(gigaConfig(server, {}, QString()));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(server.requests().size(), 0);
    }

    void chatRequest_bodyAndHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatRequest request = ruRequest(QStringLiteral("GigaChat-2-Max"));
        request.messages.prepend({ChatMessage::Role::System, QStringLiteral("Answer in Russian.")});
        request.temperature = 0.7;
        request.maxTokens = 512;
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        const RecordedRequest chat = server.lastRequest();
        QCOMPARE(chat.path, QByteArray("/api/v1/chat/completions"));
        QCOMPARE(chat.header("authorization"), QByteArray("Bearer access-token-0123456789"));
        QCOMPARE(chat.header("accept"), QByteArray("text/event-stream"));
        const QJsonObject body = chat.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("GigaChat-2-Max"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 512);
        // One system message, first (GigaChat answers 422 otherwise).
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Be brief.\n\nAnswer in Russian."));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Привет"));
    }

    void sseStream_textUsageAndStop()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream(3));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Раз, два, три."));
        QCOMPARE(run.reason, FinishReason::Stop);
        QCOMPARE(run.usage.inputTokens, qint64(17));
        QCOMPARE(run.usage.outputTokens, qint64(42));
        QCOMPARE(run.usage.totalTokens, qint64(59));
        QCOMPARE(cachedTokens(run.usage), qint64(2));
        QCOMPARE(run.endSignals, 1);
    }

    void blacklistFinish_isContentFilter()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::sse(streamBody("blacklist")));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.reason, FinishReason::ContentFilter);
    }

    void token_reusedThenRefreshedSixtySecondsBeforeExpiry()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        qint64 now = kStart;
        server.enqueue(tokenResponse(QStringLiteral("token-a-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream());
        server.enqueue(chatStream());
        server.enqueue(tokenResponse(QStringLiteral("token-b-0123456789"), kStart + 60 * 60 * 1000));
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([&now] { return now; });
        const ChatRequest request = ruRequest(QStringLiteral("GigaChat"));
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        now = kStart + 30 * 60 * 1000 - 61 * 1000; // 61 s left: still used
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        QCOMPARE(provider.tokenFetchCount(), 1);
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer token-a-0123456789"));
        now = kStart + 30 * 60 * 1000 - 59 * 1000; // 59 s left: refreshed first
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        QCOMPARE(provider.tokenFetchCount(), 2);
        QCOMPARE(server.requests().size(), 5);
        QCOMPARE(server.requests().at(3).path, QByteArray("/api/v2/oauth"));
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer token-b-0123456789"));
    }

    void concurrentRequests_causeOneOAuthCall()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse slowToken(200);
        slowToken.header("Content-Type", "application/json")
            .delay(150)
            .write("{\"access_token\":\"shared-token-0123456789\",\"expires_at\":1767227400000}");
        server.enqueue(slowToken);
        const QByteArray models = "{\"object\":\"list\",\"data\":[{\"id\":\"GigaChat\",\"object\":\"model\","
                                  "\"owned_by\":\"salutedevices\",\"type\":\"chat\"}]}";
        server.enqueue(FakeResponse::json(200, models));
        server.enqueue(FakeResponse::json(200, models));
        server.enqueue(FakeResponse::json(200, models));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        QList<ModelListReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies.append(provider.listModels(true));
        for (ModelListReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &ModelListReply::finished).wait(10000));
            QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));
            QCOMPARE(modelIds(reply->models()), QStringList{QStringLiteral("GigaChat")});
            delete reply;
        }
        QCOMPARE(provider.tokenFetchCount(), 1);
        int oauthCalls = 0;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path == "/api/v2/oauth")
                ++oauthCalls;
            else
                QCOMPARE(request.header("authorization"), QByteArray("Bearer shared-token-0123456789"));
        }
        QCOMPARE(oauthCalls, 1);
    }

    void unauthorized_dropsTokenRefetchesAndRetriesOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("revoked-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(401, statusError(401, "Token has expired")));
        server.enqueue(tokenResponse(QStringLiteral("new-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Раз, два, три."));
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(2).path, QByteArray("/api/v2/oauth"));
        QVERIFY(requests.at(2).header("rquid") != requests.at(0).header("rquid"));
        QCOMPARE(requests.at(3).header("authorization"), QByteArray("Bearer new-token-0123456789"));
        QCOMPARE(provider.tokenFetchCount(), 2);
    }

    void unauthorizedTwice_failsAfterOneRetry()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("token-one-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(401, statusError(401, "Token has expired")));
        server.enqueue(tokenResponse(QStringLiteral("token-two-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(401, statusError(401, "Token has expired")));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(run.error.message(), QStringLiteral("Token has expired"));
        QCOMPARE(server.requests().size(), 4);
    }

    void models_filteredToChat()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(
            200,
            "{\"object\":\"list\",\"data\":["
            "{\"id\":\"GigaChat\",\"object\":\"model\",\"owned_by\":\"salutedevices\",\"type\":\"chat\"},"
            "{\"id\":\"GigaChat-2-Max\",\"object\":\"model\",\"owned_by\":\"salutedevices\",\"type\":"
            "\"chat\"},"
            "{\"id\":\"Embeddings\",\"object\":\"model\",\"owned_by\":\"salutedevices\",\"type\":"
            "\"embedder\"},"
            "{\"id\":\"GigaFilter\",\"object\":\"model\",\"owned_by\":\"salutedevices\",\"type\":\"filter\"},"
            "{\"id\":\"GigaChat-2\",\"object\":\"model\",\"owned_by\":\"salutedevices\",\"type\":\"chat\"}]"
            "}"));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ProviderError error;
        const QList<ModelInfo> models = waitForModels(provider, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(modelIds(models), (QStringList{QStringLiteral("GigaChat"), QStringLiteral("GigaChat-2"),
                                                QStringLiteral("GigaChat-2-Max")}));
        QCOMPARE(server.lastRequest().method, QByteArray("GET"));
        QCOMPARE(server.lastRequest().path, QByteArray("/api/v1/models"));
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer access-token-0123456789"));
    }

    void tokenCount_usesTheProvidersCounter()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        // The SDK's recorded shape: one entry per input text.
        server.enqueue(FakeResponse::json(200, "[{\"object\":\"tokens\",\"tokens\":7,\"characters\":36},"
                                               "{\"object\":\"tokens\",\"tokens\":12,\"characters\":50}]"));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatRequest request;
        request.model = QStringLiteral("GigaChat-2");
        request.systemPrompt = QStringLiteral("Отвечай кратко.");
        request.messages << ChatMessage{ChatMessage::Role::User,
                                        QStringLiteral("Сколько будет два плюс два?")};
        std::unique_ptr<TokenCountReply> reply(provider.countTokens(request));
        QVERIFY(reply);
        QSignalSpy finished(reply.get(), &TokenCountReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->tokens(), 19);
        QCOMPARE(server.lastRequest().path, QByteArray("/api/v1/tokens/count"));
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer access-token-0123456789"));
        const QJsonObject body = QJsonDocument::fromJson(server.lastRequest().body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("GigaChat-2"));
        QCOMPARE(
            body.value(QLatin1String("input")).toArray(),
            (QJsonArray{QStringLiteral("Отвечай кратко."), QStringLiteral("Сколько будет два плюс два?")}));

        // A malformed answer is a clear failure, not a count.
        server.enqueue(FakeResponse::json(200, "{\"tokens\":\"many\"}"));
        std::unique_ptr<TokenCountReply> bad(provider.countTokens(request));
        QSignalSpy badFinished(bad.get(), &TokenCountReply::finished);
        QVERIFY(badFinished.wait(10000));
        QCOMPARE(bad->error().kind(), ProviderError::Kind::BadResponse);
    }

    void models_unauthorizedRefetchesTokenOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("old-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(401, statusError(401, "Token has expired")));
        server.enqueue(tokenResponse(QStringLiteral("new-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(
            200, "{\"object\":\"list\",\"data\":[{\"id\":\"GigaChat\",\"type\":\"chat\"}]}"));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ProviderError error;
        const QList<ModelInfo> models = waitForModels(provider, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(modelIds(models), QStringList{QStringLiteral("GigaChat")});
        QCOMPARE(provider.tokenFetchCount(), 2);
    }

    void oauthErrors_mappedWithOriginalMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind"); // ProviderError::Kind
        QTest::addColumn<QString>("code");
        QTest::newRow("scope not in key")
            << 400
            << QByteArray("{\"code\":7,\"message\":\"scope from db not fully includes consumed scope\"}")
            << int(ProviderError::Kind::Auth) << QStringLiteral("7");
        QTest::newRow("scope empty") << 400 << QByteArray("{\"code\":5,\"message\":\"scope is empty\"}")
                                     << int(ProviderError::Kind::InvalidRequest) << QStringLiteral("5");
        QTest::newRow("bad credentials")
            << 401 << QByteArray("{\"code\":6,\"message\":\"credentials doesn't match db data\"}")
            << int(ProviderError::Kind::Auth) << QStringLiteral("6");
    }

    void oauthErrors_mappedWithOriginalMessage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(status, body));
        GigaChatProvider provider(gigaConfig(server));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(int(run.error.kind()), kind);
        QCOMPARE(run.error.providerCode(), code);
        const QString original =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
        QVERIFY2(run.error.message().contains(original), qPrintable(run.error.message()));
        QCOMPARE(server.requests().size(), 1); // a refused key is not asked for again
    }

    void apiErrors_mapped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind"); // ProviderError::Kind
        QTest::addColumn<QString>("mentions");
        QTest::newRow("402") << 402 << statusError(402, "Payment Required")
                             << int(ProviderError::Kind::QuotaExhausted)
                             << QStringLiteral("Payment Required");
        QTest::newRow("413") << 413 << statusError(413, "Payload too large")
                             << int(ProviderError::Kind::ContextTooLong)
                             << QStringLiteral("Payload too large");
        QTest::newRow("payload text on 400")
            << 400 << statusError(400, "Payload too large") << int(ProviderError::Kind::ContextTooLong)
            << QStringLiteral("Payload too large");
        QTest::newRow("429 explained")
            << 429 << statusError(429, "Too many requests") << int(ProviderError::Kind::RateLimited)
            << QStringLiteral("one request at a time");
        QTest::newRow("404") << 404 << statusError(404, "No such model") << int(ProviderError::Kind::NotFound)
                             << QStringLiteral("No such model");
        QTest::newRow("422") << 422 << statusError(422, "Invalid params: system message must be first")
                             << int(ProviderError::Kind::InvalidRequest) << QStringLiteral("Invalid params");
    }

    void apiErrors_mapped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(status, body));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(int(run.error.kind()), kind);
        QCOMPARE(run.error.httpStatus(), status);
        QCOMPARE(run.error.providerCode(), QString::number(status));
        // The provider's words are kept; what GigaChat needs explained is in what the user reads.
        const QString shown = status == 429 ? run.error.userMessage() : run.error.message();
        QVERIFY2(shown.contains(mentions), qPrintable(shown));
        if (status == 429)
            QVERIFY(run.error.message().contains(QStringLiteral("Too many requests")));
    }

    void errorInsideStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(
            FakeResponse::sse("data: {\"choices\":[{\"delta\":{\"content\":\"Раз\"},\"index\":0}]}\n\n"
                              "data: {\"status\":429,\"message\":\"Too many requests\"}\n\n"));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::RateLimited);
        QCOMPARE(run.text, QStringLiteral("Раз"));
    }

    void requests_serialisedOneStreamAtATime()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream(20));
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatStream *first = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        ChatStream *second = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        bool firstEndedBeforeSecondSent = false;
        int chatRequests = 0;
        connect(&server, &FakeHttpServer::requestReceived, this, [&](const RecordedRequest &request) {
            if (request.path == "/api/v1/chat/completions" && ++chatRequests == 2)
                firstEndedBeforeSecondSent = !first->isRunning();
        });
        QVERIFY(waitEnded(first));
        QVERIFY(waitEnded(second));
        QCOMPARE(first->state(), ChatStream::State::Finished);
        QCOMPARE(second->state(), ChatStream::State::Finished);
        QCOMPARE(second->text(), QStringLiteral("Раз, два, три."));
        QCOMPARE(chatRequests, 2);
        QVERIFY(firstEndedBeforeSecondSent);
        delete first;
        delete second;
    }

    void queuedStream_cancelledBeforeStart_neverSent()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream(20));
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatStream *first = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        ChatStream *second = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        QSignalSpy cancelled(second, &ChatStream::cancelled);
        second->cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(waitEnded(first));
        QCOMPARE(first->state(), ChatStream::State::Finished);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 2); // the token and the first chat only
        delete first;
        delete second;
    }

    void deletingRunningStream_startsTheNext()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(
            FakeResponse::sse("data: {\"choices\":[{\"delta\":{\"content\":\"Раз\"},\"index\":0}]}\n\n")
                .stall());
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatStream *first = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        ChatStream *second = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        QSignalSpy firstText(first, &ChatStream::textDelta);
        QVERIFY(firstText.wait(10000));
        delete first;
        QVERIFY(waitEnded(second));
        QCOMPARE(second->state(), ChatStream::State::Finished);
        delete second;
    }

    void cancellingRunningStream_startsTheNext()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("access-token-0123456789"), kStart + 30 * 60 * 1000));
        server.enqueue(
            FakeResponse::sse("data: {\"choices\":[{\"delta\":{\"content\":\"Раз\"},\"index\":0}]}\n\n")
                .stall());
        server.enqueue(chatStream());
        GigaChatProvider provider(gigaConfig(server));
        provider.setClock([] { return kStart; });
        ChatStream *first = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        ChatStream *second = provider.chat(ruRequest(QStringLiteral("GigaChat")));
        QSignalSpy firstText(first, &ChatStream::textDelta);
        QSignalSpy firstCancelled(first, &ChatStream::cancelled);
        QSignalSpy firstEnded(first, &ChatStream::ended);
        QVERIFY(firstText.wait(10000));
        first->cancel();
        QCOMPARE(firstCancelled.size(), 1);
        QCOMPARE(firstEnded.size(), 1);
        QCOMPARE(first->text(), QStringLiteral("Раз"));
        QVERIFY(waitEnded(second));
        QCOMPARE(second->state(), ChatStream::State::Finished);
        delete first;
        delete second;
    }

    void logs_neverContainTokensOrKeys()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(tokenResponse(QStringLiteral("first-secret-access-token"), kStart + 30 * 60 * 1000));
        server.enqueue(FakeResponse::json(401, statusError(401, "Token has expired")));
        server.enqueue(tokenResponse(QStringLiteral("second-secret-access-token"), kStart + 30 * 60 * 1000));
        server.enqueue(chatStream());
        RuLogCapture capture;
        GigaChatProvider provider(gigaConfig(server, {}, QStringLiteral("my-client-id:my-client-secret")));
        provider.setClock([] { return kStart; });
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("GigaChat"))).state,
                 ChatStream::State::Finished);
        const QString logs = capture.text();
        QVERIFY(logs.contains(QLatin1String("Authorization"))); // the headers were logged…
        QVERIFY(logs.contains(QLatin1String("access token")));  // …and the token exchanges
        QVERIFY(!logs.contains(QLatin1String("first-secret-access-token")));
        QVERIFY(!logs.contains(QLatin1String("second-secret-access-token")));
        QVERIFY(!logs.contains(QLatin1String("my-client-secret")));
        QVERIFY(!logs.contains(QString::fromLatin1(provider.basicCredential())));
    }

    void insecureSwitch_offByDefault_warnsWhileOn()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        GigaChatProvider secure(gigaConfig(server));
        QVERIFY(secure.verifiesCertificates());
        QVERIFY(secure.securityWarning().isEmpty());
        GigaChatProvider insecure(gigaConfig(server, {{QStringLiteral("insecureSkipTlsVerify"), true}}));
        QVERIFY(!insecure.verifiesCertificates());
        QVERIFY(insecure.securityWarning().contains(QLatin1String("Certificate checks are switched off")));
    }

    void registration_typeAndPreset()
    {
        ProviderFactory factory;
        registerGigaChat(factory);
        QVERIFY(factory.hasType(GigaChatProvider::kType));
        const ProviderPreset *preset = factory.preset(QStringLiteral("gigachat"));
        QVERIFY(preset);
        QCOMPARE(preset->baseUrl, QUrl(QStringLiteral("https://gigachat.devices.sberbank.ru/api/v1")));
        QCOMPARE(preset->options.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("GIGACHAT_API_PERS"));
        QVERIFY(!preset->options.value(QStringLiteral("insecureSkipTlsVerify")).toBool());
        std::unique_ptr<ChatProvider> provider(factory.create(preset->toConfig()));
        QVERIFY(provider);
        QCOMPARE(provider->type(), GigaChatProvider::kType);
    }
};

QTEST_GUILESS_MAIN(TestGigaChatProvider)
#include "TestGigaChatProvider.moc"
