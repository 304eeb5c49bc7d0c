// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRun.h"
#include "FakeHttpServer.h"
#include "llm/HealthMonitor.h"
#include "llm/InMemoryModelCacheStore.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "providers/OpenAiCompatibleProvider.h"

#include <QJsonDocument>
#include <memory>

namespace {

const QByteArray kModels =
    "{\"object\":\"list\",\"data\":[{\"id\":\"llama-3.3-70b-versatile\",\"object\":\"model\",\"created\":"
    "1733447754,\"owned_by\":\"Meta\",\"context_window\":131072},{\"id\":\"gemma2-9b-it\",\"object\":"
    "\"model\",\"created\":1693721698,\"owned_by\":\"Google\"}]}";

ProviderInstanceConfig groqLikeConfig(const FakeHttpServer &server)
{
    ProviderInstanceConfig config;
    config.id = QStringLiteral("groq-test");
    config.type = OpenAiCompatibleProvider::kType;
    config.baseUrl = server.url(QStringLiteral("/openai/v1"));
    config.setApiKey(QStringLiteral("gsk_test_key_abcdefghijklmnop"));
    config.options = {{QStringLiteral("connectTimeoutMs"), 2000}, {QStringLiteral("retryBaseDelayMs"), 10}};
    return config;
}

template<typename Reply>
bool waitFinished(Reply *reply)
{
    if (reply->isFinished()) {
        QSignalSpy spy(reply, &Reply::finished);
        return spy.count() > 0 || spy.wait(5000);
    }
    QSignalSpy spy(reply, &Reply::finished);
    return spy.wait(5000);
}

} // namespace

class TestProviderFramework : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_createsRegisteredTypesFromConfig()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        QCOMPARE(factory.types(), (QStringList{QStringLiteral("openai"), QStringLiteral("ollama"),
                                               QStringLiteral("yandexgpt"), QStringLiteral("gigachat"),
                                               QStringLiteral("anthropic"), QStringLiteral("gemini")}));
        ProviderInstanceConfig config = factory.preset(QStringLiteral("openrouter"))->toConfig();
        config.setApiKey(QStringLiteral("sk-or-test-key-1234567890"));
        std::unique_ptr<ChatProvider> provider(factory.create(config));
        QVERIFY(provider);
        QCOMPARE(provider->type(), QStringLiteral("openai"));
        QCOMPARE(provider->config().apiKey(), QStringLiteral("sk-or-test-key-1234567890"));

        QString error;
        config.type = QStringLiteral("nonsense");
        QVERIFY(!factory.create(config, nullptr, &error));
        QVERIFY(error.contains(QLatin1String("nonsense")));
    }

    void presets_baseUrlsAndKeyVariables_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("keyVar");
        QTest::newRow("groq") << "groq"
                              << "openai"
                              << "https://api.groq.com/openai/v1"
                              << "GROQ_API_KEY";
        QTest::newRow("openai") << "openai"
                                << "openai"
                                << "https://api.openai.com/v1"
                                << "OPENAI_API_KEY";
        QTest::newRow("openrouter") << "openrouter"
                                    << "openai"
                                    << "https://openrouter.ai/api/v1"
                                    << "OPENROUTER_API_KEY";
        QTest::newRow("mistral") << "mistral"
                                 << "openai"
                                 << "https://api.mistral.ai/v1"
                                 << "MISTRAL_API_KEY";
        QTest::newRow("deepseek") << "deepseek"
                                  << "openai"
                                  << "https://api.deepseek.com/v1"
                                  << "DEEPSEEK_API_KEY";
        QTest::newRow("lmstudio") << "lmstudio"
                                  << "openai"
                                  << "http://127.0.0.1:1234/v1"
                                  << "";
        QTest::newRow("vllm") << "vllm"
                              << "openai"
                              << "http://127.0.0.1:8000/v1"
                              << "";
        QTest::newRow("custom") << "custom-openai"
                                << "openai"
                                << "http://127.0.0.1:8080/v1"
                                << "";
        QTest::newRow("ollama") << "ollama"
                                << "ollama"
                                << "http://127.0.0.1:11434"
                                << "";
    }

    void presets_baseUrlsAndKeyVariables()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QString, url);
        QFETCH(QString, keyVar);
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        const ProviderPreset *preset = factory.preset(id);
        QVERIFY(preset);
        QCOMPARE(preset->type, type);
        QCOMPARE(preset->baseUrl.toString(), url);
        QCOMPARE(preset->keyEnvVar, keyVar);
        QCOMPARE(preset->needsKey, !keyVar.isEmpty());
    }

    void groq_isTheDefaultPreset()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        QCOMPARE(factory.defaultPreset()->id, QStringLiteral("groq"));
    }

    void config_toJsonNeverContainsSecrets()
    {
        ProviderInstanceConfig config;
        config.id = QStringLiteral("x");
        config.type = QStringLiteral("openai");
        config.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        config.setApiKey(QStringLiteral("sk-never-persist-me-123456"));
        config.setSecret(QStringLiteral("proxyPassword"), QStringLiteral("hunter2-proxy"));
        const QByteArray json = QJsonDocument(config.toJson()).toJson();
        QVERIFY(!json.contains("sk-never-persist-me"));
        QVERIFY(!json.contains("hunter2-proxy"));
        const ProviderInstanceConfig back = ProviderInstanceConfig::fromJson(config.toJson());
        QCOMPARE(back.baseUrl, config.baseUrl);
        QVERIFY(back.apiKey().isEmpty());
    }

    void listModels_cachedUntilMaxAgeOrRefresh()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, kModels));
        server.enqueue(FakeResponse::json(200, kModels));
        InMemoryModelCacheStore cache;
        ProviderInstanceConfig config = groqLikeConfig(server);
        config.manualModels = QStringList{QStringLiteral("my-finetune")};
        OpenAiCompatibleProvider provider(config);
        provider.setModelCache(&cache);

        std::unique_ptr<ModelListReply> first(provider.listModels());
        QVERIFY(waitFinished(first.get()));
        QVERIFY(!first->error().isError());
        QCOMPARE(server.lastRequest().path, QByteArray("/openai/v1/models"));
        QCOMPARE(server.lastRequest().header("authorization"),
                 QByteArray("Bearer gsk_test_key_abcdefghijklmnop"));
        const QList<ModelInfo> models = first->models();
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).id, QStringLiteral("my-finetune")); // listed by hand: first
        QCOMPARE(models.at(1).id, QStringLiteral("gemma2-9b-it"));
        QCOMPARE(models.at(2).contextLength, 131072);

        std::unique_ptr<ModelListReply> cached(provider.listModels());
        QVERIFY(waitFinished(cached.get()));
        QVERIFY(cached->isFromCache());
        QCOMPARE(server.requests().size(), 1);

        // Older than the maximum age: fetched again.
        cache.save(config.id,
                   {cache.load(config.id)->models, QDateTime::currentDateTimeUtc().addSecs(-25 * 3600)});
        std::unique_ptr<ModelListReply> stale(provider.listModels());
        QVERIFY(waitFinished(stale.get()));
        QVERIFY(!stale->isFromCache());
        QCOMPARE(server.requests().size(), 2);

        server.enqueue(FakeResponse::json(200, kModels));
        std::unique_ptr<ModelListReply> refreshed(provider.listModels(true));
        QVERIFY(waitFinished(refreshed.get()));
        QVERIFY(!refreshed->isFromCache());
        QCOMPARE(server.requests().size(), 3);
    }

    void checkHealth_mapsOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::newRow("online") << 200 << kModels << int(HealthStatus::State::Online);
        QTest::newRow("auth failed")
            << 401
            << QByteArray("{\"error\":{\"message\":\"Invalid API "
                          "Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
            << int(HealthStatus::State::AuthFailed);
        QTest::newRow("rate limited: degraded")
            << 429 << QByteArray("{\"error\":{\"message\":\"slow down\"}}")
            << int(HealthStatus::State::Degraded);
        QTest::newRow("offline") << 0 << QByteArray() << int(HealthStatus::State::Offline);
    }

    void checkHealth_mapsOutcomes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        FakeHttpServer server;
        QVERIFY(server.start());
        ProviderInstanceConfig config = groqLikeConfig(server);
        if (status == 0)
            server.close();
        else
            server.enqueue(FakeResponse::json(status, body));
        OpenAiCompatibleProvider provider(config);
        std::unique_ptr<HealthReply> reply(provider.checkHealth());
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(int(reply->status().state), state);
        QVERIFY(reply->status().latencyMs >= 0);
        QVERIFY(reply->status().checkedAt.isValid());
        QCOMPARE(reply->status().lastError.isError(), state != int(HealthStatus::State::Online));
    }

    void healthMonitor_checksEnabledInstancesAndRespectsGap()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, kModels));
        OpenAiCompatibleProvider provider(groqLikeConfig(server));
        ProviderInstanceConfig disabledConfig = groqLikeConfig(server);
        disabledConfig.id = QStringLiteral("disabled");
        disabledConfig.enabled = false;
        OpenAiCompatibleProvider disabled(disabledConfig);

        HealthMonitor monitor;
        monitor.addProvider(&provider);
        monitor.addProvider(&disabled);
        QSignalSpy changed(&monitor, &HealthMonitor::statusChanged);
        monitor.checkAll();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), provider.id());
        QCOMPARE(monitor.status(provider.id()).state, HealthStatus::State::Online);
        QCOMPARE(monitor.status(disabled.id()).state, HealthStatus::State::Unknown);

        monitor.checkNow(provider.id()); // within the minimum gap: skipped
        QVERIFY(!monitor.isChecking(provider.id()));
        QCOMPARE(server.requests().size(), 1);

        server.enqueue(FakeResponse::json(401, "{\"error\":{\"message\":\"bad key\"}}"));
        monitor.checkNow(provider.id(), true);
        QVERIFY(changed.wait(5000));
        QCOMPARE(monitor.status(provider.id()).state, HealthStatus::State::AuthFailed);
    }

    void chatStream_cancelIsIdempotentAndEndsOnce()
    {
        ChatStream stream;
        QSignalSpy ended(&stream, &ChatStream::ended);
        stream.appendText(QStringLiteral("kept"));
        stream.cancel();
        stream.cancel();
        stream.finish(FinishReason::Stop);
        stream.appendText(QStringLiteral("ignored"));
        QCOMPARE(ended.count(), 1);
        QCOMPARE(stream.state(), ChatStream::State::Cancelled);
        QCOMPARE(stream.text(), QStringLiteral("kept"));
    }

    void chatStream_replaceText_extendsAsDeltaOrReplaces()
    {
        ChatStream stream;
        QSignalSpy deltas(&stream, &ChatStream::textDelta);
        QSignalSpy replaced(&stream, &ChatStream::textReplaced);
        stream.replaceText(QStringLiteral("Err"));
        stream.replaceText(QStringLiteral("Errors will"));
        stream.replaceText(QStringLiteral("Mistakes"));
        QCOMPARE(deltas.count(), 2);
        QCOMPARE(deltas.at(1).first().toString(), QStringLiteral("ors will"));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(stream.text(), QStringLiteral("Mistakes"));
    }

    void providerError_userMessagesForEveryKind()
    {
        for (int kind = int(ProviderError::Kind::Auth); kind <= int(ProviderError::Kind::Cancelled); ++kind) {
            const ProviderError error{static_cast<ProviderError::Kind>(kind), QString()};
            QVERIFY2(!error.userMessage().isEmpty(), qPrintable(error.kindName()));
            QVERIFY(error.kindName() != QLatin1String("unknown"));
        }
        QCOMPARE(ProviderError::kindName(ProviderError::Kind::QuotaExhausted),
                 QStringLiteral("quota_exhausted"));
    }
};

QTEST_GUILESS_MAIN(TestProviderFramework)
#include "TestProviderFramework.moc"
