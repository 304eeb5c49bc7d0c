// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ContextBuilder.h"
#include "services/ContextLengths.h"
#include "services/TokenEstimate.h"

#include <QJsonObject>
#include <QTest>

class TestContextBuilder : public QObject
{
    Q_OBJECT

private:
    // user/assistant turns; every message is `words` ASCII words of 4 letters and a space:
    // 5 characters, so 1.25 tokens a word.
    static QList<Message> thread(int count, int words)
    {
        QList<Message> path;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.id = i + 1;
            m.parentId = i;
            m.role = i % 2 ? MessageRole::Assistant : MessageRole::User;
            m.content = QStringLiteral("m%1 ").arg(i, 2, 10, QLatin1Char('0')) +
                        QStringLiteral("word ").repeated(words);
            path << m;
        }
        return path;
    }

    static QStringList firstWords(const ChatRequest &request)
    {
        QStringList words;
        for (const ChatMessage &message : request.messages)
            words << message.text.section(QLatin1Char(' '), 0, 0);
        return words;
    }

private Q_SLOTS:
    void tokenEstimate_followsTheDocumentedRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tokens");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii, 4 per token") << QStringLiteral("hello world!") << 3;
        QTest::newRow("rounded up") << QStringLiteral("hello") << 2;
        QTest::newRow("cyrillic, 2 per token") << QStringLiteral("привет мир") << 5; // 9 letters + space
        QTest::newRow("ideographs, 1 each") << QStringLiteral("你好世界") << 4;
        QTest::newRow("emoji, one pair") << QStringLiteral("\U0001F600") << 1;
    }
    void tokenEstimate_followsTheDocumentedRule()
    {
        QFETCH(QString, text);
        QFETCH(int, tokens);
        QCOMPARE(TokenEstimate::ofText(text), tokens);
    }

    void contextLengths_configWinsOverKnownFamilies()
    {
        QCOMPARE(ContextLengths::known(QStringLiteral("gpt-4o-mini")), 128000);
        QCOMPARE(ContextLengths::known(QStringLiteral("GigaChat-2-Max")), 131072);
        QCOMPARE(ContextLengths::known(QStringLiteral("gpt://b1g2/yandexgpt-lite/latest")), 32768);
        QCOMPARE(ContextLengths::known(QStringLiteral("my-own-model")), 0);
        const QJsonObject entry{
            {QStringLiteral("context_lengths"), QJsonObject{{QStringLiteral("gpt-4o"), 9000}}}};
        QCOMPARE(ContextLengths::lookup(entry, QStringLiteral("gpt-4o")), 9000);
        QCOMPARE(ContextLengths::lookup(entry, QStringLiteral("gpt-4o-mini")), 128000);
    }

    void plan_withoutKnownLength_sendsEverything()
    {
        Conversation conversation;
        const ContextPlan plan = ContextBuilder::plan(conversation, thread(10, 400), {}, 0);
        QCOMPARE(plan.request.messages.size(), 10);
        QCOMPARE(plan.trimmedMessages, 0);
        // 10 × (1 + 400 × 5 + 3 characters → 501 tokens + 4 of framing)
        QCOMPARE(plan.estimatedTokens, 10 * (TokenEstimate::ofText(thread(1, 400).at(0).content) + 4));
    }

    void plan_overTheLength_dropsOldestUnpinnedAndKeepsThePrompt()
    {
        Conversation conversation;
        conversation.systemPrompt = QStringLiteral("Be brief."); // 3 + 4 tokens, never dropped
        conversation.generation.maxTokens = 1000;
        QList<Message> path = thread(10, 400); // 505 tokens a message
        path[1].pinned = true;                 // an early answer the user pinned
        const int perMessage = TokenEstimate::ofText(path.at(0).content) + 4;
        // Room for the system prompt, the pinned message and three more.
        const int length = 1000 + 7 + 4 * perMessage + 10;
        const ContextPlan plan = ContextBuilder::plan(conversation, path, {}, length);
        QCOMPARE(firstWords(plan.request), (QStringList{QStringLiteral("m01"), QStringLiteral("m07"),
                                                        QStringLiteral("m08"), QStringLiteral("m09")}));
        QCOMPARE(plan.trimmedMessages, 6);
        QCOMPARE(plan.estimatedTokens, 7 + 4 * perMessage);
        QCOMPARE(plan.reservedForAnswer, 1000);
        QCOMPARE(plan.request.systemPrompt, QStringLiteral("Be brief."));
    }

    void plan_excludedMessagesAreNeverSent()
    {
        Conversation conversation;
        QList<Message> path = thread(4, 3);
        path[0].inContext = false;
        const ContextPlan plan = ContextBuilder::plan(conversation, path, {}, 0);
        QCOMPARE(firstWords(plan.request),
                 (QStringList{QStringLiteral("m01"), QStringLiteral("m02"), QStringLiteral("m03")}));
    }

    void plan_promptAloneTooLong_isStillSent()
    {
        // Nothing older is left to drop: the prompt goes as it is and the provider says no.
        Conversation conversation;
        const ContextPlan plan = ContextBuilder::plan(conversation, thread(3, 2000), {}, 2000);
        QCOMPARE(firstWords(plan.request), QStringList{QStringLiteral("m02")});
        QCOMPARE(plan.trimmedMessages, 2);
        QVERIFY(plan.estimatedTokens > 2000 - ContextBuilder::kDefaultAnswerReserve);
    }
};

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "TestContextBuilder.moc"
