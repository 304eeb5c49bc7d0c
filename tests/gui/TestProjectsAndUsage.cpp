// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"
#include "AppController.h"
#include "ChatPane.h"
#include "ConversationListPane.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "WindowTestSupport.h"
#include "controllers/ChatController.h"
#include "controllers/ConversationListController.h"
#include "controllers/ConversationListModel.h"
#include "controllers/ProjectController.h"
#include "controllers/UsageController.h"
#include "gui/chatview/ChatView.h"
#include "projects/ProjectDialog.h"
#include "usage/UsageChart.h"
#include "usage/UsageDialog.h"
#include "usage/UsageTableModel.h"

#include "core/AppConfig.h"
#include "services/ChatService.h"
#include "services/SecretStore.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

using WindowTestSupport::chunk;

// 1,000,000 prompt and 1,000,000 completion tokens: with the price set in writeConfig() an
// answer costs exactly $3.
const QByteArray kMillionEnd =
    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1000000,\"completion_tokens\":1000000}}\n\n"
    "data: [DONE]\n\n";

} // namespace

// Usage and cost, budgets and projects on the real window, offscreen, against a fake
// OpenAI-compatible server.
class TestProjectsAndUsage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    std::unique_ptr<AppController> m_app;

    void writeConfig(double monthlyBudget = -1)
    {
        QJsonObject extra{
            {QStringLiteral("prices"),
             QJsonObject{{QStringLiteral("fast"),
                          QJsonObject{{QStringLiteral("input"), 1.0}, {QStringLiteral("output"), 2.0}}}}}};
        if (monthlyBudget >= 0)
            extra.insert(QStringLiteral("monthly_budget"),
                         QJsonObject{{QStringLiteral("amount"), monthlyBudget},
                                     {QStringLiteral("currency"), QStringLiteral("USD")}});
        QVERIFY(WindowTestSupport::writeConfig(m_dir, m_server, extra));
    }

    void startApp()
    {
        m_app = WindowTestSupport::startApp(m_dir, QStringLiteral("gsk_key"));
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }

    Message send(const QString &text, const QByteArray &stream = chunk("ok") + kMillionEnd)
    {
        m_server.enqueue(FakeResponse::sse(stream));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        input->setPlainText(text);
        m_app->chatController().send();
        if (ended.isEmpty() && !ended.wait(10000))
            return Message();
        return ended.takeFirst().at(0).value<Message>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Message>();
        qRegisterMetaType<ProviderError>();
        QVERIFY(m_server.start());
    }

    void init()
    {
        writeConfig();
        startApp();
    }

    void cleanup() { m_app.reset(); }

    void statusBar_andUsageDialog_showTheConversationsUsageAndCost()
    {
        QVERIFY(m_app->window()->usageLabel()->text().isEmpty());
        const Message first = send(QStringLiteral("one"));
        QCOMPARE(first.usage.cost.value_or(0), 3.0);
        QCOMPARE(m_app->window()->usageLabel()->text(), QStringLiteral("2,000,000 tokens · $3.0000"));
        send(QStringLiteral("two"));
        QCOMPARE(m_app->window()->usageLabel()->text(), QStringLiteral("4,000,000 tokens · $6.0000"));

        m_app->window()->actions()->action(QStringLiteral("project.usage"))->trigger();
        UsageDialog *dialog = m_app->usage().dialog();
        QVERIFY(dialog && dialog->isVisible());
        QAbstractItemModelTester tester(dialog->tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Scoped to the open conversation, by day, by provider: one row today.
        QCOMPARE(dialog->scopeCombo()->currentData().toInt(), int(UsageQuery::Scope::Conversation));
        QCOMPARE(dialog->tableModel()->rowCount(), 1);
        const UsageRow row = dialog->tableModel()->rows().at(0);
        QCOMPARE(row.answers, 2);
        QCOMPARE(row.cost, 6.0);
        QCOMPARE(row.period, QDate::currentDate());
        QVERIFY2(dialog->totalsText().contains(QStringLiteral("$6.0000")), qPrintable(dialog->totalsText()));
        // The chart: 30 days, today's bar holds the cost.
        QCOMPARE(dialog->chart()->bars().size(), 30);
        QCOMPARE(dialog->chart()->bars().last().values.value(0), 6.0);
        QCOMPARE(dialog->metricCombo()->currentData().toString(), QStringLiteral("USD"));
        dialog->metricCombo()->setCurrentIndex(dialog->metricCombo()->findData(QString()));
        QCOMPARE(dialog->chart()->bars().last().values.value(0), 4000000.0);
        // All history by month, by model.
        dialog->scopeCombo()->setCurrentIndex(2);
        dialog->periodCombo()->setCurrentIndex(
            dialog->periodCombo()->findData(int(UsageQuery::Period::Month)));
        dialog->breakdownCombo()->setCurrentIndex(
            dialog->breakdownCombo()->findData(int(UsageQuery::Breakdown::Model)));
        QCOMPARE(dialog->tableModel()->rows().at(0).model, QStringLiteral("fast"));
        QCOMPARE(dialog->tableModel()->rows().at(0).period,
                 QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));

        // The table as CSV.
        const QString csvFile = m_dir.filePath(QStringLiteral("usage.csv"));
        QVERIFY(m_app->usage().exportCsv(csvFile));
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("period,provider,model,answers"));
        QVERIFY2(lines.at(1).contains(",groq,fast,2,0,2000000,0,2000000,0,4000000,6.000000,USD"),
                 lines.at(1).constData());
    }

    void historyFromANewerVersion_isReadOnlyInTheWindow()
    {
        m_app.reset();
        const QString path =
            m_dir.filePath(QStringLiteral("historyFromANewerVersion_isReadOnlyInTheWindow.sqlite"));
        {
            Database db;
            QCOMPARE(db.open(path), Database::OpenStatus::Ok);
            db.close();
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        startApp();
        QVERIFY(m_app->database().isReadOnly());
        QVERIFY(!m_app->startupProblems().isEmpty());
        QVERIFY(!m_app->window()->chatPane()->sendButton()->isEnabled());
        QVERIFY(m_app->window()->chatPane()->messageInput()->isReadOnly());
        QVERIFY(!m_app->window()->actions()->action(QStringLiteral("chat.send"))->isEnabled());
        QVERIFY(!m_app->window()->actions()->action(QStringLiteral("project.new"))->isEnabled());
    }

    void priceChange_offersToRecomputeEarlierAnswers()
    {
        const Message answer = send(QStringLiteral("priced"));
        QCOMPARE(answer.usage.cost.value_or(0), 3.0);
        QStringList asked;
        m_app->setRecomputeQuestion([&asked](const QString &question) {
            asked << question;
            return true;
        });
        // The same config again: no question.
        m_app->applyConfig(m_app->config());
        QVERIFY(asked.isEmpty());
        AppConfig config = m_app->config();
        QJsonObject groq = config.provider(QStringLiteral("groq"));
        groq.insert(QStringLiteral("prices"),
                    QJsonObject{{QStringLiteral("fast"),
                                 QJsonObject{{QStringLiteral("input"), 0.5},
                                             {QStringLiteral("output"), 0.5},
                                             {QStringLiteral("currency"), QStringLiteral("EUR")}}}});
        config.setProvider(QStringLiteral("groq"), groq);
        m_app->applyConfig(config);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.at(0).contains(QStringLiteral("1 earlier answer")), qPrintable(asked.at(0)));
        const Message repriced = *MessageRepository(m_app->database()).message(answer.id);
        QCOMPARE(repriced.usage.cost.value_or(0), 1.0);
        QCOMPARE(repriced.usage.currency, QStringLiteral("EUR"));
        QCOMPARE(m_app->window()->usageLabel()->text(), QStringLiteral("2,000,000 tokens · 1.0000 EUR"));
    }

    void addContextFromFiles_isAMessageOfItsOwnInTheBranch()
    {
        const QString path = m_dir.filePath(QStringLiteral("spec.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Spec\nThe button is green.\n");
        file.close();
        // Before any prompt: the conversation starts with the files, and with what was set for it.
        m_app->window()->chatPane()->temperatureSpinBox()->setValue(0.3);
        const qint64 contextId = m_app->chatController().addContextFiles({path});
        QVERIFY(contextId);
        const Message context = *MessageRepository(m_app->database()).message(contextId);
        QCOMPARE(ConversationRepository(m_app->database())
                     .conversation(context.conversationId)
                     ->generation.temperature.value_or(-1),
                 0.3);
        QCOMPARE(context.content, QStringLiteral("Files for context: spec.md"));
        QCOMPARE(AttachmentRepository(m_app->database()).forMessage(contextId).size(), 1);
        QVERIFY(m_app->chatController()
                    .view()
                    ->messageText(QString::number(contextId))
                    .contains(QStringLiteral("spec.md")));
        const Message answer = send(QStringLiteral("What colour is the button?"));
        QCOMPARE(answer.conversationId, context.conversationId);
        QJsonArray sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                              .object()
                              .value(QLatin1String("messages"))
                              .toArray();
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(0)
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QStringLiteral("The button is green.")));
        // Left out, the next prompt goes without it.
        m_app->chatController().toggleInContext(contextId);
        send(QStringLiteral("And now?"));
        sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                   .object()
                   .value(QLatin1String("messages"))
                   .toArray();
        QVERIFY(!m_server.lastRequest().body.contains("The button is green."));
        QCOMPARE(sent.size(), 3); // the first prompt, its answer, the new prompt
    }

    void refreshModelLists_offersWhatTheProviderListsAndCachesIt()
    {
        m_server.enqueue(FakeResponse::json(
            200,
            R"({"object":"list","data":[{"id":"fast","object":"model"},{"id":"llama-3.3-70b-versatile","object":"model"},{"id":"qwen-qwq-32b","object":"model"}]})"));
        QComboBox *selector = m_app->window()->chatPane()->modelSelector();
        QCOMPARE(selector->count(), 2); // fast and smart from config.json
        m_app->window()->actions()->action(QStringLiteral("chat.refreshModels"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(selector->count(), 4, 5000);
        QCOMPARE(m_server.lastRequest().path, QByteArray("/openai/v1/models"));
        QVERIFY(selector->findData(QStringList{QStringLiteral("groq"), QStringLiteral("qwen-qwq-32b")}) >= 0);
        // The models listed come back from the cache on the next start, without a request.
        const int requests = int(m_server.requests().size());
        m_app.reset();
        startApp();
        QCOMPARE(m_app->window()->chatPane()->modelSelector()->count(), 4);
        QCOMPARE(int(m_server.requests().size()), requests);
    }

    void budget_warnsThenAsksAndKeepsThePromptWhenDeclined()
    {
        m_app.reset();
        writeConfig(7.0); // $7 a month for Groq; every answer here costs $3
        startApp();
        QStringList asked;
        bool answer = false;
        m_app->chatController().setOverBudgetConfirmation([&](const QString &question) {
            asked << question;
            return answer;
        });
        send(QStringLiteral("one"));
        send(QStringLiteral("two")); // $3 spent before it: 43 %, no warning
        QVERIFY(asked.isEmpty());
        // $6 of $7 spent: 86 %, the third send warns but goes.
        send(QStringLiteral("three"));
        QVERIFY(asked.isEmpty());
        // $9 spent: the fourth asks; declined, nothing is sent and the prompt stays.
        const int requests = int(m_server.requests().size());
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        input->setPlainText(QStringLiteral("four"));
        m_app->chatController().send();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.at(0).contains(QStringLiteral("Provider Groq: $9.00 of $7.00 this month (129 %)")),
                 qPrintable(asked.at(0)));
        QCOMPARE(int(m_server.requests().size()), requests);
        QCOMPARE(input->toPlainText(), QStringLiteral("four"));
        // Accepted, it is sent.
        answer = true;
        QCOMPARE(send(QStringLiteral("four")).content, QStringLiteral("ok"));
        QCOMPARE(asked.size(), 2);
    }

    void newProject_fromTheDialog_givesNewConversationsItsDefaultsAndFiles()
    {
        const QString brief = m_dir.filePath(QStringLiteral("brief.txt"));
        {
            QFile file(brief);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("The client is Acme.\n");
        }
        ProjectController &projects = m_app->projects();
        projects.setDialogRunner([&](ProjectDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Acme"));
            QComboBox *model = dialog.findChild<QComboBox *>(QStringLiteral("modelComboBox"));
            model->setCurrentIndex(
                model->findData(QStringList{QStringLiteral("groq"), QStringLiteral("smart")}));
            dialog.findChild<QCheckBox *>(QStringLiteral("temperatureCheckBox"))->setChecked(true);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("temperatureSpinBox"))->setValue(0.2);
            dialog.findChild<QCheckBox *>(QStringLiteral("budgetCheckBox"))->setChecked(true);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpinBox"))->setValue(25);
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("systemPromptTextEdit"))
                ->setPlainText(QStringLiteral("Answer as Acme's lawyer."));
            Attachment file;
            file.fileName = QStringLiteral("brief.txt");
            file.mimeType = QStringLiteral("text/plain");
            file.textContent = QStringLiteral("The client is Acme.\n");
            file.size = file.textContent.size();
            dialog.addFiles({file}, {});
            return true;
        });
        m_app->window()->actions()->action(QStringLiteral("project.new"))->trigger();
        const QList<Project> all = ProjectRepository(m_app->database()).list();
        QCOMPARE(all.size(), 1);
        const Project project = all.at(0);
        QCOMPARE(project.name, QStringLiteral("Acme"));
        QCOMPARE(project.defaultModel, QStringLiteral("smart"));
        QCOMPARE(project.defaultGeneration.temperature.value_or(-1), 0.2);
        QCOMPARE(project.monthlyBudget.value_or(0), 25.0);
        QCOMPARE(AttachmentRepository(m_app->database()).forProject(project.id).size(), 1);
        // The new project is shown, and new conversations go into it with its model.
        QCOMPARE(projects.currentProject(), project.id);
        QCOMPARE(m_app->window()->conversationList()->projectSelector()->currentText(),
                 QStringLiteral("Acme"));
        m_app->window()->actions()->action(QStringLiteral("file.new"))->trigger();
        QCOMPARE(m_app->window()->chatPane()->modelSelector()->currentData().toStringList(),
                 (QStringList{QStringLiteral("groq"), QStringLiteral("smart")}));
        const Message answer = send(QStringLiteral("who is the client?"));
        QCOMPARE(ConversationRepository(m_app->database()).conversation(answer.conversationId)->projectId,
                 project.id);
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
        const QString system = body.value(QLatin1String("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toString();
        QVERIFY2(system.startsWith(QStringLiteral("Answer as Acme's lawyer.")), qPrintable(system));
        QVERIFY(system.contains(QStringLiteral("The client is Acme.")));
        // Only the project's conversations are listed; "All conversations" shows the rest.
        QCOMPARE(m_app->conversationList().rowCount(), 1);
        QCOMPARE(m_app->conversationList().conversationId(m_app->conversationList().index(0, 0)),
                 answer.conversationId);

        // Editing removes a file and changes the budget.
        projects.setDialogRunner([](ProjectDialog &dialog) {
            auto *files = dialog.findChild<QListWidget *>(QStringLiteral("filesListWidget"));
            files->item(0)->setSelected(true);
            dialog.findChild<QPushButton *>(QStringLiteral("removeFilesButton"))->click();
            dialog.findChild<QCheckBox *>(QStringLiteral("budgetCheckBox"))->setChecked(false);
            return true;
        });
        QVERIFY(projects.editProject(project.id));
        QVERIFY(AttachmentRepository(m_app->database()).forProject(project.id).isEmpty());
        QVERIFY(!ProjectRepository(m_app->database()).project(project.id)->monthlyBudget);
    }

    void switchProject_filtersTheListAndIsRemembered()
    {
        ProjectRepository projects(m_app->database());
        Project alpha;
        alpha.name = QStringLiteral("Alpha");
        const qint64 alphaId = projects.create(alpha);
        const Message loose = send(QStringLiteral("outside"));
        m_app->chatController().newConversation();
        const Message inside = send(QStringLiteral("inside"));
        QVERIFY(inside.conversationId != loose.conversationId);
        m_app->conversationActions().moveToProject(inside.conversationId, alphaId);
        m_app->projects().setCurrentProject(0);
        ConversationListModel &list = m_app->conversationList();
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // All: the folder (holding one) and the loose conversation.
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.rowCount(list.index(0, 0)), 1);

        QComboBox *selector = m_app->window()->conversationList()->projectSelector();
        QCOMPARE(selector->count(), 2);
        m_app->window()->actions()->action(QStringLiteral("project.switch"))->trigger();
        QVERIFY(selector->hasFocus() || selector->view()->isVisible());
        selector->hidePopup();
        selector->setCurrentIndex(selector->findData(alphaId));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.conversationId(list.index(0, 0)), inside.conversationId);
        // Remembered for the next start.
        m_app.reset();
        m_app = std::make_unique<AppController>(AppController::Paths{
            m_dir.filePath(QStringLiteral("config.json")), QString(), m_dir.path(),
            m_dir.filePath(QStringLiteral("switchProject_filtersTheListAndIsRemembered.sqlite"))});
        QCOMPARE(m_app->projects().currentProject(), alphaId);
        QCOMPARE(m_app->conversationList().rowCount(), 1);
    }

    void dragAndDrop_movesConversationsBetweenProjects()
    {
        ProjectRepository projects(m_app->database());
        Project target;
        target.name = QStringLiteral("Target"); // empty: still a folder to drop on
        const qint64 targetId = projects.create(target);
        const Message answer = send(QStringLiteral("move me"));
        ConversationListModel &list = m_app->conversationList();
        list.reload();
        QCOMPARE(list.rowCount(), 2);
        const QModelIndex folder = list.index(0, 0);
        QCOMPARE(folder.data(ConversationListModel::ProjectIdRole).toLongLong(), targetId);
        const QModelIndex row = list.indexOf(answer.conversationId);
        QVERIFY(list.flags(row) & Qt::ItemIsDragEnabled);
        QVERIFY(list.flags(folder) & Qt::ItemIsDropEnabled);
        std::unique_ptr<QMimeData> data(list.mimeData({row}));
        QVERIFY(data);
        QVERIFY(list.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, folder));
        QVERIFY(!list.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, row)); // not onto a conversation
        QSignalSpy dropped(&list, &ConversationListModel::conversationsDropped);
        list.dropMimeData(data.get(), Qt::MoveAction, -1, 0, folder);
        QVERIFY(dropped.wait(2000));
        QCOMPARE(ConversationRepository(m_app->database()).conversation(answer.conversationId)->projectId,
                 targetId);
        QCOMPARE(list.rowCount(list.index(0, 0)), 1);
        // And out again, onto the empty area below the rows.
        std::unique_ptr<QMimeData> back(list.mimeData({list.index(0, 0, list.index(0, 0))}));
        list.dropMimeData(back.get(), Qt::MoveAction, -1, 0, QModelIndex());
        QVERIFY(dropped.wait(2000));
        QCOMPARE(ConversationRepository(m_app->database()).conversation(answer.conversationId)->projectId, 0);
    }

    void conversationList_readsPageByPageAsTheViewScrolls()
    {
        // 350 conversations, every seventh in a project: the list starts with a screenful and
        // reads the rest when scrolled to the end, each page into its folder or at the bottom.
        ProjectRepository projects(m_app->database());
        Project work;
        work.name = QStringLiteral("Work");
        const qint64 workId = projects.create(work);
        ConversationRepository conversations(m_app->database());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < 350; ++i) {
            Conversation c;
            c.title = QStringLiteral("Conversation %1").arg(i);
            c.projectId = i % 7 == 0 ? workId : 0;
            c.createdAt = c.updatedAt = start.addSecs(i); // the highest number is the newest
            QVERIFY(conversations.create(c));
        }
        ConversationListModel list(m_app->database());
        const auto listed = [&list] {
            int count = list.rowCount() - 1; // less the folder
            count += list.rowCount(list.index(0, 0));
            return count;
        };
        QCOMPARE(listed(), ConversationListModel::kFirstPage);
        QCOMPARE(list.index(1, 0).data().toString(), QStringLiteral("Conversation 349"));
        QVERIFY(list.hasMore());
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.readMore();
        QCOMPARE(listed(), ConversationListModel::kFirstPage + ConversationListModel::kPageSize);
        list.readMore();
        QCOMPARE(listed(), 350);
        QVERIFY(!list.hasMore());
        QCOMPARE(list.index(list.rowCount() - 1, 0).data().toString(), QStringLiteral("Conversation 1"));
        QCOMPARE(list.rowCount(list.index(0, 0)), 50);
        QCOMPARE(list.index(49, 0, list.index(0, 0)).data().toString(), QStringLiteral("Conversation 0"));
        // A reload (after a send, a rename …) keeps what was read.
        list.reload();
        QCOMPARE(listed(), 350);

        // In the window, scrolling to the end is what reads the next page.
        ConversationListModel &shown = m_app->conversationList();
        shown.reload();
        QTreeView *view = m_app->window()->conversationList()->conversationView();
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        const int before = shown.rowCount();
        QCOMPARE(before - 1 + shown.rowCount(shown.index(0, 0)), ConversationListModel::kFirstPage);
        view->scrollToBottom();
        QTRY_VERIFY(shown.rowCount() > before);
    }

    void exportProject_andImportItBack()
    {
        ProjectRepository projects(m_app->database());
        Project project;
        project.name = QStringLiteral("Thesis");
        project.defaultSystemPrompt = QStringLiteral("Cite sources.");
        project.monthlyBudget = 5;
        const qint64 projectId = projects.create(project);
        Attachment file;
        file.fileName = QStringLiteral("outline.md");
        file.textContent = QStringLiteral("# Outline");
        AttachmentRepository(m_app->database()).addToProject(projectId, file);
        const Message first = send(QStringLiteral("chapter one"));
        m_app->conversationActions().moveToProject(first.conversationId, projectId);
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("second version") + kMillionEnd));
        QVERIFY(m_app->chat().regenerate(first.id));
        QVERIFY(ended.wait(10000));

        const QString json = m_dir.filePath(QStringLiteral("thesis.json"));
        const QString markdown = m_dir.filePath(QStringLiteral("thesis.md"));
        QVERIFY(m_app->projects().exportProject(projectId, QStringLiteral("json"), json));
        QVERIFY(m_app->projects().exportProject(projectId, QStringLiteral("md"), markdown));
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Thesis\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("## chapter one")));
        QVERIFY(!text.contains(QStringLiteral("gsk_key")));

        QCOMPARE(m_app->chatController().importConversation(json), 0); // a project, not one conversation
        const QList<Project> all = projects.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, QStringLiteral("Thesis (2)"));
        QCOMPARE(all.at(1).defaultSystemPrompt, QStringLiteral("Cite sources."));
        QCOMPARE(all.at(1).monthlyBudget.value_or(0), 5.0);
        QCOMPARE(AttachmentRepository(m_app->database()).forProject(all.at(1).id).at(0).textContent,
                 QStringLiteral("# Outline"));
        const QList<Conversation> copies = ConversationRepository(m_app->database())
                                               .listPage(ConversationFilter::inProject(all.at(1).id), 10);
        QCOMPARE(copies.size(), 1);
        // Both versions of the answer came back.
        QCOMPARE(MessageRepository(m_app->database()).countInConversation(copies.at(0).id), 3);
    }
};

QTEST_MAIN(TestProjectsAndUsage)
#include "TestProjectsAndUsage.moc"
