// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include "core/AppConfig.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "services/ChatService.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"
#include "services/TokenEstimate.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray chunk(const QByteArray &text)
{
    return "data: "
           "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
           "\"content\":\"" +
           text + "\"},\"finish_reason\":null}]}\n\n";
}

QByteArray finalChunks(int prompt, int completion)
{
    return "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
           "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":" +
           QByteArray::number(prompt) + ",\"completion_tokens\":" + QByteArray::number(completion) +
           ",\"total_tokens\":" + QByteArray::number(prompt + completion) + "}}\n\ndata: [DONE]\n\n";
}

QJsonObject requestBody(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestChatService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_groq;
    FakeHttpServer m_mistral;
    std::unique_ptr<Database> m_db;
    ProviderFactory m_factory;
    SecretStore m_secrets;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<ChatService> m_chat;

    AppConfig config()
    {
        QJsonObject root = AppConfig::defaults().json();
        QJsonObject providers;
        providers.insert(
            QStringLiteral("groq"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("name"), QStringLiteral("Groq")},
                        {QStringLiteral("base_url"), m_groq.url(QStringLiteral("/openai/v1")).toString()},
                        {QStringLiteral("models"), QJsonArray{QStringLiteral("llama-3.3-70b-versatile")}},
                        {QStringLiteral("max_attempts"), 1}});
        providers.insert(
            QStringLiteral("mistral"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("name"), QStringLiteral("Mistral")},
                        {QStringLiteral("base_url"), m_mistral.url(QStringLiteral("/v1")).toString()},
                        {QStringLiteral("models"), QJsonArray{QStringLiteral("mistral-small-latest")}}});
        providers.insert(
            QStringLiteral("keyless"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("name"), QStringLiteral("Nokey")},
                        {QStringLiteral("base_url"), m_groq.url(QStringLiteral("/v1")).toString()}});
        root.insert(QStringLiteral("providers"), providers);
        AppConfig config = AppConfig::defaults();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QJsonDocument(root).toJson());
        file.close();
        return AppConfig::load(path);
    }

    Message waitForEnd(QSignalSpy &ended)
    {
        if (ended.isEmpty())
            ended.wait(10000);
        return ended.isEmpty() ? Message() : ended.takeFirst().at(0).value<Message>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Message>();
        qRegisterMetaType<ProviderError>();
        qputenv("GROQ_API_KEY", "");
        QVERIFY(m_groq.start());
        QVERIFY(m_mistral.start());
        BuiltinProviders::registerAll(m_factory);
        m_secrets.setSessionValue(QStringLiteral("groq"), SecretKind::ApiKey,
                                  QStringLiteral("gsk_test_key_groq_1"));
        m_secrets.setSessionValue(QStringLiteral("mistral"), SecretKind::ApiKey,
                                  QStringLiteral("mistral_test_key_2"));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(
                     QStringLiteral("history-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))),
                 Database::OpenStatus::Ok);
        m_providers = std::make_unique<ProviderManager>(m_factory, m_secrets);
        m_providers->setConfig(config());
        m_chat = std::make_unique<ChatService>(*m_db, *m_providers);
    }

    void cleanup()
    {
        m_chat.reset();
        m_providers.reset();
        m_db.reset();
    }

    void send_streamsAnswerAndStoresItWithUsage()
    {
        m_groq.enqueue(FakeResponse::sse(chunk("Привет") + chunk(", мир") + finalChunks(12, 3)));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy deltas(m_chat.get(), &ChatService::replyDelta);
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        const qint64 userId = m_chat->send(conversation, QStringLiteral("Скажи привет"));
        QVERIFY(userId);
        QVERIFY(m_chat->isStreaming());
        const Message answer = waitForEnd(ended);
        QCOMPARE(answer.content, QStringLiteral("Привет, мир"));
        QCOMPARE(answer.state, MessageState::Complete);
        QCOMPARE(answer.parentId, userId);
        QCOMPARE(answer.providerId, QStringLiteral("groq"));
        QCOMPARE(answer.model, QStringLiteral("llama-3.3-70b-versatile"));
        QCOMPARE(answer.usage.promptTokens.value_or(-1), 12);
        QCOMPARE(answer.usage.completionTokens.value_or(-1), 3);
        QVERIFY(answer.usage.durationMs.has_value());
        QVERIFY(answer.usage.firstTokenMs.has_value());
        // Groq's llama-3.3-70b-versatile at the shipped $0.59 / $0.79 per million tokens.
        QVERIFY(answer.usage.cost.has_value());
        QCOMPARE(*answer.usage.cost, (12 * 0.59 + 3 * 0.79) / 1e6);
        QCOMPARE(answer.usage.currency, QStringLiteral("USD"));
        QVERIFY(deltas.count() >= 2);
        QVERIFY(!m_chat->isStreaming());

        const RecordedRequest request = m_groq.lastRequest();
        QCOMPARE(request.path, QByteArray("/openai/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer gsk_test_key_groq_1"));
        const QJsonArray messages = requestBody(request).value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Скажи привет"));

        // Stored: the active path is prompt → answer, and the title comes from the prompt.
        const QList<Message> path = MessageRepository(*m_db).activePath(conversation);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(1).id, answer.id);
        QCOMPARE(ConversationRepository(*m_db).conversation(conversation)->title,
                 QStringLiteral("Скажи привет"));
    }

    void switchingModel_sendsWholeHistoryToTheNewProvider()
    {
        m_groq.enqueue(FakeResponse::sse(chunk("first answer") + finalChunks(5, 2)));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        QVERIFY(m_chat->send(conversation, QStringLiteral("question one")));
        QCOMPARE(waitForEnd(ended).content, QStringLiteral("first answer"));

        ConversationRepository conversations(*m_db);
        Conversation settings = *conversations.conversation(conversation);
        settings.providerId = QStringLiteral("mistral");
        settings.model = QStringLiteral("mistral-small-latest");
        QVERIFY(conversations.updateSettings(settings));

        m_mistral.enqueue(FakeResponse::sse(chunk("second answer") + finalChunks(9, 2)));
        QVERIFY(m_chat->send(conversation, QStringLiteral("question two")));
        const Message second = waitForEnd(ended);
        QCOMPARE(second.providerId, QStringLiteral("mistral"));
        QCOMPARE(second.model, QStringLiteral("mistral-small-latest"));

        const RecordedRequest request = m_mistral.lastRequest();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer mistral_test_key_2"));
        const QJsonObject body = requestBody(request);
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("mistral-small-latest"));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QStringList sent;
        for (const QJsonValue &message : messages)
            sent << message.toObject().value(QLatin1String("role")).toString() + QLatin1Char(':') +
                        message.toObject().value(QLatin1String("content")).toString();
        QCOMPARE(sent,
                 (QStringList{QStringLiteral("user:question one"), QStringLiteral("assistant:first answer"),
                              QStringLiteral("user:question two")}));
        // Each answer remembers which model wrote it.
        const QList<Message> path = MessageRepository(*m_db).activePath(conversation);
        QCOMPARE(path.at(1).providerId, QStringLiteral("groq"));
        QCOMPARE(path.at(3).providerId, QStringLiteral("mistral"));
    }

    void stop_keepsPartialAnswerMarkedInterrupted()
    {
        m_groq.enqueue(FakeResponse::sse(chunk("partial ") + chunk("text")).delay(50).stall());
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy deltas(m_chat.get(), &ChatService::replyDelta);
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        QVERIFY(m_chat->send(conversation, QStringLiteral("long story please")));
        QTRY_VERIFY_WITH_TIMEOUT(deltas.count() >= 2, 5000);
        m_chat->stop();
        const Message answer = waitForEnd(ended);
        QCOMPARE(answer.state, MessageState::Interrupted);
        QCOMPARE(answer.content, QStringLiteral("partial text"));
        QCOMPARE(MessageRepository(*m_db).message(answer.id)->content, QStringLiteral("partial text"));
    }

    void authFailure_isStoredAsErrorAndPromptIsKept()
    {
        m_groq.enqueue(FakeResponse::json(
            401,
            R"({"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}})"));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        const qint64 userId = m_chat->send(conversation, QStringLiteral("hello?"));
        QVERIFY(userId);
        QVERIFY(ended.wait(10000));
        const Message answer = ended.at(0).at(0).value<Message>();
        const ProviderError error = ended.at(0).at(1).value<ProviderError>();
        QCOMPARE(error.kind(), ProviderError::Kind::Auth);
        QCOMPARE(answer.state, MessageState::Error);
        QCOMPARE(answer.errorKind, QStringLiteral("auth"));
        QVERIFY(!answer.errorText.isEmpty());
        QCOMPARE(MessageRepository(*m_db).message(userId)->content, QStringLiteral("hello?"));
        ended.clear();

        // Retry answers the same prompt again, as a sibling of the failed answer.
        m_groq.enqueue(FakeResponse::sse(chunk("ok now") + finalChunks(3, 2)));
        QVERIFY(m_chat->regenerate(answer.id));
        const Message retried = waitForEnd(ended);
        QCOMPARE(retried.content, QStringLiteral("ok now"));
        QCOMPARE(MessageRepository(*m_db).siblingPosition(retried.id).count, 2);
    }

    void excludedMessages_areNotSent()
    {
        m_groq.enqueue(FakeResponse::sse(chunk("a1") + finalChunks(1, 1)));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        const qint64 first = m_chat->send(conversation, QStringLiteral("secret aside"));
        const Message firstAnswer = waitForEnd(ended);
        QVERIFY(MessageRepository(*m_db).setInContext(first, false));
        QVERIFY(MessageRepository(*m_db).setInContext(firstAnswer.id, false));

        m_groq.enqueue(FakeResponse::sse(chunk("a2") + finalChunks(1, 1)));
        QVERIFY(m_chat->send(conversation, QStringLiteral("only this")));
        waitForEnd(ended);
        const QJsonArray messages =
            requestBody(m_groq.lastRequest()).value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("only this"));
    }

    void generationSettings_followTheDocumentedPrecedence()
    {
        // config.json (the defaults: temperature 0.7, max_tokens 2048) < project < conversation.
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        m_groq.enqueue(FakeResponse::sse(chunk("a") + finalChunks(1, 1)));
        m_chat->send(conversation, QStringLiteral("one"));
        waitForEnd(ended);
        QJsonObject body = requestBody(m_groq.lastRequest());
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 2048);

        Project project;
        project.name = QStringLiteral("Translations");
        project.defaultGeneration.temperature = 0.2;
        project.defaultSystemPrompt = QStringLiteral("You translate into Russian.");
        const qint64 projectId = ProjectRepository(*m_db).create(project);
        QVERIFY(projectId);
        const qint64 inProject = m_chat->createConversation(
            QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"), projectId);
        m_groq.enqueue(FakeResponse::sse(chunk("b") + finalChunks(1, 1)));
        m_chat->send(inProject, QStringLiteral("two"));
        waitForEnd(ended);
        body = requestBody(m_groq.lastRequest());
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 2048);
        QCOMPARE(body.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("You translate into Russian."));

        ConversationRepository conversations(*m_db);
        Conversation own = *conversations.conversation(inProject);
        own.generation.temperature = 1.1;
        own.systemPrompt = QStringLiteral("Be brief.");
        QVERIFY(conversations.updateSettings(own));
        m_groq.enqueue(FakeResponse::sse(chunk("c") + finalChunks(1, 1)));
        m_chat->send(inProject, QStringLiteral("three"));
        waitForEnd(ended);
        body = requestBody(m_groq.lastRequest());
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 1.1);
        QCOMPARE(body.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Be brief."));
    }

    void missingKey_isReportedAndNothingIsStored()
    {
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("keyless"), QStringLiteral("m"));
        QSignalSpy errors(m_chat.get(), &ChatService::errorOccurred);
        QCOMPARE(m_chat->send(conversation, QStringLiteral("will not be sent")), 0);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(1).toString().contains(QStringLiteral("No API key is set for Nokey")),
                 qPrintable(errors.at(0).at(1).toString()));
        QCOMPARE(MessageRepository(*m_db).countInConversation(conversation), 0);
    }

    void noUsageFromTheServer_isEstimatedAndMarked()
    {
        // A stream that ends without any usage chunk.
        m_groq.enqueue(FakeResponse::sse(
            chunk("twelve chars") +
            "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            "data: [DONE]\n\n"));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        QVERIFY(m_chat->send(conversation, QStringLiteral("count these words please")));
        const Message answer = waitForEnd(ended);
        QVERIFY(answer.usage.estimated);
        QCOMPARE(answer.usage.completionTokens.value_or(-1), qint64(TokenEstimate::ofText(answer.content)));
        QCOMPARE(answer.usage.promptTokens.value_or(-1),
                 qint64(TokenEstimate::ofText(QStringLiteral("count these words please")) +
                        TokenEstimate::kPerMessageOverhead));
        // An estimate is priced like reported counts, and says it is an estimate.
        QVERIFY(answer.usage.cost.has_value());
        QVERIFY(MessageRepository(*m_db).message(answer.id)->usage.estimated);
    }

    void reasoningAndFinishReason_areStoredApartFromTheAnswer()
    {
        m_groq.enqueue(FakeResponse::sse(
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"Thinking \"}}]}\n\n"
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"hard.\"}}]}\n\n" +
            chunk("Answer") +
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\n"
            "data: [DONE]\n\n"));
        const qint64 conversation =
            m_chat->createConversation(QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"));
        QSignalSpy thinking(m_chat.get(), &ChatService::replyThinking);
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        QVERIFY(m_chat->send(conversation, QStringLiteral("think")));
        const Message answer = waitForEnd(ended);
        QCOMPARE(answer.content, QStringLiteral("Answer"));
        QCOMPARE(answer.thinking, QStringLiteral("Thinking hard."));
        QCOMPARE(answer.finishReason, QStringLiteral("length"));
        QCOMPARE(answer.finishDetail, QStringLiteral("length"));
        QCOMPARE(thinking.count(), 2);
        // The thinking is never sent back as part of the history.
        m_groq.enqueue(FakeResponse::sse(chunk("more") + finalChunks(3, 1)));
        QVERIFY(m_chat->send(conversation, QStringLiteral("go on")));
        waitForEnd(ended);
        const QJsonArray sent = requestBody(m_groq.lastRequest()).value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Answer"));
        QVERIFY(!m_groq.lastRequest().body.contains("Thinking"));
    }

    void projectFiles_followTheSystemPromptOfEveryRequest()
    {
        ProjectRepository projects(*m_db);
        Project project;
        project.name = QStringLiteral("Docs");
        project.defaultSystemPrompt = QStringLiteral("Be brief.");
        const qint64 projectId = projects.create(project);
        Attachment brief;
        brief.fileName = QStringLiteral("brief.txt");
        brief.mimeType = QStringLiteral("text/plain");
        brief.textContent = QStringLiteral("The client is Acme.");
        QVERIFY(AttachmentRepository(*m_db).addToProject(projectId, brief));
        const qint64 conversation = m_chat->createConversation(
            QStringLiteral("groq"), QStringLiteral("llama-3.3-70b-versatile"), projectId);
        m_groq.enqueue(FakeResponse::sse(chunk("ok") + finalChunks(3, 1)));
        QSignalSpy ended(m_chat.get(), &ChatService::replyEnded);
        QVERIFY(m_chat->send(conversation, QStringLiteral("who is the client?")));
        waitForEnd(ended);
        const QJsonArray sent = requestBody(m_groq.lastRequest()).value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.size(), 2);
        const QString system = sent.at(0).toObject().value(QLatin1String("content")).toString();
        QVERIFY2(system.startsWith(QStringLiteral("Be brief.\n\nProject files:")), qPrintable(system));
        QVERIFY(system.contains(QStringLiteral("brief.txt")));
        QVERIFY(system.contains(QStringLiteral("The client is Acme.")));
        // The preview shows the same.
        QVERIFY(m_chat->previewContext(conversation).request.systemPrompt.contains(QStringLiteral("Acme")));
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "TestChatService.moc"
