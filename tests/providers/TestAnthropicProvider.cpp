// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "providers/anthropic/AnthropicProvider.h"
#include "providers/anthropic/AnthropicProviders.h"

#include <QJsonArray>
#include <QStandardPaths>

namespace {

const QString kKey = QStringLiteral("sk-ant-api03-test0123456789SECRET");

ProviderInstanceConfig configFor(const FakeHttpServer &server, QJsonObject options = {})
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-anthropic");
    config.type = AnthropicProvider::kType;
    config.baseUrl = server.url();
    config.setApiKey(kKey);
    // Short timeouts and retry delays keep the suite fast; a test may override any of them.
    const QJsonObject defaults{{QStringLiteral("connectTimeoutMs"), 3000},
                               {QStringLiteral("idleTimeoutMs"), 3000},
                               {QStringLiteral("retryBaseDelayMs"), 10},
                               {QStringLiteral("retryMaxDelayMs"), 5000}};
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (!options.contains(it.key()))
            options.insert(it.key(), it.value());
    }
    config.options = options;
    return config;
}

ChatRequest claudeRequest()
{
    return simpleRequest(QStringLiteral("claude-sonnet-4-5"));
}

// The stream as Anthropic sends it: text/event-stream; charset=utf-8, each event its own read.
FakeResponse anthropicStream(const QByteArray &body)
{
    FakeResponse response(200);
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"))
        .header(QByteArrayLiteral("request-id"), QByteArrayLiteral("req_011CStreamTest"))
        .chunked();
    for (const QByteArray &event : body.split('\n')) {
        if (!event.isEmpty())
            response.write(event + '\n');
        else
            response.write(QByteArrayLiteral("\n")).delay(2);
    }
    return response;
}

QByteArray textStream(const QByteArray &stopReason)
{
    return "event: message_start\n"
           "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":"
           "\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-5\",\"stop_reason\":null,"
           "\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}\n\n"
           "event: content_block_delta\n"
           "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
           "\"Ok\"}}\n\n"
           "event: message_delta\n"
           "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" +
           stopReason +
           "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":2}}\n\n"
           "event: message_stop\n"
           "data: {\"type\":\"message_stop\"}\n\n";
}

FakeResponse errorResponse(int status, const QString &fixture)
{
    FakeResponse response = FakeResponse::json(status, readFixture(fixture));
    response.header(QByteArrayLiteral("request-id"), QByteArrayLiteral("req_from_header"));
    return response;
}

struct ThinkingRun
{
    ChatRun run;
    QString thinking;
};

ThinkingRun runKeepingThinking(ChatProvider &provider, const ChatRequest &request)
{
    ThinkingRun result;
    result.run = ChatRun::run(provider, request, 10000,
                              [&result](ChatStream *stream) { result.thinking = stream->thinking(); });
    return result;
}

} // namespace

class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void docStream_withPing_deliversTextStopAndUsage()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(readFixture(QStringLiteral("anthropic/stream_text_ping.sse"))));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello!"));
        QCOMPARE(run.deltas, (QStringList{QStringLiteral("Hello"), QStringLiteral("!")}));
        QCOMPARE(run.reason, FinishReason::Stop);
        QCOMPARE(run.usage.inputTokens, qint64(25));
        QCOMPARE(run.usage.outputTokens, qint64(15));
        QCOMPARE(run.usage.totalTokens, qint64(40));
        QCOMPARE(run.endSignals, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void docStream_splitEveryFewBytes_sameResult()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse response = FakeResponse::sse(
            readFixture(QStringLiteral("anthropic/stream_text_ping.sse")).replace("\n", "\r\n"));
        server.enqueue(response.splitBodyEvery(7));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello!"));
        QCOMPARE(run.usage.outputTokens, qint64(15));
    }

    void thinkingDeltas_keptApartFromAnswer_lastOutputCountWins()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(readFixture(QStringLiteral("anthropic/stream_thinking.sse"))));
        AnthropicProvider provider(configFor(server));
        const ThinkingRun result = runKeepingThinking(provider, claudeRequest());
        QCOMPARE(result.run.state, ChatStream::State::Finished);
        QCOMPARE(result.run.text, QStringLiteral("Hi there, friend."));
        QVERIFY(!result.run.text.contains(QLatin1String("Answer briefly")));
        QCOMPARE(result.thinking, QStringLiteral("The user says hi. Answer briefly."));
        QCOMPARE(result.run.reason, FinishReason::Length); // max_tokens
        // message_delta counts are running totals: 30 then 64 means 64, not 94.
        QCOMPARE(result.run.usage.outputTokens, qint64(64));
        // Cache reads are part of the prompt.
        QCOMPARE(result.run.usage.inputTokens, qint64(48));
        QCOMPARE(result.run.usage.cachedInputTokens, qint64(8));
        QCOMPARE(result.run.usage.totalTokens, qint64(112));
    }

    void stopReasons_mapped_data()
    {
        QTest::addColumn<QByteArray>("stopReason");
        QTest::addColumn<FinishReason>("reason");
        QTest::newRow("end_turn") << QByteArray("end_turn") << FinishReason::Stop;
        QTest::newRow("stop_sequence") << QByteArray("stop_sequence") << FinishReason::Stop;
        QTest::newRow("max_tokens") << QByteArray("max_tokens") << FinishReason::Length;
        QTest::newRow("refusal") << QByteArray("refusal") << FinishReason::ContentFilter;
        QTest::newRow("tool_use") << QByteArray("tool_use") << FinishReason::ToolCalls;
        QTest::newRow("model_context_window_exceeded")
            << QByteArray("model_context_window_exceeded") << FinishReason::Length;
    }

    void stopReasons_mapped()
    {
        QFETCH(QByteArray, stopReason);
        QFETCH(FinishReason, reason);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(textStream(stopReason)));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.reason, reason);
        QCOMPARE(run.text, QStringLiteral("Ok"));
    }

    void messageStop_endsAnswerWhileConnectionStaysOpen()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse response = anthropicStream(textStream("end_turn"));
        server.enqueue(response.stall());
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QVERIFY(run.elapsedMs < 2500); // not the idle timeout
    }

    void errorEventMidStream_failsKeepingTextWithoutRetry()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(readFixture(QStringLiteral("anthropic/stream_error_midstream.sse"))));
        server.enqueue(anthropicStream(textStream("end_turn"))); // must not be used
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Overloaded);
        QCOMPARE(run.error.providerCode(), QStringLiteral("overloaded_error"));
        QCOMPARE(run.error.message(), QStringLiteral("Overloaded"));
        QCOMPARE(run.text, QStringLiteral("Partial answer"));
        QCOMPARE(run.usage.inputTokens, qint64(12));
        QVERIFY(run.retryWaits.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void errorEventBeforeFirstToken_isRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(
            "event: message_start\n"
            "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\",\"type\":\"message\",\"role\":"
            "\"assistant\",\"content\":[],\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}\n\n"
            "event: error\n"
            "data: "
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
        server.enqueue(anthropicStream(textStream("end_turn")));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Ok"));
        QCOMPARE(run.retryWaits.size(), 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void overloaded529_retriedBeforeFirstToken()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(errorResponse(529, QStringLiteral("anthropic/error_529_overloaded.json")));
        server.enqueue(anthropicStream(readFixture(QStringLiteral("anthropic/stream_text_ping.sse"))));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Hello!"));
        QCOMPARE(run.retryWaits.size(), 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void overloaded529_everyAttempt_failsTyped()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        for (int i = 0; i < 2; ++i)
            server.enqueue(errorResponse(529, QStringLiteral("anthropic/error_529_overloaded.json")));
        AnthropicProvider provider(configFor(server, {{QStringLiteral("maxAttempts"), 2}}));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Overloaded);
        QCOMPARE(run.error.httpStatus(), 529);
        QCOMPARE(run.error.providerCode(), QStringLiteral("overloaded_error"));
        QCOMPARE(run.error.requestId(), QStringLiteral("req_011CSHoEeqs5C35K2UUqR7Fy")); // from the body
        QCOMPARE(server.requests().size(), 2);
    }

    void rateLimited429_waitsRetryAfter()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse limited = errorResponse(429, QStringLiteral("anthropic/error_429_rate_limit.json"));
        server.enqueue(limited.header(QByteArrayLiteral("retry-after"), QByteArrayLiteral("1")));
        server.enqueue(anthropicStream(textStream("end_turn")));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.retryWaits, QList<int>{1000});
        QVERIFY(run.elapsedMs >= 1000);
    }

    void rateLimited429_longRetryAfter_reportedNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeResponse limited = errorResponse(429, QStringLiteral("anthropic/error_429_rate_limit.json"));
        server.enqueue(limited.header(QByteArrayLiteral("retry-after"), QByteArrayLiteral("120")));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::RateLimited);
        QCOMPARE(run.error.retryAfterMs(), 120000);
        QCOMPARE(run.error.providerCode(), QStringLiteral("rate_limit_error"));
        QVERIFY(run.error.message().contains(QLatin1String("50 requests per minute")));
        QCOMPARE(server.requests().size(), 1);
    }

    void errorBodies_mapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("401 authentication_error")
            << 401 << readFixture(QStringLiteral("anthropic/error_401_auth.json"))
            << int(ProviderError::Kind::Auth);
        QTest::newRow("400 prompt too long")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                          "\"prompt is too long: 208310 tokens > 200000 maximum\"}}")
            << int(ProviderError::Kind::ContextTooLong);
        QTest::newRow("400 credit balance")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                          "\"Your credit balance is too low to access the Anthropic API.\"}}")
            << int(ProviderError::Kind::QuotaExhausted);
        QTest::newRow("400 bad parameter")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                          "\"max_tokens: Field required\"}}")
            << int(ProviderError::Kind::InvalidRequest);
        QTest::newRow("403 permission_error")
            << 403
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"no\"}}")
            << int(ProviderError::Kind::Permission);
        QTest::newRow("404 not_found_error")
            << 404
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":"
                          "\"model: claude-nope\"}}")
            << int(ProviderError::Kind::NotFound);
        QTest::newRow("429 spend limit")
            << 429
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":"
                          "\"You have reached your specified API usage limits.\"}}")
            << int(ProviderError::Kind::QuotaExhausted);
    }

    void errorBodies_mapToKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(status, body));
        AnthropicProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, claudeRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(int(run.error.kind()), kind);
        QCOMPARE(run.error.httpStatus(), status);
        QCOMPARE(server.requests().size(), 1); // none of these is worth a retry
    }

    void request_headersSystemAndMergedRoles()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(textStream("end_turn")));
        AnthropicProvider provider(configFor(server));
        ChatRequest request = claudeRequest();
        request.messages = {
            {ChatMessage::Role::User, QStringLiteral("Hi")},
            {ChatMessage::Role::User, QStringLiteral("Are you there?")},
            {ChatMessage::Role::Assistant, QStringLiteral("Yes")},
            {ChatMessage::Role::System, QStringLiteral("Answer in English.")},
            {ChatMessage::Role::Assistant, QStringLiteral("Still here")},
            {ChatMessage::Role::User, QStringLiteral("  ")},
            {ChatMessage::Role::User, QStringLiteral("Привет")},
        };
        request.temperature = 1.7; // Anthropic accepts 0..1
        request.topP = 0.9;
        request.stopSequences = QStringList{QStringLiteral("END")};
        QCOMPARE(ChatRun::run(provider, request).state, ChatStream::State::Finished);

        const RecordedRequest sent = server.lastRequest();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1/messages"));
        QCOMPARE(sent.header("x-api-key"), kKey.toUtf8());
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        QVERIFY(!sent.headers.contains("authorization"));
        QVERIFY(!sent.headers.contains("anthropic-beta"));
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("system")).toString(),
                 QStringLiteral("Be brief.\n\nAnswer in English."));
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), AnthropicProvider::kDefaultMaxTokens);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 1.0);
        QCOMPARE(body.value(QStringLiteral("top_p")).toDouble(), 0.9);
        QCOMPARE(body.value(QStringLiteral("stop_sequences")).toArray(), QJsonArray{QStringLiteral("END")});
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        const auto message = [](const char *role, const QString &content) {
            return QJsonValue(QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                                          {QStringLiteral("content"), content}});
        };
        QCOMPARE(messages, (QJsonArray{message("user", QStringLiteral("Hi\n\nAre you there?")),
                                       message("assistant", QStringLiteral("Yes\n\nStill here")),
                                       message("user", QStringLiteral("Привет"))}));
    }

    void request_maxTokensFromRequestOrOption_data()
    {
        QTest::addColumn<int>("requested"); // 0: not set
        QTest::addColumn<int>("option");    // 0: not set
        QTest::addColumn<int>("sent");
        QTest::newRow("request wins") << 256 << 1000 << 256;
        QTest::newRow("option default") << 0 << 1000 << 1000;
        QTest::newRow("built-in default") << 0 << 0 << AnthropicProvider::kDefaultMaxTokens;
    }

    void request_maxTokensFromRequestOrOption()
    {
        QFETCH(int, requested);
        QFETCH(int, option);
        QFETCH(int, sent);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(textStream("end_turn")));
        QJsonObject options;
        if (option > 0)
            options.insert(QStringLiteral("defaultMaxTokens"), option);
        AnthropicProvider provider(configFor(server, options));
        ChatRequest request = claudeRequest();
        if (requested > 0)
            request.maxTokens = requested;
        ChatRun::run(provider, request);
        QCOMPARE(server.lastRequest().json().value(QStringLiteral("max_tokens")).toInt(), sent);
        QVERIFY(!server.lastRequest().json().contains(QStringLiteral("temperature")));
    }

    void request_noSystemPrompt_leavesFieldOut()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(textStream("end_turn")));
        AnthropicProvider provider(configFor(
            server, {{QStringLiteral("anthropicBeta"), QStringLiteral("prompt-caching-2024-07-31")}}));
        ChatRequest request = claudeRequest();
        request.systemPrompt.clear();
        ChatRun::run(provider, request);
        QVERIFY(!server.lastRequest().json().contains(QStringLiteral("system")));
        QCOMPARE(server.lastRequest().header("anthropic-beta"), QByteArray("prompt-caching-2024-07-31"));
    }

    void request_thinkingBudget_enablesThinkingAndGrowsMaxTokens()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(readFixture(QStringLiteral("anthropic/stream_thinking.sse"))));
        AnthropicProvider provider(configFor(server, {{QStringLiteral("thinkingBudgetTokens"), 2048}}));
        ChatRequest request = claudeRequest();
        request.maxTokens = 1000;
        request.temperature = 0.3;
        request.topP = 0.5;
        QCOMPARE(ChatRun::run(provider, request).state, ChatStream::State::Finished);
        const QJsonObject body = server.lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("thinking")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                              {QStringLiteral("budget_tokens"), 2048}}));
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 3048);
        // The API refuses sampling changes while thinking.
        QVERIFY(!body.contains(QStringLiteral("temperature")));
        QVERIFY(!body.contains(QStringLiteral("top_p")));
    }

    void request_thinkingBudgetBelowMinimum_staysOff()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(anthropicStream(textStream("end_turn")));
        AnthropicProvider provider(configFor(server, {{QStringLiteral("thinkingBudgetTokens"), 500}}));
        ChatRequest request = claudeRequest();
        request.temperature = 0.3;
        ChatRun::run(provider, request);
        const QJsonObject body = server.lastRequest().json();
        QVERIFY(!body.contains(QStringLiteral("thinking")));
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), AnthropicProvider::kDefaultMaxTokens);
    }

    void models_followPagination()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("anthropic/models_page1.json"))));
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("anthropic/models_page2.json"))));
        AnthropicProvider provider(configFor(server));
        ModelListReply *reply = provider.listModels(true);
        QSignalSpy finished(reply, &ModelListReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));
        const QList<ModelInfo> models = reply->models();
        delete reply;
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).id, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(models.at(0).displayName, QStringLiteral("Claude Sonnet 4.5"));
        QCOMPARE(models.at(1).id, QStringLiteral("claude-opus-4-1-20250805"));
        QCOMPARE(models.at(2).id, QStringLiteral("claude-3-5-haiku-20241022"));
        QCOMPARE(models.at(2).contextLength, 200000);
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(requests.at(0).path, QByteArray("/v1/models?limit=1000"));
        QCOMPARE(requests.at(1).path, QByteArray("/v1/models?limit=1000&after_id=claude-opus-4-1-20250805"));
        for (const RecordedRequest &request : requests) {
            QCOMPARE(request.header("x-api-key"), kKey.toUtf8());
            QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        }
    }

    void models_badKey_isAuthAndHealthSaysSo()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(errorResponse(401, QStringLiteral("anthropic/error_401_auth.json")));
        AnthropicProvider provider(configFor(server));
        HealthReply *reply = provider.checkHealth();
        QSignalSpy finished(reply, &HealthReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->status().state, HealthStatus::State::AuthFailed);
        QCOMPARE(reply->status().lastError.kind(), ProviderError::Kind::Auth);
        QCOMPARE(reply->status().lastError.message(), QStringLiteral("invalid x-api-key"));
        delete reply;
    }

    void registration_typeAndPresetInBuiltins()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        QVERIFY(factory.hasType(AnthropicProvider::kType));
        const ProviderPreset *preset = factory.preset(QStringLiteral("anthropic"));
        QVERIFY(preset);
        QCOMPARE(preset->type, QStringLiteral("anthropic"));
        QCOMPARE(preset->baseUrl, QUrl(QStringLiteral("https://api.anthropic.com")));
        QCOMPARE(preset->keyEnvVar, QStringLiteral("ANTHROPIC_API_KEY"));
        QVERIFY(preset->needsKey);
        QCOMPARE(preset->defaultModel, QStringLiteral("claude-sonnet-4-5"));
        ProviderInstanceConfig config = preset->toConfig();
        config.setApiKey(kKey);
        std::unique_ptr<ChatProvider> provider(factory.create(config));
        QVERIFY(provider);
        QCOMPARE(provider->type(), QStringLiteral("anthropic"));
        QVERIFY(qobject_cast<AnthropicProvider *>(provider.get()));
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "TestAnthropicProvider.moc"
