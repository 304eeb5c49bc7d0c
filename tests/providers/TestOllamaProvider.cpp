// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "llm/InMemoryModelCacheStore.h"
#include "providers/OllamaProvider.h"

#include <QJsonArray>

namespace {

ProviderInstanceConfig configFor(const FakeHttpServer &server, QJsonObject options = {})
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("test-ollama");
    config.type = OllamaProvider::kType;
    config.baseUrl = server.url();
    options.insert(QStringLiteral("retryBaseDelayMs"), 10);
    if (!options.contains(QStringLiteral("idleTimeoutMs")))
        options.insert(QStringLiteral("idleTimeoutMs"), 3000);
    config.options = options;
    return config;
}

} // namespace

class TestOllamaProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ndjsonStream_textUsageAndStop()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::ndjson(readFixture(QStringLiteral("ollama/chat_stream.ndjson"))));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.2")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.text, QStringLiteral("The"));
        QCOMPARE(run.reason, FinishReason::Stop);
        QCOMPARE(run.usage.inputTokens, 26);
        QCOMPARE(run.usage.outputTokens, 282);
        QCOMPARE(run.usage.totalTokens, 308);
    }

    void ndjsonStream_splitAtEveryByte()
    {
        const QByteArray body = readFixture(QStringLiteral("ollama/chat_stream.ndjson"));
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::ndjson(body).splitBodyEvery(7, 0));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.2")));
        QCOMPARE(run.state, ChatStream::State::Finished);
        QCOMPARE(run.usage.outputTokens, 282);
    }

    void cyrillicSplitInsideSequence_reassembled()
    {
        const QByteArray body =
            QByteArray("{\"message\":{\"role\":\"assistant\",\"content\":\"Привет\"},\"done\":false}") +
            '\n' +
            "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"length\","
            "\"prompt_eval_count\":3,\"eval_count\":1}" +
            '\n';
        FakeHttpServer server;
        QVERIFY(server.start());
        const int inside = int(body.indexOf("и")) + 1;
        server.enqueue(FakeResponse::ndjson(body).splitBodyAt({inside}, 20));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.2")));
        QCOMPARE(run.text, QStringLiteral("Привет"));
        QCOMPARE(run.reason, FinishReason::Length);
    }

    void request_nativeShapeWithoutKey()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::ndjson(readFixture(QStringLiteral("ollama/chat_stream.ndjson"))));
        OllamaProvider provider(configFor(server));
        ChatRequest request = simpleRequest(QStringLiteral("llama3.2"));
        request.temperature = 0.7;
        request.maxTokens = 256;
        ChatRun::run(provider, request);
        const RecordedRequest recorded = server.lastRequest();
        QCOMPARE(recorded.path, QByteArray("/api/chat"));
        QVERIFY(recorded.header("authorization").isEmpty());
        const QJsonObject body = recorded.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        const QJsonObject options = body.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(options.value(QStringLiteral("num_predict")).toInt(), 256);
        QCOMPARE(body.value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("system"));
    }

    void modelNotFound_isNotFound()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(
            404, "{\"error\":\"model \\\"llama3.1\\\" not found, try pulling it first\"}"));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.1")));
        QCOMPARE(run.error.kind(), ProviderError::Kind::NotFound);
        QVERIFY(run.error.message().contains(QLatin1String("try pulling it first")));
    }

    void errorLineMidStream_failsKeepingText()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::ndjson(
            QByteArray("{\"message\":{\"role\":\"assistant\",\"content\":\"Par\"},\"done\":false}") + '\n' +
            "{\"error\":\"an error was encountered while running the model: unexpected EOF\"}" + '\n'));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.2")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.text, QStringLiteral("Par"));
        QVERIFY(run.error.message().contains(QLatin1String("unexpected EOF")));
    }

    void streamEndsWithoutDone_isNetworkFailure()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::ndjson(
            QByteArray("{\"message\":{\"role\":\"assistant\",\"content\":\"Par\"},\"done\":false}") + '\n'));
        OllamaProvider provider(configFor(server));
        const ChatRun run = ChatRun::run(provider, simpleRequest(QStringLiteral("llama3.2")));
        QCOMPARE(run.state, ChatStream::State::Failed);
        QCOMPARE(run.error.kind(), ProviderError::Kind::Network);
        QCOMPARE(run.text, QStringLiteral("Par"));
    }

    void listModels_fromTagsThenCache()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, readFixture(QStringLiteral("ollama/tags.json"))));
        InMemoryModelCacheStore cache;
        OllamaProvider provider(configFor(server));
        provider.setModelCache(&cache);

        ModelListReply *first = provider.listModels();
        QSignalSpy firstDone(first, &ModelListReply::finished);
        QVERIFY(firstDone.wait(5000));
        QCOMPARE(server.lastRequest().path, QByteArray("/api/tags"));
        QCOMPARE(first->models().size(), 2);
        QCOMPARE(first->models().first().id, QStringLiteral("codellama:13b"));
        QVERIFY(!first->isFromCache());

        ModelListReply *second = provider.listModels();
        QSignalSpy secondDone(second, &ModelListReply::finished);
        QVERIFY(secondDone.wait(5000));
        QVERIFY(second->isFromCache());
        QCOMPARE(second->models().size(), 2);
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOllamaProvider)
#include "TestOllamaProvider.moc"
