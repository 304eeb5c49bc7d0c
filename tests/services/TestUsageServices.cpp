// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppConfig.h"
#include "services/BudgetGuard.h"
#include "services/CostRecalculator.h"
#include "services/UsageCsv.h"
#include "services/UsageTotals.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Budgets, the cost rewrite after a price change, totals per currency and the CSV export.
class TestUsageServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_project = 0;
    qint64 m_conversation = 0;

    qint64 answer(const QString &provider, const QString &model, const QDateTime &when, qint64 prompt,
                  qint64 completion, std::optional<double> cost,
                  const QString &currency = QStringLiteral("USD"))
    {
        MessageRepository messages(*m_db);
        Message user;
        user.conversationId = m_conversation;
        user.content = QStringLiteral("q");
        user.createdAt = when;
        Message reply;
        reply.role = MessageRole::Assistant;
        reply.providerId = provider;
        reply.model = model;
        reply.createdAt = when.addSecs(1);
        reply.usage.promptTokens = prompt;
        reply.usage.completionTokens = completion;
        reply.usage.cost = cost;
        reply.usage.currency = cost ? currency : QString();
        return messages.addChild(messages.add(user), reply);
    }

    static AppConfig configWithBudget(double amount, const QString &currency = QStringLiteral("USD"))
    {
        AppConfig config = AppConfig::defaults();
        QJsonObject groq = config.provider(QStringLiteral("groq"));
        groq.insert(QStringLiteral("monthly_budget"),
                    QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}});
        config.setProvider(QStringLiteral("groq"), groq);
        return config;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(
                     QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))),
                 Database::OpenStatus::Ok);
        Project project;
        project.name = QStringLiteral("Legal");
        project.monthlyBudget = 1.0;
        project.budgetCurrency = QStringLiteral("USD");
        m_project = ProjectRepository(*m_db).create(project);
        Conversation conversation;
        conversation.projectId = m_project;
        m_conversation = ConversationRepository(*m_db).create(conversation);
    }

    void cleanup() { m_db.reset(); }

    void budget_levelsAtEightyAndHundredPercent()
    {
        const QDate today(2026, 11, 20);
        const AppConfig config = configWithBudget(10);
        const BudgetGuard guard(*m_db, config);
        // Last month's spending does not count; roubles do not count against dollars.
        answer(QStringLiteral("groq"), QStringLiteral("m"), QDateTime(QDate(2026, 10, 31), QTime(12, 0)), 1,
               1, 5.0);
        answer(QStringLiteral("groq"), QStringLiteral("m"), QDateTime(QDate(2026, 11, 2), QTime(12, 0)), 1, 1,
               9.0, QStringLiteral("RUB"));
        QList<BudgetStatus> statuses = guard.check(m_project, QStringLiteral("groq"), today);
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(BudgetGuard::worst(statuses), BudgetStatus::Level::Ok);
        QCOMPARE(statuses.at(0).spent, 0.0);

        answer(QStringLiteral("groq"), QStringLiteral("m"), QDateTime(QDate(2026, 11, 3), QTime(12, 0)), 1, 1,
               0.85);
        statuses = guard.check(m_project, QStringLiteral("groq"), today);
        // The project's $1 budget is at 85 %, the provider's $10 one at 8.5 %: worst first.
        QCOMPARE(statuses.at(0).owner, BudgetStatus::Owner::Project);
        QCOMPARE(statuses.at(0).level, BudgetStatus::Level::Warning);
        QCOMPARE(statuses.at(0).spent, 0.85);
        QCOMPARE(statuses.at(1).owner, BudgetStatus::Owner::Provider);
        QCOMPARE(statuses.at(1).level, BudgetStatus::Level::Ok);
        QCOMPARE(statuses.at(1).name, QStringLiteral("Groq"));
        QCOMPARE(BudgetGuard::worst(statuses), BudgetStatus::Level::Warning);
        QCOMPARE(statuses.at(0).describe(),
                 QStringLiteral("Project \u201cLegal\u201d: $0.85 of $1.00 this month (85 %)"));

        answer(QStringLiteral("groq"), QStringLiteral("m"), QDateTime(QDate(2026, 11, 19), QTime(23, 0)), 1,
               1, 0.20);
        statuses = guard.check(m_project, QStringLiteral("groq"), today);
        QCOMPARE(statuses.at(0).level, BudgetStatus::Level::Exceeded);
        QCOMPARE(BudgetGuard::worst(statuses), BudgetStatus::Level::Exceeded);
        // In December the month starts afresh.
        QCOMPARE(BudgetGuard::worst(guard.check(m_project, QStringLiteral("groq"), QDate(2026, 12, 1))),
                 BudgetStatus::Level::Ok);
        // Another provider outside the project has no budget at all.
        QVERIFY(guard.check(0, QStringLiteral("mistral"), today).isEmpty());
    }

    void recalculator_repricesAnswersAfterAPriceChange()
    {
        // Groq's llama-3.1-8b-instant is shipped at $0.05 / $0.08 per million tokens.
        const qint64 cheap = answer(QStringLiteral("groq"), QStringLiteral("llama-3.1-8b-instant"),
                                    QDateTime::currentDateTime(), 1000000, 1000000, 0.13);
        const qint64 unknown = answer(QStringLiteral("local"), QStringLiteral("my-model"),
                                      QDateTime::currentDateTime(), 2000000, 1000000, std::nullopt);
        AppConfig config = AppConfig::defaults();
        // Nothing to do while the prices are those the costs were computed with.
        QVERIFY(CostRecalculator(*m_db, config).changes().isEmpty());

        QJsonObject local{{QStringLiteral("type"), QStringLiteral("openai")},
                          {QStringLiteral("prices"),
                           QJsonObject{{QStringLiteral("my-model"),
                                        QJsonObject{{QStringLiteral("input"), 1.0},
                                                    {QStringLiteral("output"), 2.0},
                                                    {QStringLiteral("currency"), QStringLiteral("EUR")}}}}}};
        config.setProvider(QStringLiteral("local"), local);
        QJsonObject groq = config.provider(QStringLiteral("groq"));
        groq.insert(QStringLiteral("prices"), QJsonObject{{QStringLiteral("llama-3.1-8b-instant"),
                                                           QJsonObject{{QStringLiteral("input"), 0.10},
                                                                       {QStringLiteral("output"), 0.20}}}});
        config.setProvider(QStringLiteral("groq"), groq);

        CostRecalculator recalculator(*m_db, config);
        const QList<AnswerUsage> changes = recalculator.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(recalculator.apply(), 2);
        MessageRepository messages(*m_db);
        QCOMPARE(messages.message(cheap)->usage.cost.value_or(0), 0.10 + 0.20);
        QCOMPARE(messages.message(cheap)->usage.currency, QStringLiteral("USD"));
        QCOMPARE(messages.message(unknown)->usage.cost.value_or(0), 2 * 1.0 + 2.0);
        QCOMPARE(messages.message(unknown)->usage.currency, QStringLiteral("EUR"));
        QCOMPARE(messages.message(unknown)->usage.promptTokens.value_or(0), 2000000);
        QVERIFY(recalculator.changes().isEmpty());
    }

    void totals_addUpPerCurrency()
    {
        UsageRow dollars;
        dollars.answers = 2;
        dollars.promptTokens = 10;
        dollars.completionTokens = 5;
        dollars.cost = 0.5;
        dollars.currency = QStringLiteral("USD");
        UsageRow roubles = dollars;
        roubles.cost = 12.25;
        roubles.currency = QStringLiteral("RUB");
        roubles.estimatedAnswers = 1;
        UsageRow unpriced = dollars;
        unpriced.cost = 0;
        unpriced.currency.clear();
        const UsageTotals totals = UsageTotals::of({dollars, roubles, unpriced});
        QCOMPARE(totals.answers, 6);
        QCOMPARE(totals.estimatedAnswers, 1);
        QCOMPARE(totals.totalTokens(), 45);
        QCOMPARE(totals.costByCurrency.size(), 2);
        QCOMPARE(totals.costText(2), QStringLiteral("12.25\u00a0₽ + $0.50"));
        QCOMPARE(UsageTotals::formatCost(1.5, QStringLiteral("EUR"), 2), QStringLiteral("1.50 EUR"));
    }

    void csv_hasAHeaderQuotesAndOneLinePerRow()
    {
        UsageRow row;
        row.period = QDate(2026, 11, 23);
        row.providerId = QStringLiteral("local");
        row.model = QStringLiteral("my \"big\", model");
        row.answers = 3;
        row.estimatedAnswers = 1;
        row.promptTokens = 100;
        row.cachedTokens = 40;
        row.completionTokens = 20;
        row.reasoningTokens = 5;
        row.cost = 0.0123;
        row.currency = QStringLiteral("USD");
        UsageRow unpriced;
        unpriced.providerId = QStringLiteral("ollama");
        unpriced.model = QStringLiteral("qwen");
        unpriced.answers = 1;
        const QByteArray csv = UsageCsv::write({row, unpriced});
        QCOMPARE(csv,
                 QByteArray("period,provider,model,answers,estimated_answers,prompt_tokens,cached_tokens,"
                            "completion_tokens,reasoning_tokens,total_tokens,cost,currency\r\n"
                            "2026-11-23,local,\"my \"\"big\"\", model\",3,1,100,40,20,5,120,0.012300,USD\r\n"
                            ",ollama,qwen,1,0,0,0,0,0,0,,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestUsageServices)
#include "TestUsageServices.moc"
