// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "providers/gemini/GeminiProvider.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace {

const QString kKey = QStringLiteral("AIzaSyTest0123456789abcdefSECRETkey");

ProviderInstanceConfig configFor(const FakeHttpServer &server, QJsonObject options = {})
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-gemini");
    config.type = GeminiProvider::kType;
    config.baseUrl = server.url();
    config.setApiKey(kKey);
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

ChatRequest geminiRequest()
{
    return simpleRequest(QStringLiteral("gemini-2.5-flash"));
}

// Google's stream: text/event-stream, one event per read, ended by closing the response.
FakeResponse geminiStream(const QByteArray &body)
{
    FakeResponse response(200);
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"))
        .header(QByteArrayLiteral("x-goog-api-key-echo"), QByteArrayLiteral("never"))
        .chunked();
    for (const QByteArray &event : body.split('\n')) {
        if (!event.isEmpty())
            response.write(event + '\n');
        else
            response.write(QByteArrayLiteral("\n")).delay(2);
    }
    return response;
}

QByteArray finishChunk(const QByteArray &finishReason)
{
    return "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Partial\"}],\"role\": \"model\"},"
           "\"finishReason\": \"" +
           finishReason +
           "\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 2,\"candidatesTokenCount\": 1,"
           "\"totalTokenCount\": 3},\"modelVersion\": \"gemini-2.5-flash\"}\n\n";
}

QByteArray quotaBody(const char *retryDelay)
{
    return readFixture(QStringLiteral("gemini/error_429_resource_exhausted.json"))
        .replace("RETRY_DELAY", retryDelay);
}

struct ExtraRun
{
    ChatRun run;
    QString thinking;
    QString finishDetail;
};

// ChatRun plus what only lives on the stream: thinking text and the raw finish reason.
ExtraRun runWithExtras(ChatProvider &provider, const ChatRequest &request)
{
    ExtraRun result;
    ChatStream *stream = provider.chat(request);
    QSignalSpy ended(stream, &ChatStream::ended);
    if (stream->isRunning())
        ended.wait(10000);
    result.thinking = stream->thinking();
    result.finishDetail = stream->finishDetail();
    result.run.text = stream->text();
    result.run.state = stream->state();
    result.run.reason = stream->finishReason();
    result.run.usage = stream->usage();
    result.run.error = stream->error();
    delete stream;
    return result;
}

QList<ModelInfo> waitForModels(ChatProvider &provider, ProviderError *error)
{
    ModelListReply *reply = provider.listModels(true);
    QSignalSpy finished(reply, &ModelListReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    *error = reply->error();
    const QList<ModelInfo> models = reply->models();
    delete reply;
    return models;
}

QStringList g_logLines;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Debug on for this provider whatever QT_LOGGING_RULES says (ctest turns debug off).
void enableGeminiDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "mmchat.providers.gemini") == 0)
        category->setEnabled(QtDebugMsg, true);
}

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                      message);
}

} // namespace

class TestGeminiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void closeTerminatedStream_deliversTextStopAndRunningUsage_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void closeTerminatedStream_deliversTextStopAndRunningUsage()
    {
        QFETCH(QByteArray, lineEnd);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            geminiStream(readFixture(QStringLiteral("gemini/stream_close.sse")).replace("\n", lineEnd)));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("Okay, let's create a game, with scores."));
        QCOMPARE(run.deltas.size(), 3);
        QCOMPARE(run.reason, FinishReason::Stop);
        // The last chunk's totals, not a sum: thoughts count as output.
        QCOMPARE(run.usage.inputTokens, qint64(4));
        QCOMPARE(run.usage.outputTokens, qint64(10 + 2042));
        QCOMPARE(run.usage.totalTokens, qint64(2056));
        QCOMPARE(run.endSignals, 1);
    }

    void connectionCutBeforeFinishReason_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        const QByteArray firstChunk =
            readFixture(QStringLiteral("gemini/stream_close.sse")).split('\n').first();
        FakeResponse response = geminiStream(firstChunk + "\n\n");
        server.enqueue(response.cut());
        GeminiProvider provider(configFor(server, {{QStringLiteral("maxAttempts"), 1}}));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Network);
        QCOMPARE(run.text, QStringLiteral("Okay, let's "));
    }

    void finishReasons_mapped_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<FinishReason>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("STOP") << QByteArray("STOP") << FinishReason::Stop << QString();
        QTest::newRow("MAX_TOKENS") << QByteArray("MAX_TOKENS") << FinishReason::Length << "MAX_TOKENS";
        QTest::newRow("SAFETY") << QByteArray("SAFETY") << FinishReason::ContentFilter << "SAFETY";
        QTest::newRow("RECITATION") << QByteArray("RECITATION") << FinishReason::ContentFilter
                                    << "RECITATION";
        QTest::newRow("PROHIBITED_CONTENT")
            << QByteArray("PROHIBITED_CONTENT") << FinishReason::ContentFilter << "PROHIBITED_CONTENT";
        QTest::newRow("BLOCKLIST") << QByteArray("BLOCKLIST") << FinishReason::ContentFilter << "BLOCKLIST";
        QTest::newRow("SPII") << QByteArray("SPII") << FinishReason::ContentFilter << "SPII";
        QTest::newRow("LANGUAGE") << QByteArray("LANGUAGE") << FinishReason::ContentFilter << "LANGUAGE";
        QTest::newRow("OTHER") << QByteArray("OTHER") << FinishReason::Unknown << "OTHER";
    }

    void finishReasons_mapped()
    {
        QFETCH(QByteArray, value);
        QFETCH(FinishReason, reason);
        QFETCH(QString, detail);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(finishChunk(value)));
        GeminiProvider provider(configFor(server));
        const ExtraRun result = runWithExtras(provider, geminiRequest());
        QCOMPARE(result.run.state, ChatStream::State::Finished);
        QCOMPARE(result.run.reason, reason);
        QCOMPARE(result.finishDetail, detail);
        QCOMPARE(result.run.text, QStringLiteral("Partial"));
    }

    void safetyStop_keepsTextAndShowsReason()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_safety.sse"))));
        GeminiProvider provider(configFor(server));
        const ExtraRun result = runWithExtras(provider, geminiRequest());
        QCOMPARE(result.run.state, ChatStream::State::Finished);
        QCOMPARE(result.run.reason, FinishReason::ContentFilter);
        QCOMPARE(result.finishDetail, QStringLiteral("SAFETY"));
        QCOMPARE(result.run.text, QStringLiteral("Here is how"));
        QCOMPARE(result.run.usage.totalTokens, qint64(12));
    }

    void blockedPrompt_endsAsContentFilterWithReason()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_prompt_blocked.sse"))));
        GeminiProvider provider(configFor(server));
        const ExtraRun result = runWithExtras(provider, geminiRequest());
        QCOMPARE(result.run.state, ChatStream::State::Finished);
        QCOMPARE(result.run.reason, FinishReason::ContentFilter);
        QCOMPARE(result.finishDetail, QStringLiteral("PROHIBITED_CONTENT"));
        QVERIFY(result.run.text.isEmpty());
        QCOMPARE(result.run.usage.inputTokens, qint64(11));
    }

    void thoughtParts_keptApartFromAnswer()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_thoughts.sse"))));
        GeminiProvider provider(configFor(server, {{QStringLiteral("includeThoughts"), true}}));
        const ExtraRun result = runWithExtras(provider, simpleRequest(QStringLiteral("gemini-2.5-pro")));
        QCOMPARE(result.run.state, ChatStream::State::Finished);
        QCOMPARE(result.run.text, QStringLiteral("Hello!"));
        QCOMPARE(result.thinking, QStringLiteral("**Planning** I should greet back."));
        QCOMPARE(result.run.usage.outputTokens, qint64(14));
        QCOMPARE(server.lastRequest()
                     .json()
                     .value(QStringLiteral("generationConfig"))
                     .toObject()
                     .value(QStringLiteral("thinkingConfig"))
                     .toObject()
                     .value(QStringLiteral("includeThoughts"))
                     .toBool(),
                 true);
    }

    void errorMidStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_error_midstream.sse"))));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Overloaded);
        QCOMPARE(run.error.providerCode(), QStringLiteral("UNAVAILABLE"));
        QCOMPARE(run.text, QStringLiteral("The first part"));
        QVERIFY(run.retryWaits.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void invalidKey400_isAuthNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::json(400, readFixture(QStringLiteral("gemini/error_400_api_key_invalid.json"))));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(run.error.httpStatus(), 400);
        QCOMPARE(run.error.providerCode(), QStringLiteral("API_KEY_INVALID"));
        QCOMPARE(run.error.message(), QStringLiteral("API key not valid. Please pass a valid API key."));
        QCOMPARE(server.requests().size(), 1);
    }

    void otherBadRequest_staysInvalidRequest()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(
            400, "{\"error\":{\"code\":400,\"message\":\"The input token count (1200000) exceeds the maximum "
                 "number of tokens allowed (1048576).\",\"status\":\"INVALID_ARGUMENT\"}}"));
        server.enqueue(FakeResponse::json(
            400, "{\"error\":{\"code\":400,\"message\":\"Invalid value at 'generation_config.temperature'\","
                 "\"status\":\"INVALID_ARGUMENT\"}}"));
        GeminiProvider provider(configFor(server));
        QCOMPARE(ChatRun::run(provider, geminiRequest()).error.kind(), ProviderError::Kind::ContextTooLong);
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.error.kind(), ProviderError::Kind::InvalidRequest);
        QCOMPARE(run.error.providerCode(), QStringLiteral("INVALID_ARGUMENT"));
    }

    void resourceExhausted429_retryDelayHonoured()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(429, quotaBody("0.4s")));
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_close.sse"))));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.retryWaits, QList<int>{400});
        QVERIFY(run.elapsedMs >= 400);
        QCOMPARE(server.requests().size(), 2);
    }

    void resourceExhausted429_longRetryDelay_reportedNotRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(429, quotaBody("34s")));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::RateLimited);
        QCOMPARE(run.error.providerCode(), QStringLiteral("RESOURCE_EXHAUSTED"));
        QCOMPARE(run.error.retryAfterMs(), 34000);
        QVERIFY(run.error.message().contains(QLatin1String("exceeded your current quota")));
        QCOMPARE(server.requests().size(), 1);
    }

    void resourceExhausted429_dailyQuota_isQuotaExhausted()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::json(429, quotaBody("20s").replace("PerMinutePerProject", "PerDayPerProject")));
        GeminiProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, geminiRequest());
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::QuotaExhausted);
        QCOMPARE(run.error.retryAfterMs(), 20000);
        QCOMPARE(server.requests().size(), 1);
    }

    void retryDelay_parsed_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("ms");
        QTest::newRow("seconds") << "34s" << 34000;
        QTest::newRow("fraction") << "1.5s" << 1500;
        QTest::newRow("nanos") << "0.000000001s" << 1;
        QTest::newRow("no unit") << "34" << -1;
        QTest::newRow("garbage") << "soon" << -1;
    }

    void retryDelay_parsed()
    {
        QFETCH(QString, value);
        QFETCH(int, ms);
        QCOMPARE(GeminiProvider::parseDurationMs(value), ms);
    }

    void request_keyInHeaderSystemInstructionAndRoles()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_close.sse"))));
        GeminiProvider provider(configFor(server));
        ChatRequest request = simpleRequest(QStringLiteral("models/gemini-2.5-pro"));
        request.messages = {
            {ChatMessage::Role::User, QStringLiteral("Hi")},
            {ChatMessage::Role::Assistant, QStringLiteral("Hello!")},
            {ChatMessage::Role::User, QStringLiteral("Explain")},
            {ChatMessage::Role::User, QStringLiteral("how AI works")},
        };
        request.temperature = 0.7;
        request.maxTokens = 512;
        request.topP = 0.95;
        request.stopSequences = QStringList{QStringLiteral("END")};
        QCOMPARE(ChatRun::run(provider, request).state, ChatStream::State::Finished);

        const RecordedRequest sent = server.lastRequest();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse"));
        QVERIFY(!sent.path.contains("key="));
        QCOMPARE(sent.header("x-goog-api-key"), kKey.toUtf8());
        QVERIFY(!sent.headers.contains("authorization"));
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = sent.json();
        QCOMPARE(
            body.value(QStringLiteral("systemInstruction")).toObject(),
            (QJsonObject{{QStringLiteral("parts"),
                          QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Be brief.")}}}}}));
        const auto content = [](const char *role, const QString &text) {
            return QJsonValue(QJsonObject{
                {QStringLiteral("role"), QLatin1String(role)},
                {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}}});
        };
        QCOMPARE(
            body.value(QStringLiteral("contents")).toArray(),
            (QJsonArray{content("user", QStringLiteral("Hi")), content("model", QStringLiteral("Hello!")),
                        content("user", QStringLiteral("Explain\n\nhow AI works"))}));
        const QJsonObject generation = body.value(QStringLiteral("generationConfig")).toObject();
        QCOMPARE(generation.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(generation.value(QStringLiteral("maxOutputTokens")).toInt(), 512);
        QCOMPARE(generation.value(QStringLiteral("topP")).toDouble(), 0.95);
        QCOMPARE(generation.value(QStringLiteral("stopSequences")).toArray(),
                 QJsonArray{QStringLiteral("END")});
        QVERIFY(!generation.contains(QStringLiteral("thinkingConfig")));
        QVERIFY(!body.contains(QStringLiteral("model")));
    }

    void request_withoutSettings_leavesGenerationConfigOut()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_close.sse"))));
        GeminiProvider provider(configFor(server));
        ChatRequest request = geminiRequest();
        request.systemPrompt.clear();
        ChatRun::run(provider, request);
        const QJsonObject body = server.lastRequest().json();
        QVERIFY(!body.contains(QStringLiteral("generationConfig")));
        QVERIFY(!body.contains(QStringLiteral("systemInstruction")));
        QCOMPARE(body.value(QStringLiteral("contents")).toArray().size(), 1);
    }

    void models_followPagesAndKeepGenerateContentOnly()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("gemini/models_page1.json"))));
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("gemini/models_page2.json"))));
        GeminiProvider provider(configFor(server));
        ProviderError error;
        const QList<ModelInfo> models = waitForModels(provider, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).id, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(models.at(0).displayName, QStringLiteral("Gemini 2.5 Flash"));
        QCOMPARE(models.at(0).contextLength, 1048576);
        QCOMPARE(models.at(1).id, QStringLiteral("gemini-2.5-pro"));
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(requests.at(0).path, QByteArray("/v1beta/models?pageSize=1000"));
        QCOMPARE(
            requests.at(1).path,
            QByteArray("/v1beta/models?pageSize=1000&pageToken=Ch1tb2RlbHMv%2BZ2VtaW5p%2FLTIuNS1wcm8%3D"));
        for (const RecordedRequest &request : requests) {
            QCOMPARE(request.header("x-goog-api-key"), kKey.toUtf8());
            QVERIFY(!request.path.contains("key="));
        }
    }

    void models_invalidKey_healthIsAuthFailed()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeResponse::json(400, readFixture(QStringLiteral("gemini/error_400_api_key_invalid.json"))));
        GeminiProvider provider(configFor(server));
        HealthReply *reply = provider.checkHealth();
        QSignalSpy finished(reply, &HealthReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->status().state, HealthStatus::State::AuthFailed);
        QCOMPARE(reply->status().lastError.providerCode(), QStringLiteral("API_KEY_INVALID"));
        delete reply;
    }

    void keyNeverInUrlOrLogs_evenAtDebugLevel()
    {
        g_logLines.clear();
        g_previousFilter = QLoggingCategory::installFilter(enableGeminiDebug);
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(geminiStream(readFixture(QStringLiteral("gemini/stream_close.sse"))));
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("gemini/models_page2.json"))));
        {
            GeminiProvider provider(configFor(server));
            const ChatRun run = ChatRun::run(provider, geminiRequest());
            ProviderError error;
            waitForModels(provider, &error);
            QCOMPARE(run.state, ChatStream::State::Finished);
            QVERIFY(!error.isError());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        const QString logs = g_logLines.join(QLatin1Char('\n'));
        QVERIFY(logs.contains(QLatin1String("streamGenerateContent")));
        QVERIFY(logs.contains(QLatin1String("x-goog-api-key")));
        QVERIFY2(!logs.contains(kKey), qPrintable(logs));
        for (const RecordedRequest &request : server.requests())
            QVERIFY(!request.path.contains(kKey.toUtf8()));
    }

    void registration_typeAndPresetInBuiltins()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        QVERIFY(factory.hasType(GeminiProvider::kType));
        const ProviderPreset *preset = factory.preset(QStringLiteral("gemini"));
        QVERIFY(preset);
        QCOMPARE(preset->type, QStringLiteral("gemini"));
        QCOMPARE(preset->baseUrl, QUrl(QStringLiteral("https://generativelanguage.googleapis.com")));
        QCOMPARE(preset->keyEnvVar, QStringLiteral("GEMINI_API_KEY"));
        QVERIFY(preset->needsKey);
        QCOMPARE(preset->defaultModel, QStringLiteral("gemini-2.5-flash"));
        ProviderInstanceConfig config = preset->toConfig();
        config.setApiKey(kKey);
        std::unique_ptr<ChatProvider> provider(factory.create(config));
        QVERIFY(qobject_cast<GeminiProvider *>(provider.get()));
    }
};

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "TestGeminiProvider.moc"
