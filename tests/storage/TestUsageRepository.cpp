// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/PromptTemplateRepository.h"
#include "storage/StreamCheckpointer.h"
#include "storage/UsageRepository.h"

#include <QtTest>

namespace {

// Noon local time on a day of November 2026, so day, week and month boundaries are clear
// whatever the time zone.
QDateTime noon(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(12, 0));
}

} // namespace

// Usage added up in SQL, the schema version 3 additions (project files, templates per
// project, thinking and finish reasons), and the cost rewrite after a price change.
class TestUsageRepository : public QObject
{
    Q_OBJECT

private:
    TempHistory m_history;
    qint64 m_project = 0;
    qint64 m_inProject = 0; // a conversation in m_project
    qint64 m_loose = 0;     // one outside any project

    qint64 answer(qint64 conversationId, const QString &provider, const QString &model, const QDateTime &when,
                  qint64 prompt, qint64 completion, std::optional<double> cost = std::nullopt,
                  const QString &currency = QString(), bool estimated = false)
    {
        MessageRepository messages(m_history.db());
        Message user;
        user.conversationId = conversationId;
        user.content = QStringLiteral("q");
        user.createdAt = when;
        const qint64 prompted = messages.add(user);
        Message reply;
        reply.role = MessageRole::Assistant;
        reply.content = QStringLiteral("a");
        reply.providerId = provider;
        reply.model = model;
        reply.createdAt = when.addSecs(1);
        reply.usage.promptTokens = prompt;
        reply.usage.completionTokens = completion;
        reply.usage.cost = cost;
        reply.usage.currency = currency;
        reply.usage.estimated = estimated;
        return messages.addChild(prompted, reply);
    }

private Q_SLOTS:
    void init()
    {
        m_history.open();
        QCOMPARE(int(m_history.status()), int(Database::OpenStatus::Ok));
        m_history.exec(QStringLiteral("DELETE FROM messages"));
        m_history.exec(QStringLiteral("DELETE FROM conversations"));
        m_history.exec(QStringLiteral("DELETE FROM projects"));
        Project project;
        project.name = QStringLiteral("Legal");
        m_project = ProjectRepository(m_history.db()).create(project);
        Conversation conversation;
        conversation.projectId = m_project;
        m_inProject = ConversationRepository(m_history.db()).create(conversation);
        m_loose = ConversationRepository(m_history.db()).create(Conversation());
        QVERIFY(m_project && m_inProject && m_loose);
        // Week of 23–29 Nov: two groq answers in the project, one estimated.
        answer(m_inProject, QStringLiteral("groq"), QStringLiteral("llama"), noon(23), 100, 10, 0.001,
               QStringLiteral("USD"));
        answer(m_inProject, QStringLiteral("groq"), QStringLiteral("llama"), noon(24), 200, 20, 0.002,
               QStringLiteral("USD"), true);
        // Outside the project: a GigaChat answer in roubles on the 30th (next week), and an
        // unpriced Ollama answer on 2 December (next month).
        answer(m_loose, QStringLiteral("gigachat"), QStringLiteral("GigaChat"), noon(30), 1000, 100, 0.22,
               QStringLiteral("RUB"));
        answer(m_loose, QStringLiteral("ollama"), QStringLiteral("qwen"),
               QDateTime(QDate(2026, 12, 2), QTime(9, 0)), 50, 5);
    }

    void cleanup() { m_history.db().close(); }

    void all_groupsByProviderModelAndCurrency()
    {
        const QList<UsageRow> rows = UsageRepository(m_history.db()).rows(UsageQuery::all());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).providerId, QStringLiteral("gigachat"));
        QCOMPARE(rows.at(0).currency, QStringLiteral("RUB"));
        QCOMPARE(rows.at(0).cost, 0.22);
        const UsageRow &groq = rows.at(1);
        QCOMPARE(groq.providerId, QStringLiteral("groq"));
        QCOMPARE(groq.model, QStringLiteral("llama"));
        QCOMPARE(groq.answers, 2);
        QCOMPARE(groq.estimatedAnswers, 1);
        QCOMPARE(groq.promptTokens, 300);
        QCOMPARE(groq.completionTokens, 30);
        QCOMPARE(groq.totalTokens(), 330);
        QCOMPARE(groq.cost, 0.003);
        QCOMPARE(groq.currency, QStringLiteral("USD"));
        QCOMPARE(rows.at(2).providerId, QStringLiteral("ollama"));
        QVERIFY(rows.at(2).currency.isEmpty());
        QCOMPARE(rows.at(2).cost, 0.0);
        QVERIFY(!rows.at(0).period.isValid());
    }

    void scopes_conversationAndProject()
    {
        UsageRepository usage(m_history.db());
        QList<UsageRow> rows = usage.rows(UsageQuery::project(m_project));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).answers, 2);
        rows = usage.rows(UsageQuery::conversation(m_loose));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).providerId, QStringLiteral("gigachat"));
        QCOMPARE(rows.at(1).providerId, QStringLiteral("ollama"));
    }

    void periods_dayWeekMonth()
    {
        UsageRepository usage(m_history.db());
        UsageQuery query = UsageQuery::all();
        query.breakdown = UsageQuery::Breakdown::Provider;
        query.period = UsageQuery::Period::Day;
        QList<UsageRow> rows = usage.rows(query);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).period, QDate(2026, 11, 23));
        QCOMPARE(rows.at(1).period, QDate(2026, 11, 24));
        QVERIFY(rows.at(0).model.isEmpty()); // per provider only

        query.period = UsageQuery::Period::Week;
        rows = usage.rows(query);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).period, QDate(2026, 11, 23)); // a Monday
        QCOMPARE(rows.at(0).answers, 2);
        QCOMPARE(rows.at(1).period, QDate(2026, 11, 30));
        QCOMPARE(rows.at(2).period, QDate(2026, 11, 30)); // 2 December is in the same week
        QCOMPARE(rows.at(2).providerId, QStringLiteral("ollama"));

        query.period = UsageQuery::Period::Month;
        rows = usage.rows(query);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).period, QDate(2026, 11, 1));
        QCOMPARE(rows.at(2).period, QDate(2026, 12, 1));
    }

    void rangeAndProviderFilters()
    {
        UsageRepository usage(m_history.db());
        UsageQuery query = UsageQuery::all();
        query.since = QDate(2026, 11, 24).startOfDay();
        query.until = QDate(2026, 12, 1).startOfDay();
        QList<UsageRow> rows = usage.rows(query);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).answers, 1); // groq on the 24th only
        query = UsageQuery::all();
        query.providerId = QStringLiteral("groq");
        rows = usage.rows(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).providerId, QStringLiteral("groq"));
    }

    void setCosts_rewritesOnlyCostAndCurrency()
    {
        UsageRepository usage(m_history.db());
        QList<AnswerUsage> answers = usage.answersWithTokens();
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers.at(3).providerId, QStringLiteral("ollama"));
        QVERIFY(!answers.at(3).usage.cost);
        answers[3].usage.cost = 0.5;
        answers[3].usage.currency = QStringLiteral("EUR");
        answers[0].usage.cost.reset();
        QVERIFY(usage.setCosts({answers.at(0), answers.at(3)}));
        const Message ollama = *MessageRepository(m_history.db()).message(answers.at(3).messageId);
        QCOMPARE(ollama.usage.cost.value_or(0), 0.5);
        QCOMPARE(ollama.usage.currency, QStringLiteral("EUR"));
        QCOMPARE(ollama.usage.promptTokens.value_or(0), 50);
        const Message first = *MessageRepository(m_history.db()).message(answers.at(0).messageId);
        QVERIFY(!first.usage.cost);
        QVERIFY(first.usage.currency.isEmpty());
    }

    void projectFiles_addListRemoveAndGoWithTheProject()
    {
        AttachmentRepository files(m_history.db());
        Attachment brief;
        brief.fileName = QStringLiteral("brief.md");
        brief.mimeType = QStringLiteral("text/markdown");
        brief.size = 12;
        brief.textContent = QStringLiteral("# Бриф\nТекст");
        const qint64 id = files.addToProject(m_project, brief);
        QVERIFY(id > 0);
        QList<Attachment> listed = files.forProject(m_project);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).fileName, brief.fileName);
        QCOMPARE(listed.at(0).textContent, brief.textContent);
        QCOMPARE(listed.at(0).messageId, 0);
        QVERIFY(files.forMessage(id).isEmpty()); // the two kinds never mix
        QVERIFY(files.removeFromProject(id));
        QVERIFY(files.forProject(m_project).isEmpty());
        QVERIFY(!files.removeFromProject(id));

        files.addToProject(m_project, brief);
        QVERIFY(ProjectRepository(m_history.db()).remove(m_project));
        QCOMPARE(m_history.scalar(QStringLiteral("SELECT count(*) FROM project_files")).toInt(), 0);
    }

    void projectBudget_roundTrips()
    {
        ProjectRepository projects(m_history.db());
        Project project = *projects.project(m_project);
        QVERIFY(!project.monthlyBudget);
        project.monthlyBudget = 12.5;
        project.budgetCurrency = QStringLiteral("RUB");
        QVERIFY(projects.update(project));
        project = *projects.project(m_project);
        QCOMPARE(project.monthlyBudget.value_or(0), 12.5);
        QCOMPARE(project.budgetCurrency, QStringLiteral("RUB"));
    }

    void templates_perProjectAndEverywhere()
    {
        PromptTemplateRepository templates(m_history.db());
        m_history.exec(QStringLiteral("DELETE FROM prompt_templates"));
        PromptTemplate everywhere;
        everywhere.name = QStringLiteral("Translate");
        everywhere.body = QStringLiteral("{{input}}");
        PromptTemplate legal = everywhere;
        legal.name = QStringLiteral("Contract review");
        legal.projectId = m_project;
        QVERIFY(templates.create(everywhere) > 0);
        QVERIFY(templates.create(legal) > 0);
        QCOMPARE(templates.availableIn(0).size(), 1);
        const QList<PromptTemplate> inProject = templates.availableIn(m_project);
        QCOMPARE(inProject.size(), 2);
        QCOMPARE(inProject.at(0).name, QStringLiteral("Contract review"));
        QCOMPARE(inProject.at(0).projectId, m_project);
        QCOMPARE(templates.list().size(), 2);
    }

    void checkpointer_keepsThinkingAndFinishReason()
    {
        MessageRepository messages(m_history.db());
        Message user;
        user.conversationId = m_loose;
        user.content = QStringLiteral("why?");
        const qint64 prompt = messages.add(user);
        StreamCheckpointer stream(m_history.db(), StreamCheckpointer::Policy{60000, 1 << 20});
        const qint64 id = stream.begin(prompt, QStringLiteral("anthropic"), QStringLiteral("claude"));
        QVERIFY(id);
        stream.appendThinking(QStringLiteral("Let me think. "));
        stream.append(QStringLiteral("Because"));
        QVERIFY(stream.checkpoint());
        QCOMPARE(messages.message(id)->thinking, QStringLiteral("Let me think. "));
        stream.appendThinking(QStringLiteral("Done."));
        // Thinking alone is unsaved text too.
        QVERIFY(stream.checkpoint());
        QCOMPARE(messages.message(id)->thinking, QStringLiteral("Let me think. Done."));
        stream.setFinishReason(QStringLiteral("length"), QStringLiteral("max_tokens"));
        QVERIFY(stream.finish(MessageState::Complete));
        const Message stored = *messages.message(id);
        QCOMPARE(stored.content, QStringLiteral("Because"));
        QCOMPARE(stored.thinking, QStringLiteral("Let me think. Done."));
        QCOMPARE(stored.finishReason, QStringLiteral("length"));
        QCOMPARE(stored.finishDetail, QStringLiteral("max_tokens"));
        // A copied branch keeps them.
        const qint64 copy = messages.copyPathToNewConversation(id, QStringLiteral("copy"));
        QCOMPARE(messages.activePath(copy).last().thinking, stored.thinking);
        QCOMPARE(messages.activePath(copy).last().finishReason, stored.finishReason);
    }
};

QTEST_GUILESS_MAIN(TestUsageRepository)
#include "TestUsageRepository.moc"
