// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include "core/AppConfig.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "services/ChatService.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The cost of an answer for every way a provider reports its usage, from a fake server that
// speaks its wire format, priced at round numbers so the expected cost is exact.
class TestCostPerProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    std::unique_ptr<Database> m_db;
    ProviderFactory m_factory;
    SecretStore m_secrets;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<ChatService> m_chat;

    // $ or ₽ per million: input 1,000, cached input 100, output 10,000 — exact in binary terms
    // for the token counts below once divided by a million.
    static QJsonObject price(const QString &model, const QString &currency)
    {
        return QJsonObject{{model, QJsonObject{{QStringLiteral("input"), 1000.0},
                                               {QStringLiteral("cached_input"), 100.0},
                                               {QStringLiteral("output"), 10000.0},
                                               {QStringLiteral("currency"), currency}}}};
    }

    QJsonObject entry(const char *type, const QString &path, const QString &model, const QString &currency,
                      QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("type"), QLatin1String(type));
        extra.insert(QStringLiteral("base_url"), m_server.url(path).toString());
        extra.insert(QStringLiteral("models"), QJsonArray{model});
        extra.insert(QStringLiteral("max_attempts"), 1);
        extra.insert(QStringLiteral("prices"), price(model, currency));
        return extra;
    }

    Message answer(const QString &providerId)
    {
        const qint64 conversation = m_chat->createConversation(providerId, QString());
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        if (!m_chat->send(conversation, QStringLiteral("Привет")))
            return Message();
        if (ended.isEmpty() && !ended.wait(10000))
            return Message();
        return ended.takeFirst().at(0).value<Message>();
    }

    static double expected(qint64 prompt, qint64 cached, qint64 completion)
    {
        return ((prompt - cached) * 1000.0 + cached * 100.0 + completion * 10000.0) / 1e6;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Message>();
        qRegisterMetaType<ProviderError>();
        QVERIFY(m_server.start());
        BuiltinProviders::registerAll(m_factory);
        for (const char *id : {"oa", "groq", "local", "giga", "yc"})
            m_secrets.setSessionValue(QLatin1String(id), SecretKind::ApiKey,
                                      QStringLiteral("key-%1").arg(QLatin1String(id)));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(
                     QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))),
                 Database::OpenStatus::Ok);
        AppConfig config = AppConfig::defaults();
        config.setProvider(QStringLiteral("oa"), entry("openai", QStringLiteral("/oa/v1"),
                                                       QStringLiteral("gpt-x"), QStringLiteral("USD")));
        config.setProvider(QStringLiteral("groq"), entry("openai", QStringLiteral("/groq/v1"),
                                                         QStringLiteral("llama-x"), QStringLiteral("USD")));
        config.setProvider(QStringLiteral("local"),
                           entry("ollama", QStringLiteral("/ollama"), QStringLiteral("llama3.2"),
                                 QStringLiteral("EUR"),
                                 QJsonObject{{QStringLiteral("preset"), QStringLiteral("ollama")}}));
        config.setProvider(QStringLiteral("giga"),
                           entry("gigachat", QStringLiteral("/api/v1"), QStringLiteral("GigaChat-2"),
                                 QStringLiteral("RUB"),
                                 QJsonObject{{QStringLiteral("auth_url"),
                                              m_server.url(QStringLiteral("/api/v2/oauth")).toString()}}));
        config.setProvider(QStringLiteral("yc"),
                           entry("yandexgpt", QString(), QStringLiteral("yandexgpt-lite"),
                                 QStringLiteral("RUB"),
                                 QJsonObject{{QStringLiteral("folder_id"), QStringLiteral("b1gfolder")},
                                             {QStringLiteral("auth_mode"), QStringLiteral("apiKey")}}));
        m_providers = std::make_unique<ProviderManager>(m_factory, m_secrets);
        m_providers->setConfig(config);
        m_chat = std::make_unique<ChatService>(*m_db, *m_providers);
    }

    void cleanup()
    {
        m_chat.reset();
        m_providers.reset();
        m_db.reset();
    }

    void openAi_finalUsageChunk()
    {
        m_server.enqueue(FakeResponse::sse(
            "data: "
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}],\"usage\":"
            "null}\n\n"
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
            "data: "
            "{\"choices\":[],\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":250,\"total_tokens\":"
            "1150,"
            "\"prompt_tokens_details\":{\"cached_tokens\":400}}}\n\n"
            "data: [DONE]\n\n"));
        const Message message = answer(QStringLiteral("oa"));
        QCOMPARE(message.usage.promptTokens.value_or(-1), 900);
        QCOMPARE(message.usage.cachedTokens.value_or(-1), 400);
        QCOMPARE(message.usage.completionTokens.value_or(-1), 250);
        QCOMPARE(*message.usage.cost, expected(900, 400, 250));
        QCOMPARE(message.usage.currency, QStringLiteral("USD"));
    }

    void groq_xGroqUsage()
    {
        m_server.enqueue(FakeResponse::sse(
            "data: "
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}],\"x_groq\":{"
            "\"id\":\"req_1\"}}\n\n"
            "data: "
            "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"x_groq\":{\"id\":\"req_"
            "1\","
            "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":30,\"total_tokens\":150}}}\n\n"
            "data: [DONE]\n\n"));
        const Message message = answer(QStringLiteral("groq"));
        QCOMPARE(message.usage.promptTokens.value_or(-1), 120);
        QCOMPARE(message.usage.completionTokens.value_or(-1), 30);
        QVERIFY(!message.usage.estimated);
        QCOMPARE(*message.usage.cost, expected(120, 0, 30));
    }

    void ollama_evalCounts()
    {
        FakeResponse response(200);
        response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-ndjson"))
            .write("{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"done\":"
                   "false}\n")
            .write(
                "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                "\"done_reason\":\"stop\",\"prompt_eval_count\":26,\"eval_count\":282}\n");
        m_server.enqueue(response);
        const Message message = answer(QStringLiteral("local"));
        QCOMPARE(message.usage.promptTokens.value_or(-1), 26);
        QCOMPARE(message.usage.completionTokens.value_or(-1), 282);
        QCOMPARE(*message.usage.cost, expected(26, 0, 282));
        QCOMPARE(message.usage.currency, QStringLiteral("EUR"));
    }

    void gigaChat_precachedPromptTokens()
    {
        m_server.enqueue(FakeResponse::json(
            200,
            QByteArrayLiteral("{\"access_token\":\"giga-token-0123456789\",\"expires_at\":4102444800000}")));
        m_server.enqueue(FakeResponse::sse(
            "data: {\"choices\":[{\"delta\":{\"content\":\"Раз\",\"role\":\"assistant\"},\"index\":0}]}\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"\"},\"index\":0,\"finish_reason\":\"stop\"}],"
            "\"usage\":{\"prompt_tokens\":170,\"completion_tokens\":42,\"total_tokens\":212,"
            "\"precached_prompt_tokens\":20}}\n\n"
            "data: [DONE]\n\n"));
        const Message message = answer(QStringLiteral("giga"));
        QCOMPARE(message.usage.promptTokens.value_or(-1), 170);
        QCOMPARE(message.usage.cachedTokens.value_or(-1), 20);
        QCOMPARE(message.usage.completionTokens.value_or(-1), 42);
        QCOMPARE(*message.usage.cost, expected(170, 20, 42));
        QCOMPARE(message.usage.currency, QStringLiteral("RUB"));
    }

    void yandexGpt_numbersAsStrings()
    {
        FakeResponse response(200);
        response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")).chunked();
        response.write(
            "{\"result\":{\"alternatives\":[{\"message\":{\"role\":\"assistant\",\"text\":\"При\"},"
            "\"status\":\"ALTERNATIVE_STATUS_PARTIAL\"}],\"usage\":{\"inputTextTokens\":\"64\","
            "\"completionTokens\":\"1\",\"totalTokens\":\"65\"}}}\n");
        response.write(
            "{\"result\":{\"alternatives\":[{\"message\":{\"role\":\"assistant\",\"text\":\"Привет!\"},"
            "\"status\":\"ALTERNATIVE_STATUS_FINAL\"}],\"usage\":{\"inputTextTokens\":\"64\","
            "\"completionTokens\":\"5\",\"totalTokens\":\"69\"}}}\n");
        m_server.enqueue(response);
        const Message message = answer(QStringLiteral("yc"));
        QCOMPARE(message.content, QStringLiteral("Привет!"));
        QCOMPARE(message.usage.promptTokens.value_or(-1), 64);
        QCOMPARE(message.usage.completionTokens.value_or(-1), 5);
        QCOMPARE(*message.usage.cost, expected(64, 0, 5));
        QCOMPARE(message.usage.currency, QStringLiteral("RUB"));
    }
};

QTEST_GUILESS_MAIN(TestCostPerProvider)
#include "TestCostPerProvider.moc"
