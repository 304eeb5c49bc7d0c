// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuTestSupport.h"
#include "llm/ProviderFactory.h"
#include "providers/yandex/YandexGptProvider.h"
#include "providers/yandex/YandexProviders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace {

const QString kFolder = QStringLiteral("b1gtestfolder0000000");
const QString kApiKey = QStringLiteral("AQVNtestApiKey0123456789SECRET");
const QString kIamToken = QStringLiteral("t1.9euelZrtestIamToken0123456789");
const QString kOAuthToken = QStringLiteral("y0_AgAAAAtestOAuthToken0123456789");

ProviderInstanceConfig yandexConfig(const FakeHttpServer &server, const QString &key,
                                    QJsonObject options = {})
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-yandex");
    config.type = YandexGptProvider::kType;
    config.baseUrl = server.url();
    config.setApiKey(key);
    if (!options.contains(QStringLiteral("folderId")))
        options.insert(QStringLiteral("folderId"), kFolder);
    options.insert(QStringLiteral("iamUrl"), server.url(QStringLiteral("/iam/v1/tokens")).toString());
    config.options = ruOptions(options);
    return config;
}

QByteArray snapshot(const QString &text, const char *status = "ALTERNATIVE_STATUS_PARTIAL", int input = 32,
                    int completion = 1)
{
    const QJsonObject alternative{
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("text"), text}}},
        {QStringLiteral("status"), QLatin1String(status)}};
    // Numbers as strings, the way proto3 JSON sends int64.
    const QJsonObject usage{{QStringLiteral("inputTextTokens"), QString::number(input)},
                            {QStringLiteral("completionTokens"), QString::number(completion)},
                            {QStringLiteral("totalTokens"), QString::number(input + completion)}};
    const QJsonObject result{{QStringLiteral("alternatives"), QJsonArray{alternative}},
                             {QStringLiteral("usage"), usage},
                             {QStringLiteral("modelVersion"), QStringLiteral("09.02.2025")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("result"), result}}).toJson(QJsonDocument::Compact) +
           '\n';
}

// The completion stream as Yandex sends it: one JSON object per line, each line its own read.
FakeResponse stream(const QList<QByteArray> &lines)
{
    FakeResponse response(200);
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")).chunked();
    for (const QByteArray &line : lines)
        response.write(line).delay(5);
    return response;
}

FakeResponse helloStream()
{
    return stream({snapshot(QStringLiteral("Hel")),
                   snapshot(QStringLiteral("Hello"), "ALTERNATIVE_STATUS_FINAL", 32, 2)});
}

FakeResponse iamResponse(const QString &token,
                         const QString &expiresAt = QStringLiteral("2100-01-01T00:00:00.559278450Z"))
{
    return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("iamToken"), token},
                                                             {QStringLiteral("expiresAt"), expiresAt}})
                                       .toJson(QJsonDocument::Compact));
}

QByteArray grpcError(int grpcCode, int httpCode, const char *message, const char *httpStatus)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("grpcCode"), grpcCode},
                                                  {QStringLiteral("httpCode"), httpCode},
                                                  {QStringLiteral("message"), QLatin1String(message)},
                                                  {QStringLiteral("httpStatus"), QLatin1String(httpStatus)},
                                                  {QStringLiteral("details"), QJsonArray()}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestYandexGptProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void apiKey_sendsHeadersAndNativeBody()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(helloStream());
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        ChatRequest request = ruRequest(QStringLiteral("yandexgpt-lite"));
        request.temperature = 1.7; // Yandex accepts 0..1 only
        request.maxTokens = 500;
        const RuChatRun run = RuChatRun::run(provider, request);
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest sent = server.lastRequest();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/foundationModels/v1/completion"));
        QCOMPARE(sent.header("authorization"), "Api-Key " + kApiKey.toUtf8());
        QCOMPARE(sent.header("x-folder-id"), kFolder.toUtf8());
        QCOMPARE(sent.header("x-data-logging-enabled"), QByteArray("false"));
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(QStringLiteral("modelUri")).toString(),
                 QStringLiteral("gpt://%1/yandexgpt-lite/latest").arg(kFolder));
        const QJsonObject options = body.value(QStringLiteral("completionOptions")).toObject();
        QCOMPARE(options.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(options.value(QStringLiteral("temperature")).toDouble(), 1.0);
        QCOMPARE(options.value(QStringLiteral("maxTokens")).toString(), QStringLiteral("500"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                              {QStringLiteral("text"), QStringLiteral("Be brief.")}}));
        QCOMPARE(messages.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("text"), QStringLiteral("Привет")}}));
        QVERIFY(!messages.at(1).toObject().contains(QStringLiteral("content")));
    }

    void tokenCount_tokenizesTheWholeCompletionRequest()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        // TokenizeResponse: every token with its id and text, then the model version.
        server.enqueue(FakeResponse::json(
            200,
            R"({"tokens":[{"id":"1","text":"<s>","special":true},{"id":"17","text":"Be","special":false},)"
            R"({"id":"934","text":" brief","special":false},{"id":"5","text":"Привет","special":false}],)"
            R"("modelVersion":"23.10.2024"})"));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        std::unique_ptr<TokenCountReply> reply(
            provider.countTokens(ruRequest(QStringLiteral("yandexgpt-lite"))));
        QVERIFY(reply);
        QSignalSpy finished(reply.get(), &TokenCountReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->tokens(), 4);
        const RecordedRequest sent = server.lastRequest();
        QCOMPARE(sent.path, QByteArray("/foundationModels/v1/tokenizeCompletion"));
        QCOMPARE(sent.header("authorization"), "Api-Key " + kApiKey.toUtf8());
        QCOMPARE(sent.json().value(QStringLiteral("modelUri")).toString(),
                 QStringLiteral("gpt://%1/yandexgpt-lite/latest").arg(kFolder));
        QCOMPARE(sent.json().value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void negativeTemperature_clampedToZero()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(helloStream());
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        ChatRequest request = ruRequest(QStringLiteral("yandexgpt"));
        request.temperature = -0.5;
        RuChatRun::run(provider, request);
        const QJsonObject options =
            server.lastRequest().json().value(QStringLiteral("completionOptions")).toObject();
        QCOMPARE(options.value(QStringLiteral("temperature")).toDouble(), 0.0);
        QVERIFY(!options.contains(QStringLiteral("maxTokens")));
    }

    void allowDataLogging_dropsOptOutHeader()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(helloStream());
        YandexGptProvider provider(
            yandexConfig(server, kApiKey, {{QStringLiteral("allowDataLogging"), true}}));
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt"))).state,
                 ChatStream::State::Finished);
        QVERIFY(!server.lastRequest().headers.contains("x-data-logging-enabled"));
    }

    void iamToken_sentAsBearer_data()
    {
        QTest::addColumn<QString>("authMode");
        QTest::newRow("explicit") << QStringLiteral("iam");
        QTest::newRow("recognised by t1. prefix") << QString();
    }

    void iamToken_sentAsBearer()
    {
        QFETCH(QString, authMode);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(helloStream());
        QJsonObject options;
        if (!authMode.isEmpty())
            options.insert(QStringLiteral("authMode"), authMode);
        YandexGptProvider provider(yandexConfig(server, kIamToken, options));
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt"))).state,
                 ChatStream::State::Finished);
        QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + kIamToken.toUtf8());
        QCOMPARE(server.lastRequest().header("x-folder-id"), kFolder.toUtf8());
    }

    void oauth_exchangedForIamTokenAndReused()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(iamResponse(QStringLiteral("t1.first-iam-token-0123456789")));
        server.enqueue(helloStream());
        server.enqueue(helloStream());
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt"))).state,
                 ChatStream::State::Finished);
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt"))).state,
                 ChatStream::State::Finished);
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).path, QByteArray("/iam/v1/tokens"));
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).json(),
                 (QJsonObject{{QStringLiteral("yandexPassportOauthToken"), kOAuthToken}}));
        QVERIFY(!requests.at(0).headers.contains("authorization"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(requests.at(i).path, QByteArray("/foundationModels/v1/completion"));
            QCOMPARE(requests.at(i).header("authorization"),
                     QByteArray("Bearer t1.first-iam-token-0123456789"));
            QCOMPARE(requests.at(i).header("x-folder-id"), kFolder.toUtf8());
        }
        QCOMPARE(provider.tokenFetchCount(), 1);
    }

    void oauth_refreshedBeforeExpiryAndHourly()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        qint64 now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // Expires in 12 h: only the hourly refresh applies.
        server.enqueue(iamResponse(QStringLiteral("t1.token-a-0123456789"),
                                   QStringLiteral("2026-01-01T12:00:00.123456789Z")));
        server.enqueue(helloStream());
        server.enqueue(helloStream());
        server.enqueue(
            iamResponse(QStringLiteral("t1.token-b-0123456789"), QStringLiteral("2026-01-01T01:10:00Z")));
        server.enqueue(helloStream());
        server.enqueue(
            iamResponse(QStringLiteral("t1.token-c-0123456789"), QStringLiteral("2026-01-01T13:00:00Z")));
        server.enqueue(helloStream());
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        provider.setClock([&now] { return now; });
        const ChatRequest request = ruRequest(QStringLiteral("yandexgpt"));
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        now += 59 * 60 * 1000; // 00:59: still fresh
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        QCOMPARE(provider.tokenFetchCount(), 1);
        now += 2 * 60 * 1000; // 01:01: older than an hour
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        QCOMPARE(provider.tokenFetchCount(), 2);
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer t1.token-b-0123456789"));
        now += 6 * 60 * 1000; // 01:07: token b expires at 01:10, within the 5 min margin
        QCOMPARE(RuChatRun::run(provider, request).state, ChatStream::State::Finished);
        QCOMPARE(provider.tokenFetchCount(), 3);
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer t1.token-c-0123456789"));
    }

    void oauth_unauthorizedRefreshesIamOnceAndRetries()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(iamResponse(QStringLiteral("t1.stale-token-0123456789")));
        server.enqueue(FakeResponse::json(401, grpcError(16, 401, "The token has expired", "Unauthorized")));
        server.enqueue(iamResponse(QStringLiteral("t1.fresh-token-0123456789")));
        server.enqueue(helloStream());
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello"));
        QCOMPARE(server.requests().size(), 4);
        QCOMPARE(server.requests().at(2).path, QByteArray("/iam/v1/tokens"));
        QCOMPARE(server.lastRequest().header("authorization"),
                 QByteArray("Bearer t1.fresh-token-0123456789"));
        QCOMPARE(provider.tokenFetchCount(), 2);
    }

    void oauth_secondUnauthorizedFailsWithoutLooping()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(iamResponse(QStringLiteral("t1.token-one-0123456789")));
        server.enqueue(FakeResponse::json(401, grpcError(16, 401, "The token has expired", "Unauthorized")));
        server.enqueue(iamResponse(QStringLiteral("t1.token-two-0123456789")));
        server.enqueue(FakeResponse::json(401, grpcError(16, 401, "The token has expired", "Unauthorized")));
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(server.requests().size(), 4);
    }

    void logs_neverContainOAuthOrIamTokens()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(iamResponse(QStringLiteral("t1.secret-iam-token-0123456789")));
        server.enqueue(helloStream());
        RuLogCapture capture;
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        QCOMPARE(RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt"))).state,
                 ChatStream::State::Finished);
        const QString logs = capture.text();
        QVERIFY(logs.contains(QLatin1String("Authorization")));
        QVERIFY(logs.contains(QLatin1String("IAM token")));
        QVERIFY(!logs.contains(QLatin1String("t1.secret-iam-token-0123456789")));
        QVERIFY(!logs.contains(kOAuthToken));
    }

    void apiKey_unauthorizedIsNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::json(401, grpcError(16, 401, "Unknown api key 'AQVN...'", "Unauthorized")));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(run.error.providerCode(), QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(run.error.message().contains(QLatin1String("Unknown api key")));
        QCOMPARE(server.requests().size(), 1);
    }

    void oauth_exchangeRefused_isAuthError()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::json(401, grpcError(16, 401, "The OAuth token is invalid", "Unauthorized")));
        YandexGptProvider provider(
            yandexConfig(server, kOAuthToken, {{QStringLiteral("authMode"), QStringLiteral("oauth")}}));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QVERIFY(run.error.message().contains(QLatin1String("The OAuth token is invalid")));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).path, QByteArray("/iam/v1/tokens"));
    }

    void modelUri_built_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("uri");
        QTest::newRow("default branch")
            << "yandexgpt" << QString() << "gpt://b1gtestfolder0000000/yandexgpt/latest";
        QTest::newRow("rc branch") << "llama-lite"
                                   << "rc"
                                   << "gpt://b1gtestfolder0000000/llama-lite/rc";
        QTest::newRow("typed branch") << "yandexgpt-lite/deprecated" << QString()
                                      << "gpt://b1gtestfolder0000000/yandexgpt-lite/deprecated";
        QTest::newRow("full uri as is") << "gpt://b1gother/yandexgpt-32k/rc"
                                        << "latest"
                                        << "gpt://b1gother/yandexgpt-32k/rc";
        QTest::newRow("any typed name")
            << "qwen3-235b-a22b-fp8" << QString() << "gpt://b1gtestfolder0000000/qwen3-235b-a22b-fp8/latest";
    }

    void modelUri_built()
    {
        QFETCH(QString, model);
        QFETCH(QString, branch);
        QFETCH(QString, uri);
        FakeHttpServer server;
        QVERIFY(server.start());
        QJsonObject options;
        if (!branch.isEmpty())
            options.insert(QStringLiteral("modelBranch"), branch);
        YandexGptProvider provider(yandexConfig(server, kApiKey, options));
        QCOMPARE(provider.modelUri(model), uri);
        QCOMPARE(provider.requestBody(ruRequest(model)).value(QStringLiteral("modelUri")).toString(), uri);
    }

    void missingFolder_failsBeforeSending()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        YandexGptProvider provider(yandexConfig(server, kOAuthToken,
                                                {{QStringLiteral("authMode"), QStringLiteral("oauth")},
                                                 {QStringLiteral("folderId"), QString()}}));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::InvalidRequest);
        QVERIFY(run.error.message().contains(QLatin1String("folder")));
        QCOMPARE(run.endSignals, 1);
        QCOMPARE(server.requests().size(), 0);
    }

    void apiKeyWithFullUri_needsNoFolder()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(helloStream());
        YandexGptProvider provider(yandexConfig(server, kApiKey, {{QStringLiteral("folderId"), QString()}}));
        const RuChatRun run =
            RuChatRun::run(provider, ruRequest(QStringLiteral("gpt://b1gother/yandexgpt/rc")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QVERIFY(!server.lastRequest().headers.contains("x-folder-id"));
        QCOMPARE(server.lastRequest().json().value(QStringLiteral("modelUri")).toString(),
                 QStringLiteral("gpt://b1gother/yandexgpt/rc"));
    }

    void cumulativeStream_becomesExactDeltasWithRevision()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            stream({snapshot(QStringLiteral("Hel")), snapshot(QStringLiteral("Hello")),
                    snapshot(QStringLiteral("Hello wor")),
                    // Yandex revised earlier text: not an extension of "Hello wor".
                    snapshot(QStringLiteral("Hello, world")), snapshot(QStringLiteral("Hello, world")),
                    snapshot(QStringLiteral("Hello, world! Привет"), "ALTERNATIVE_STATUS_FINAL", 32, 8)}));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.deltas, (QStringList{QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" wor"),
                                          QStringLiteral("! Привет")}));
        QCOMPARE(run.replacements, QStringList{QStringLiteral("Hello, world")});
        QCOMPARE(run.text, QStringLiteral("Hello, world! Привет"));
        QCOMPARE(run.reason, FinishReason::Stop);
        QCOMPARE(run.endSignals, 1);
    }

    void usage_readFromStringsOfLastObject()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(stream({snapshot(QStringLiteral("E"), "ALTERNATIVE_STATUS_PARTIAL", 32, 1),
                               snapshot(QStringLiteral("Errors will not correct themselves."),
                                        "ALTERNATIVE_STATUS_FINAL", 32, 8)}));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.usage.inputTokens, qint64(32));
        QCOMPARE(run.usage.outputTokens, qint64(8));
        QCOMPARE(run.usage.totalTokens, qint64(40));
    }

    void status_mapsToFinishReason_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<FinishReason>("reason");
        QTest::newRow("final") << QByteArray("ALTERNATIVE_STATUS_FINAL") << FinishReason::Stop;
        QTest::newRow("truncated") << QByteArray("ALTERNATIVE_STATUS_TRUNCATED_FINAL")
                                   << FinishReason::Length;
        QTest::newRow("content filter")
            << QByteArray("ALTERNATIVE_STATUS_CONTENT_FILTER") << FinishReason::ContentFilter;
    }

    void status_mapsToFinishReason()
    {
        QFETCH(QByteArray, status);
        QFETCH(FinishReason, reason);
        FakeHttpServer server;
        QVERIFY(server.start());
        // The final object arrives while the connection stays open: the status alone ends the answer.
        FakeResponse response = stream({snapshot(QStringLiteral("Partial")),
                                        snapshot(QStringLiteral("Partial text"), status.constData())});
        server.enqueue(response.stall());
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.reason, reason);
        QCOMPARE(run.text, QStringLiteral("Partial text"));
    }

    void rateLimited_resourceExhausted()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(
            429, grpcError(8, 429, "Quota limit ai.languageModels.requestCount.rate exceeded",
                           "Too Many Requests")));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::RateLimited);
        QCOMPARE(run.error.kindName(), QStringLiteral("rate_limited"));
        QCOMPARE(run.error.providerCode(), QStringLiteral("RESOURCE_EXHAUSTED"));
        QCOMPARE(run.error.httpStatus(), 429);
        QVERIFY(run.error.message().contains(QLatin1String("requestCount.rate")));
    }

    void badRequest_contextOverflowOrInvalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind"); // ProviderError::Kind
        QTest::newRow("input tokens")
            << grpcError(3, 400,
                         "Error in session internal_id=1: number of input tokens must be "
                         "no more than 8192, got 28498",
                         "Bad Request")
            << int(ProviderError::Kind::ContextTooLong);
        QTest::newRow("text length") << grpcError(
                                            3, 400,
                                            "text length is 349354, which is outside the range (0, 100000]",
                                            "Bad Request")
                                     << int(ProviderError::Kind::ContextTooLong);
        QTest::newRow("gateway shape")
            << QByteArray("{\"code\":3,\"message\":\"number of input tokens must be no "
                          "more than 8192, got 9000\",\"details\":[]}")
            << int(ProviderError::Kind::ContextTooLong);
        QTest::newRow("bad model uri") << grpcError(3, 400, "Failed to parse model URI", "Bad Request")
                                       << int(ProviderError::Kind::InvalidRequest);
    }

    void badRequest_contextOverflowOrInvalid()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(400, body));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(int(run.error.kind()), kind);
        QCOMPARE(run.error.providerCode(), QStringLiteral("INVALID_ARGUMENT"));
    }

    void plainTextErrorBody_keptAsMessage()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::text(403, "text/plain", "Permission denied to folder b1gtestfolder0000000\n"));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::Permission);
        QCOMPARE(run.error.message(), QStringLiteral("Permission denied to folder b1gtestfolder0000000"));
    }

    void errorObjectInStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(stream({snapshot(QStringLiteral("Начало")),
                               grpcError(13, 500, "Internal error", "Internal Server Error") + '\n'}));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::ServerError);
        QCOMPARE(run.text, QStringLiteral("Начало"));
    }

    void cutConnection_keepsPartialText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse response =
            stream({snapshot(QStringLiteral("Первая")), snapshot(QStringLiteral("Первая часть"))});
        server.enqueue(response.cut());
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        const RuChatRun run = RuChatRun::run(provider, ruRequest(QStringLiteral("yandexgpt")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Network);
        QCOMPARE(run.text, QStringLiteral("Первая часть"));
        QCOMPARE(run.deltas, (QStringList{QStringLiteral("Первая"), QStringLiteral(" часть")}));
    }

    void models_staticList()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        ProviderError error;
        const QList<ModelInfo> models = waitForModels(provider, &error);
        QVERIFY(!error.isError());
        QCOMPARE(modelIds(models), (QStringList{QStringLiteral("yandexgpt-lite"), QStringLiteral("yandexgpt"),
                                                QStringLiteral("llama-lite"), QStringLiteral("llama")}));
        QCOMPARE(server.requests().size(), 0);
    }

    void health_probedWithTokenizeCall_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state"); // HealthStatus::State
        QTest::newRow("online") << 200 << QByteArray("{\"tokens\":[{\"id\":\"1\",\"text\":\"ping\"}]}")
                                << int(HealthStatus::State::Online);
        QTest::newRow("bad key") << 401 << grpcError(16, 401, "Unknown api key", "Unauthorized")
                                 << int(HealthStatus::State::AuthFailed);
        QTest::newRow("quota") << 429 << grpcError(8, 429, "Quota exceeded", "Too Many Requests")
                               << int(HealthStatus::State::Degraded);
    }

    void health_probedWithTokenizeCall()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(status, body));
        YandexGptProvider provider(yandexConfig(server, kApiKey));
        HealthReply *reply = provider.checkHealth();
        QSignalSpy finished(reply, &HealthReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(int(reply->status().state), state);
        delete reply;
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest sent = server.lastRequest();
        QCOMPARE(sent.path, QByteArray("/foundationModels/v1/tokenize"));
        QCOMPARE(sent.header("authorization"), "Api-Key " + kApiKey.toUtf8());
        QCOMPARE(sent.json().value(QStringLiteral("modelUri")).toString(),
                 QStringLiteral("gpt://%1/yandexgpt-lite/latest").arg(kFolder));
        // The plain model list still needs no network.
        ProviderError error;
        QCOMPARE(waitForModels(provider, &error).size(), 4);
        QCOMPARE(server.requests().size(), 1);
    }

    void registration_typeAndPresets()
    {
        ProviderFactory factory;
        registerYandexGpt(factory);
        QVERIFY(factory.hasType(YandexGptProvider::kType));
        const ProviderPreset *native = factory.preset(QStringLiteral("yandexgpt"));
        QVERIFY(native);
        QCOMPARE(native->baseUrl, QUrl(QStringLiteral("https://llm.api.cloud.yandex.net")));
        QCOMPARE(native->options.value(QStringLiteral("allowDataLogging")).toBool(true), false);
        const ProviderPreset *compatible = factory.preset(QStringLiteral("yandex-openai"));
        QVERIFY(compatible);
        QCOMPARE(compatible->type, QStringLiteral("openai"));
        QCOMPARE(compatible->baseUrl, QUrl(QStringLiteral("https://llm.api.cloud.yandex.net/v1")));
        const ProviderPreset withFolder = yandexOpenAiPreset(kFolder);
        QCOMPARE(withFolder.options.value(QStringLiteral("extraHeaders"))
                     .toObject()
                     .value(QStringLiteral("OpenAI-Project"))
                     .toString(),
                 kFolder);
        QCOMPARE(withFolder.defaultModel, QStringLiteral("gpt://%1/yandexgpt/latest").arg(kFolder));
        std::unique_ptr<ChatProvider> provider(factory.create(native->toConfig()));
        QVERIFY(provider);
        QCOMPARE(provider->type(), YandexGptProvider::kType);
    }
};

QTEST_GUILESS_MAIN(TestYandexGptProvider)
#include "TestYandexGptProvider.moc"
