// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MmchatFixture.h"

#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>

// mmchat end to end: the built program against fake OpenAI-compatible servers.
class TestMmchat : public QObject
{
    Q_OBJECT

private:
    MmchatFixture m_fixture;

    QJsonDocument jsonOf(const MmchatResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.startServers()); }

    void init() { m_fixture.newProfile(); }

    void runWithPromptOption_streamsAnswerToStdoutAndStoresIt()
    {
        m_fixture.groq.enqueue(
            FakeResponse::sse(sseChunk("Hello") + sseChunk(", world") + sseEnd(12, 3)).splitBodyEvery(40, 5));
        const int before = int(m_fixture.groq.requests().size());
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("Say hi")});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("Hello, world\n"));
        QCOMPARE(m_fixture.groq.requests().size(), before + 1);
        const RecordedRequest request = m_fixture.groq.lastRequest();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer gsk_cli_test_key_1"));
        QCOMPARE(sentMessages(request), QStringList{QStringLiteral("user:Say hi")});

        const auto db = m_fixture.openHistory();
        QVERIFY(db);
        const QList<Conversation> conversations =
            ConversationRepository(*db).listPage(ConversationFilter::all(), 10);
        QCOMPARE(conversations.size(), 1);
        const QList<Message> path = MessageRepository(*db).activePath(conversations.at(0).id);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(1).content, QStringLiteral("Hello, world"));
        QCOMPARE(path.at(1).model, QStringLiteral("llama-test"));
    }

    void thinkingGoesToStderr_andACutAnswerSaysWhy()
    {
        m_fixture.groq.enqueue(FakeResponse::sse(
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"Let me see.\"}}]}\n\n" +
            sseChunk("The answer") +
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\n"
            "data: [DONE]\n\n"));
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("think")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("The answer\n"));
        QVERIFY2(result.err.startsWith(QStringLiteral("thinking: Let me see.\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("cut off at the token limit")), qPrintable(result.err));
        const auto db = m_fixture.openHistory();
        const QList<Message> path = MessageRepository(*db).activePath(
            ConversationRepository(*db).listPage(ConversationFilter::all(), 1).at(0).id);
        QCOMPARE(path.at(1).thinking, QStringLiteral("Let me see."));
        QCOMPARE(path.at(1).finishReason, QStringLiteral("length"));
    }

    void budgetUsedUp_refusesUnlessIgnoredAndWarnsBefore()
    {
        // $1 + $1 per million prompt / completion tokens and a $5 monthly budget.
        QFile file(m_fixture.dir->filePath(QStringLiteral("config/multimodel-chat/config.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject providers = root.value(QLatin1String("providers")).toObject();
        QJsonObject groq = providers.value(QLatin1String("groq")).toObject();
        groq.insert(QStringLiteral("prices"), QJsonObject{{QStringLiteral("llama-test"),
                                                           QJsonObject{{QStringLiteral("input"), 1.0},
                                                                       {QStringLiteral("output"), 1.0}}}});
        groq.insert(
            QStringLiteral("monthly_budget"),
            QJsonObject{{QStringLiteral("amount"), 5}, {QStringLiteral("currency"), QStringLiteral("USD")}});
        providers.insert(QStringLiteral("groq"), groq);
        root.insert(QStringLiteral("providers"), providers);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        // Each answer: 2,000,000 prompt tokens and 2,000,000 completion tokens, $4.
        m_fixture.groq.enqueue(answer("one", 2000000, 2000000));
        MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("q1")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.isEmpty());
        // $4 of $5: a warning, and it is sent.
        m_fixture.groq.enqueue(answer("two", 2000000, 2000000));
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("q2")});
        QCOMPARE(result.code, 0);
        QVERIFY2(
            result.err.contains(QStringLiteral("budget at Provider Groq: $4.00 of $5.00 this month (80 %)")),
            qPrintable(result.err));
        // $8 of $5: refused, nothing sent, unless --ignore-budget.
        const int requests = int(m_fixture.groq.requests().size());
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("q3")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("--ignore-budget")), qPrintable(result.err));
        QCOMPARE(int(m_fixture.groq.requests().size()), requests);
        m_fixture.groq.enqueue(answer("three"));
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("--ignore-budget"),
                                QStringLiteral("-p"), QStringLiteral("q3")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("three\n"));
    }

    void runWithPipedPrompt_sendsStdinAndContinuesActiveConversation()
    {
        m_fixture.groq.enqueue(answer("first answer"));
        MmchatResult result = m_fixture.run({QStringLiteral("run")}, "piped question\n");
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("first answer\n"));
        QCOMPARE(sentMessages(m_fixture.groq.lastRequest()),
                 QStringList{QStringLiteral("user:piped question")});

        // The next run continues the same (active) conversation, with its options.
        m_fixture.groq.enqueue(answer("second answer"));
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("--temperature"), QStringLiteral("0.3"),
                                QStringLiteral("--max-tokens"), QStringLiteral("99"),
                                QStringLiteral("--system"), QStringLiteral("Be brief.")},
                               "and again");
        QCOMPARE(result.code, 0);
        const RecordedRequest request = m_fixture.groq.lastRequest();
        QCOMPARE(sentMessages(request),
                 (QStringList{QStringLiteral("system:Be brief."), QStringLiteral("user:piped question"),
                              QStringLiteral("assistant:first answer"), QStringLiteral("user:and again")}));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 99);
    }

    void runWithProviderOption_usesThatProviderAndModel()
    {
        m_fixture.mistral.enqueue(answer("bonjour"));
        const MmchatResult result = m_fixture.run(
            {QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("--model"),
             QStringLiteral("mistral.mistral-big"), QStringLiteral("-p"), QStringLiteral("salut")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("bonjour\n"));
        const RecordedRequest request = m_fixture.mistral.lastRequest();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer mistral_cli_test_key_2"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QLatin1String("model")).toString(),
                 QStringLiteral("mistral-big"));
    }

    void usage_totalsEqualWhatTheServersReported()
    {
        m_fixture.groq.enqueue(answer("one", 12, 3));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("q1")}).code, 0);
        m_fixture.groq.enqueue(answer("two", 20, 5));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("q2")}).code, 0);
        m_fixture.mistral.enqueue(answer("three", 7, 11));
        QCOMPARE(m_fixture
                     .run({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("--provider"),
                           QStringLiteral("mistral"), QStringLiteral("-p"), QStringLiteral("q3")})
                     .code,
                 0);

        const MmchatResult result = m_fixture.run({QStringLiteral("usage"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonObject report = jsonOf(result).object();
        const QJsonObject total = report.value(QLatin1String("total")).toObject();
        QCOMPARE(total.value(QLatin1String("prompt_tokens")).toInt(), 12 + 20 + 7);
        QCOMPARE(total.value(QLatin1String("completion_tokens")).toInt(), 3 + 5 + 11);
        QCOMPARE(total.value(QLatin1String("answers")).toInt(), 3);
        const QJsonArray rows = report.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(QLatin1String("provider")).toString() == QLatin1String("groq")) {
                QCOMPARE(row.value(QLatin1String("model")).toString(), QStringLiteral("llama-test"));
                QCOMPARE(row.value(QLatin1String("prompt_tokens")).toInt(), 32);
                QCOMPARE(row.value(QLatin1String("completion_tokens")).toInt(), 8);
            } else {
                QCOMPARE(row.value(QLatin1String("provider")).toString(), QStringLiteral("mistral"));
                QCOMPARE(row.value(QLatin1String("total_tokens")).toInt(), 18);
            }
        }
        // The text form shows the same total.
        const MmchatResult text = m_fixture.run({QStringLiteral("usage")});
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("total\\s+3\\s+39\\s+19\\s+58"))),
                 qPrintable(text.out));
    }

    void tree_afterRegenerate_showsTwoBranches()
    {
        m_fixture.groq.enqueue(answer("first try"));
        QCOMPARE(
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("tell a joke")}).code,
            0);
        m_fixture.groq.enqueue(answer("second try"));
        const MmchatResult session =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-i")}, "/regenerate\n");
        QCOMPARE(session.code, 0);
        QVERIFY2(session.out.contains(QStringLiteral("second try")), qPrintable(session.out));

        const MmchatResult result = m_fixture.run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonArray roots = jsonOf(result).object().value(QLatin1String("nodes")).toArray();
        QCOMPARE(roots.size(), 1);
        const QJsonObject prompt = roots.at(0).toObject();
        QCOMPARE(prompt.value(QLatin1String("text")).toString(), QStringLiteral("tell a joke"));
        const QJsonArray answers = prompt.value(QLatin1String("children")).toArray();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("first try"));
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("active")).toBool(), false);
        QCOMPARE(answers.at(1).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("second try"));
        QCOMPARE(answers.at(1).toObject().value(QLatin1String("active")).toBool(), true);

        const MmchatResult text = m_fixture.run({QStringLiteral("tree")});
        QCOMPARE(text.out, QStringLiteral("* 1 user: tell a joke\n"
                                          "    + 2 assistant: first try\n"
                                          "*   + 3 assistant: second try\n"));
    }

    void saveAndLoad_switchTheActiveConversation()
    {
        m_fixture.groq.enqueue(answer("a1"));
        QCOMPARE(
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("first topic")}).code,
            0);
        MmchatResult result = m_fixture.run({QStringLiteral("save"), QStringLiteral("Topic one")});
        QCOMPARE(result.code, 0);
        m_fixture.groq.enqueue(answer("b1"));
        QCOMPARE(m_fixture
                     .run({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-p"),
                           QStringLiteral("second topic")})
                     .code,
                 0);

        const auto activeTitle = [this] {
            const QJsonArray list =
                jsonOf(m_fixture.run({QStringLiteral("list"), QStringLiteral("--json")})).array();
            for (const QJsonValue &value : list) {
                if (value.toObject().value(QLatin1String("active")).toBool())
                    return value.toObject().value(QLatin1String("title")).toString();
            }
            return QString();
        };
        QCOMPARE(activeTitle(), QStringLiteral("second topic"));
        result = m_fixture.run({QStringLiteral("load"), QStringLiteral("topic one")});
        QCOMPARE(result.code, 0);
        QCOMPARE(activeTitle(), QStringLiteral("Topic one"));

        // The next prompt goes to the loaded conversation.
        m_fixture.groq.enqueue(answer("a2"));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("more")}).code,
                 0);
        QCOMPARE(sentMessages(m_fixture.groq.lastRequest()),
                 (QStringList{QStringLiteral("user:first topic"), QStringLiteral("assistant:a1"),
                              QStringLiteral("user:more")}));

        result = m_fixture.run({QStringLiteral("load"), QStringLiteral("no such thing")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("mmchat list")));
    }

    void interactiveSession_modelSaveTreeEditExclude()
    {
        const QString editor = m_fixture.dir->filePath(QStringLiteral("editor.sh"));
        QFile script(editor);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf 'edited question\\n' > \"$1\"\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_fixture.environment.insert(QStringLiteral("EDITOR"), editor);

        m_fixture.groq.enqueue(answer("answer one"));
        m_fixture.mistral.enqueue(answer("answer two"));
        m_fixture.mistral.enqueue(answer("answer to the edit"));
        const int groqBefore = int(m_fixture.groq.requests().size());
        const int mistralBefore = int(m_fixture.mistral.requests().size());
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-i")},
                          "question one\n"
                          "/model mistral.mistral-test\n"
                          "question two\n"
                          "/save My chat\n"
                          "/tree\n"
                          "/edit\n"
                          "/exclude 1\n"
                          "/context\n"
                          "/bogus\n"
                          "/exit\n"
                          "never sent\n");
        QCOMPARE(result.code, 0);
        QCOMPARE(m_fixture.groq.requests().size(), groqBefore + 1);
        QCOMPARE(m_fixture.mistral.requests().size(), mistralBefore + 2);
        QVERIFY2(result.out.contains(QStringLiteral("answer one\nModel: mistral.mistral-test\nanswer two\n")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Saved as \"My chat\".")));
        // /tree before the edit: one straight path.
        QVERIFY2(result.out.contains(QStringLiteral("* 1 user: question one\n* 2 assistant: answer one\n"
                                                    "* 3 user: question two\n* 4 assistant: answer two\n")),
                 qPrintable(result.out));
        // The edit is a sibling of "question two": the same history, the new text.
        QCOMPARE(sentMessages(m_fixture.mistral.lastRequest()),
                 (QStringList{QStringLiteral("user:question one"), QStringLiteral("assistant:answer one"),
                              QStringLiteral("user:edited question")}));
        QVERIFY(result.out.contains(QStringLiteral("answer to the edit")));
        // /context after /exclude 1 on the new path (1, 2, 5, 6).
        QVERIFY2(result.out.contains(QStringLiteral("[ ] 1 user: question one\n[x] 2 assistant: answer one\n"
                                                    "[x] 5 user: edited question\n")),
                 qPrintable(result.out));
        QVERIFY(result.err.contains(QStringLiteral("unknown command /bogus")));
        QVERIFY(!result.out.contains(QStringLiteral("never sent")));

        const MmchatResult tree = m_fixture.run({QStringLiteral("tree"), QStringLiteral("My chat")});
        QCOMPARE(tree.out, QStringLiteral("* 1 user: question one [excluded]\n"
                                          "* 2 assistant: answer one\n"
                                          "    + 3 user: question two\n"
                                          "      4 assistant: answer two\n"
                                          "*   + 5 user: edited question\n"
                                          "*     6 assistant: answer to the edit\n"));
    }

    void interactiveSession_loadNewAndBranchSwitchConversationsAndPaths()
    {
        m_fixture.groq.enqueue(answer("a1"));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("first")}).code,
                 0);
        QCOMPARE(m_fixture.run({QStringLiteral("save"), QStringLiteral("Alpha")}).code, 0);

        m_fixture.groq.enqueue(answer("b1"));
        m_fixture.groq.enqueue(answer("a2 first"));
        m_fixture.groq.enqueue(answer("a2 second"));
        m_fixture.groq.enqueue(answer("a3"));
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-i")}, "/new\n"
                                                                         "beta question\n"
                                                                         "/load Alpha\n"
                                                                         "second\n"
                                                                         "/regenerate\n"
                                                                         "/branch 4\n"
                                                                         "third\n");
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Conversation 1 \"Alpha\"")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Now on the branch through node 4.\na2 first\n")));
        // "third" continues the branch of the first answer to "second".
        QCOMPARE(sentMessages(m_fixture.groq.lastRequest()),
                 (QStringList{QStringLiteral("user:first"), QStringLiteral("assistant:a1"),
                              QStringLiteral("user:second"), QStringLiteral("assistant:a2 first"),
                              QStringLiteral("user:third")}));
        // /new made its own conversation; /load made Alpha active again.
        const QJsonArray list =
            jsonOf(m_fixture.run({QStringLiteral("list"), QStringLiteral("--json")})).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &value : list) {
            const QJsonObject c = value.toObject();
            QCOMPARE(c.value(QLatin1String("active")).toBool(),
                     c.value(QLatin1String("title")).toString() == QLatin1String("Alpha"));
        }
    }

    void sigint_stopsTheAnswerAndKeepsThePartialText()
    {
        m_fixture.groq.enqueue(FakeResponse::sse(sseChunk("partial ") + sseChunk("text")).stall());
        const std::unique_ptr<QProcess> process =
            m_fixture.start({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-i")});
        QVERIFY(process->waitForStarted());
        process->write("long story please\n");
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process->readAllStandardOutput()))
                                     .contains(QStringLiteral("partial text")),
                                 15000);
        ::kill(pid_t(process->processId()), SIGINT);
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += QString::fromUtf8(process->readAllStandardError())).contains(QStringLiteral("stopped")),
            15000);
        // The session goes on after the stop.
        process->write("/tree\n/exit\n");
        process->closeWriteChannel();
        const MmchatResult result = MmchatFixture::finish(*process);
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("2 assistant: partial text [stopped]")),
                 qPrintable(result.out));

        const auto db = m_fixture.openHistory();
        QVERIFY(db);
        const QList<Conversation> conversations =
            ConversationRepository(*db).listPage(ConversationFilter::all(), 10);
        QCOMPARE(conversations.size(), 1);
        const QList<Message> path = MessageRepository(*db).activePath(conversations.at(0).id);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(1).content, QStringLiteral("partial text"));
        QCOMPARE(path.at(1).state, MessageState::Interrupted);
    }

    void terminalSession_editsTheLineAndCtrlCAtThePromptEnds()
    {
        // script(1) gives mmchat a pseudo-terminal: the session runs as on a real terminal
        // (prompt, line editing, Ctrl+C typed as a key).
        m_fixture.groq.enqueue(answer("terminal answer"));
        const int before = int(m_fixture.groq.requests().size());
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_fixture.environment);
        process->start(QStringLiteral("script"),
                       {QStringLiteral("-qec"),
                        // exec: whatever $SHELL script(1) runs the command with (dash in CI),
                        // mmchat replaces it, so Ctrl+C reaches mmchat alone and its own exit
                        // status is what script(1) reports.
                        QStringLiteral("exec '%1' run --new").arg(QStringLiteral(MMCHAT_CLI_PATH)),
                        QStringLiteral("/dev/null")});
        QVERIFY(process->waitForStarted());
        QString out;
        const auto outputContains = [&](const QString &text) {
            out += QString::fromUtf8(process->readAllStandardOutput());
            return out.contains(text);
        };
        QTRY_VERIFY_WITH_TIMEOUT(outputContains(QStringLiteral("> ")), 15000);
        process->write("hello wor\x7f\x7f\x7fworld\r");
        QTRY_VERIFY_WITH_TIMEOUT(outputContains(QStringLiteral("terminal answer")), 15000);
        QCOMPARE(m_fixture.groq.requests().size(), before + 1);
        QCOMPARE(sentMessages(m_fixture.groq.lastRequest()), QStringList{QStringLiteral("user:hello world")});
        // The next prompt, then Ctrl+C at it ends the session.
        QTRY_VERIFY_WITH_TIMEOUT(
            (outputContains(QString()),
             out.contains(QRegularExpression(QStringLiteral("terminal answer[\\s\\S]*> ")))),
            15000);
        process->write("\x03");
        // Ctrl+C alone ends it (script(1) exits with mmchat); stdin stays open meanwhile.
        QTRY_VERIFY2_WITH_TIMEOUT(process->state() == QProcess::NotRunning, qPrintable(out), 15000);
        const MmchatResult result = MmchatFixture::finish(*process);
        QVERIFY2(result.code == 0, qPrintable(QStringLiteral("exit code %1; the terminal showed:\n%2%3")
                                                  .arg(result.code)
                                                  .arg(out, result.out)));
#ifdef MMCHAT_CLI_HAVE_READLINE
        QFile history(m_fixture.dir->filePath(QStringLiteral("data/multimodel-chat/cli-history")));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(history.readAll().contains("hello world"));
#endif
    }

    void sigintInOneShot_keepsThePartialTextAndExitsOne()
    {
        m_fixture.groq.enqueue(FakeResponse::sse(sseChunk("half an ") + sseChunk("answer")).stall());
        const std::unique_ptr<QProcess> process = m_fixture.start(
            {QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("tell me everything")});
        QVERIFY(process->waitForStarted());
        process->closeWriteChannel();
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process->readAllStandardOutput()))
                                     .contains(QStringLiteral("half an answer")),
                                 15000);
        ::kill(pid_t(process->processId()), SIGINT);
        const MmchatResult result = MmchatFixture::finish(*process);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("the partial answer is kept")), qPrintable(result.err));
        const QJsonArray roots = jsonOf(m_fixture.run({QStringLiteral("tree"), QStringLiteral("--json")}))
                                     .object()
                                     .value(QLatin1String("nodes"))
                                     .toArray();
        const QJsonObject answerNode =
            roots.at(0).toObject().value(QLatin1String("children")).toArray().at(0).toObject();
        QCOMPARE(answerNode.value(QLatin1String("text")).toString(), QStringLiteral("half an answer"));
        QCOMPARE(answerNode.value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));
    }

    void wrongArguments_exitTwoWithAHelpfulMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Usage: mmchat");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("chat")} << QStringLiteral("unknown command 'chat'");
        QTest::newRow("unknown command lists all")
            << QStringList{QStringLiteral("chat")}
            << QStringLiteral("search, project, import, add-context, help");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("run"), QStringLiteral("--bogus")}
            << QStringLiteral("run: unknown option '--bogus'. Run 'mmchat help run'");
        QTest::newRow("missing value") << QStringList{QStringLiteral("run"), QStringLiteral("-p")}
                                       << QStringLiteral("option '-p' needs a value");
        QTest::newRow("bad temperature")
            << QStringList{QStringLiteral("run"), QStringLiteral("--temperature"), QStringLiteral("hot"),
                           QStringLiteral("-p"), QStringLiteral("x")}
            << QStringLiteral("--temperature wants a number from 0 to 2");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("run"), QStringLiteral("--provider"), QStringLiteral("nope"),
                           QStringLiteral("-p"), QStringLiteral("x")}
            << QStringLiteral("there is no provider 'nope'");
        QTest::newRow("bad model spec") << QStringList{QStringLiteral("model"), QStringLiteral("nope.model")}
                                        << QStringLiteral("is not PROVIDER.MODEL");
        QTest::newRow("load without name")
            << QStringList{QStringLiteral("load")} << QStringLiteral("mmchat load NAME|ID");
        QTest::newRow("bad export format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")}
            << QStringLiteral("unknown format 'pdf'");
        QTest::newRow("json where none")
            << QStringList{QStringLiteral("save"), QStringLiteral("x"), QStringLiteral("--json")}
            << QStringLiteral("--json is not available");
        QTest::newRow("key without provider") << QStringList{QStringLiteral("key"), QStringLiteral("set")}
                                              << QStringLiteral("mmchat key set PROVIDER");
        QTest::newRow("help for unknown") << QStringList{QStringLiteral("help"), QStringLiteral("frob")}
                                          << QStringLiteral("there is no command 'frob'");
    }

    void wrongArguments_exitTwoWithAHelpfulMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const int before = int(m_fixture.groq.requests().size());
        const MmchatResult result = m_fixture.run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_fixture.groq.requests().size(), before);
    }

    void missingKey_exitsThreeAndNamesTheVariable()
    {
        m_fixture.environment.remove(QStringLiteral("GROQ_API_KEY"));
        const int before = int(m_fixture.groq.requests().size());
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hi")});
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(QStringLiteral("GROQ_API_KEY")), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QCOMPARE(m_fixture.groq.requests().size(), before);
        // Nothing was stored for a prompt that was never sent.
        QCOMPARE(m_fixture.run({QStringLiteral("list")}).out, QString());
    }

    void rejectedKey_exitsThree()
    {
        m_fixture.groq.enqueue(FakeResponse::json(
            401,
            R"({"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}})"));
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hi")});
        QCOMPARE(result.code, 3);
        QVERIFY(!result.err.isEmpty());
    }

    void serverError_exitsOne()
    {
        m_fixture.groq.enqueue(
            FakeResponse::json(400, R"({"error":{"message":"bad request","type":"invalid"}})"));
        const MmchatResult result =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hi")});
        QCOMPARE(result.code, 1);
        QVERIFY(!result.err.isEmpty());
    }

    void brokenHistory_isMovedAsideOrExitsFour()
    {
        // Not a database: kept beside under a new name, the command goes on with a fresh history.
        const QString history = m_fixture.historyPath();
        QVERIFY(QDir().mkpath(QFileInfo(history).path()));
        QFile garbage(history);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("not a history, just words\n").repeated(200);
        garbage.write(junk);
        garbage.close();
        const MmchatResult recovered = m_fixture.run({QStringLiteral("list")});
        QCOMPARE(recovered.code, 0);
        QVERIFY2(recovered.err.contains(QStringLiteral("mmchat: warning:")), qPrintable(recovered.err));
        const QStringList aside = QDir(QFileInfo(history).path())
                                      .entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(recovered.err.contains(aside.constFirst()), qPrintable(recovered.err));
        QFile kept(QFileInfo(history).dir().filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);

        // No place for a history at all (its folder is a file): exit 4, nothing sent.
        m_fixture.newProfile();
        const QString folder = QFileInfo(m_fixture.historyPath()).path();
        QVERIFY(QDir().mkpath(QFileInfo(folder).path()));
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const int before = int(m_fixture.groq.requests().size());
        const MmchatResult failed =
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hi")});
        QCOMPARE(failed.code, 4);
        QVERIFY2(failed.err.startsWith(QStringLiteral("mmchat: ")), qPrintable(failed.err));
        QCOMPARE(m_fixture.groq.requests().size(), before);
    }

    void colours_onATerminalOnlyAndNeverWithNoColor()
    {
        m_fixture.groq.enqueue(answer("coloured"));
        QCOMPARE(
            m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("paint it")}).code, 0);
        // script(1) gives mmchat a terminal; NO_COLOR (set by the fixture), --no-color and
        // TERM=dumb each turn the escapes off.
        const auto onTerminal = [this](const QString &arguments, bool noColorVariable) {
            QProcessEnvironment environment = m_fixture.environment;
            if (!noColorVariable)
                environment.remove(QStringLiteral("NO_COLOR"));
            environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral("script"),
                          {QStringLiteral("-qec"),
                           QStringLiteral("exec '%1' %2").arg(QStringLiteral(MMCHAT_CLI_PATH), arguments),
                           QStringLiteral("/dev/null")});
            process.closeWriteChannel();
            return MmchatFixture::finish(process);
        };
        const QString escape = QStringLiteral("\x1b[");
        const MmchatResult coloured = onTerminal(QStringLiteral("list"), false);
        QCOMPARE(coloured.code, 0);
        QVERIFY2(coloured.out.contains(escape) && coloured.out.contains(QStringLiteral("paint it")),
                 qPrintable(coloured.out));
        const MmchatResult plainByOption = onTerminal(QStringLiteral("--no-color list"), false);
        QVERIFY2(plainByOption.out.contains(QStringLiteral("paint it")) &&
                     !plainByOption.out.contains(escape),
                 qPrintable(plainByOption.out));
        const MmchatResult plainByVariable = onTerminal(QStringLiteral("list"), true);
        QVERIFY2(plainByVariable.out.contains(QStringLiteral("paint it")) &&
                     !plainByVariable.out.contains(escape),
                 qPrintable(plainByVariable.out));
        // Not a terminal: never an escape, whatever the environment says.
        m_fixture.environment.remove(QStringLiteral("NO_COLOR"));
        const MmchatResult piped = m_fixture.run({QStringLiteral("list")});
        QVERIFY(piped.out.contains(QStringLiteral("paint it")) && !piped.out.contains(escape));
    }

    void keySet_withoutKeychain_exitsThreeWithAClearMessage()
    {
        const MmchatResult result = m_fixture.run(
            {QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("groq")}, "gsk_new_key_123\n");
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(QStringLiteral("keychain")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("GROQ_API_KEY")));
        QVERIFY(!result.err.contains(QStringLiteral("gsk_new_key_123")));
        const MmchatResult status = m_fixture.run({QStringLiteral("key"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QStringLiteral("groq: environment variable GROQ_API_KEY")),
                 qPrintable(status.out));
    }

    void modelCommand_setsTheDefaultForNewConversations()
    {
        MmchatResult result = m_fixture.run({QStringLiteral("model")});
        QCOMPARE(result.out, QStringLiteral("groq.llama-test\n"));
        result = m_fixture.run({QStringLiteral("model"), QStringLiteral("mistral.mistral-test")});
        QCOMPARE(result.code, 0);
        QCOMPARE(m_fixture.run({QStringLiteral("model")}).out, QStringLiteral("mistral.mistral-test\n"));
        m_fixture.mistral.enqueue(answer("from mistral"));
        result = m_fixture.run(
            {QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-p"), QStringLiteral("x")});
        QCOMPARE(result.out, QStringLiteral("from mistral\n"));
    }

    void providersAndModels_reportTypeUrlKeySourceAndHealth()
    {
        m_fixture.groq.enqueue(FakeResponse::json(200, R"({"object":"list","data":[{"id":"llama-live"}]})"));
        const MmchatResult result =
            m_fixture.run({QStringLiteral("providers"), QStringLiteral("--check"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonArray providers = jsonOf(result).array();
        QCOMPARE(providers.size(), 2);
        const QJsonObject groq = providers.at(0).toObject();
        QCOMPARE(groq.value(QLatin1String("id")).toString(), QStringLiteral("groq"));
        QCOMPARE(groq.value(QLatin1String("type")).toString(), QStringLiteral("openai"));
        QCOMPARE(groq.value(QLatin1String("base_url")).toString(),
                 m_fixture.groq.url(QStringLiteral("/openai/v1")).toString());
        QCOMPARE(groq.value(QLatin1String("key_source")).toString(),
                 QStringLiteral("environment variable GROQ_API_KEY"));
        QCOMPARE(groq.value(QLatin1String("health")).toString(), QStringLiteral("online"));

        m_fixture.groq.enqueue(FakeResponse::json(200, R"({"object":"list","data":[{"id":"llama-live"}]})"));
        const MmchatResult models =
            m_fixture.run({QStringLiteral("models"), QStringLiteral("groq"), QStringLiteral("--refresh")});
        QCOMPARE(models.code, 0);
        QVERIFY2(models.out.contains(QStringLiteral("groq.llama-live\n")),
                 qPrintable(models.out + models.err));
        QVERIFY(models.out.contains(QStringLiteral("groq.llama-test\n")));
        // From the cache the second time: no request.
        const int before = int(m_fixture.groq.requests().size());
        QVERIFY(m_fixture.run({QStringLiteral("models"), QStringLiteral("groq")})
                    .out.contains(QStringLiteral("llama-live")));
        QCOMPARE(m_fixture.groq.requests().size(), before);
    }

    void exportSearchImport_roundTripTheStoredConversation()
    {
        m_fixture.groq.enqueue(answer("Zebras are striped"));
        QCOMPARE(
            m_fixture
                .run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("Tell me about zebras")})
                .code,
            0);
        const QString file = m_fixture.dir->filePath(QStringLiteral("out.md"));
        MmchatResult result = m_fixture.run({QStringLiteral("export"), QStringLiteral("--format"),
                                             QStringLiteral("md"), QStringLiteral("-o"), file});
        QCOMPARE(result.code, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(exported.readAll()),
                 QStringLiteral("# Tell me about zebras\n\n**User**\n\nTell me about zebras\n\n"
                                "**Assistant (groq.llama-test)**\n\nZebras are striped\n\n"));
        result =
            m_fixture.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(jsonOf(result).object().value(QLatin1String("messages")).toArray().size(), 2);

        result =
            m_fixture.run({QStringLiteral("search"), QStringLiteral("striped"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonArray hits = jsonOf(result).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Tell me about zebras"));

        // Import gives a second conversation with the same path, tree and usage.
        const QString jsonFile = m_fixture.dir->filePath(QStringLiteral("out.json"));
        result = m_fixture.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("-o"), jsonFile});
        QCOMPARE(result.code, 0);
        result = m_fixture.run({QStringLiteral("import"), jsonFile});
        QCOMPARE(result.code, 0);
        const QJsonArray list =
            jsonOf(m_fixture.run({QStringLiteral("list"), QStringLiteral("--json")})).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(m_fixture.run({QStringLiteral("tree")}).out,
                 QStringLiteral("* 1 user: Tell me about zebras\n* 2 assistant: Zebras are striped\n"));
        const QJsonObject total = jsonOf(m_fixture.run({QStringLiteral("usage"), QStringLiteral("--json")}))
                                      .object()
                                      .value(QLatin1String("total"))
                                      .toObject();
        QCOMPARE(total.value(QLatin1String("prompt_tokens")).toInt(), 20);
        result = m_fixture.run({QStringLiteral("import"), file});
        QCOMPARE(result.code, 2);
    }

    void project_newConversationsGoToTheCurrentProject()
    {
        MmchatResult result =
            m_fixture.run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("Work")});
        QCOMPARE(result.code, 0);
        QCOMPARE(
            m_fixture.run({QStringLiteral("project"), QStringLiteral("switch"), QStringLiteral("work")}).code,
            0);
        m_fixture.groq.enqueue(answer("in the project"));
        QCOMPARE(m_fixture
                     .run({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-p"),
                           QStringLiteral("p1")})
                     .code,
                 0);
        QCOMPARE(
            m_fixture.run({QStringLiteral("project"), QStringLiteral("switch"), QStringLiteral("none")}).code,
            0);
        m_fixture.groq.enqueue(answer("outside"));
        QCOMPARE(m_fixture
                     .run({QStringLiteral("run"), QStringLiteral("--new"), QStringLiteral("-p"),
                           QStringLiteral("p2")})
                     .code,
                 0);
        const QJsonArray inProject =
            jsonOf(m_fixture.run({QStringLiteral("list"), QStringLiteral("--project"), QStringLiteral("Work"),
                                  QStringLiteral("--json")}))
                .array();
        QCOMPARE(inProject.size(), 1);
        QCOMPARE(inProject.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("p1"));
        result = m_fixture.run({QStringLiteral("project"), QStringLiteral("switch"), QStringLiteral("Nope")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("mmchat project list")));
    }

    void exportHtml_escapesTheText()
    {
        m_fixture.groq.enqueue(answer("use <b> & </b>"));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("tags?")}).code,
                 0);
        const MmchatResult result =
            m_fixture.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY2(result.out.contains(QStringLiteral("use &lt;b&gt; &amp; &lt;/b&gt;")),
                 qPrintable(result.out));
    }

    void addContext_putsTheFileIntoTheContextOfLaterPrompts()
    {
        const QString notes = m_fixture.dir->filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("The secret word is PINEAPPLE.\n");
        file.close();
        MmchatResult result = m_fixture.run({QStringLiteral("add-context"), notes});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("notes.txt")), qPrintable(result.out));

        m_fixture.groq.enqueue(answer("PINEAPPLE"));
        result = m_fixture.run(
            {QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("What is the secret word?")});
        QCOMPARE(result.code, 0);
        // The file is a message of its own before the prompt.
        QCOMPARE(sentMessages(m_fixture.groq.lastRequest()).size(), 2);
        const QByteArray body = m_fixture.groq.lastRequest().body;
        QVERIFY2(body.contains("The secret word is PINEAPPLE.") && body.contains("notes.txt"),
                 body.constData());

        const auto db = m_fixture.openHistory();
        QVERIFY(db);
        const QList<Conversation> conversations =
            ConversationRepository(*db).listPage(ConversationFilter::all(), 10);
        QCOMPARE(conversations.size(), 1);
        const QList<Message> path = MessageRepository(*db).activePath(conversations.at(0).id);
        QCOMPARE(path.size(), 3);
        QCOMPARE(path.at(0).content, QStringLiteral("Files for context: notes.txt"));
        const QList<Attachment> attachments = AttachmentRepository(*db).forMessage(path.at(0).id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).fileName, QStringLiteral("notes.txt"));
        QCOMPARE(path.at(1).content, QStringLiteral("What is the secret word?"));
        QVERIFY(AttachmentRepository(*db).forMessage(path.at(1).id).isEmpty());

        // It stays in the context of the next prompt too.
        m_fixture.groq.enqueue(answer("ok"));
        QCOMPARE(m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("thanks")}).code,
                 0);
        QVERIFY(m_fixture.groq.lastRequest().body.contains("PINEAPPLE"));
        QCOMPARE(MessageRepository(*db).activePath(conversations.at(0).id).size(), 5);

        // A binary file is refused with its reason.
        const QString binary = m_fixture.dir->filePath(QStringLiteral("blob.bin"));
        QFile blob(binary);
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write(QByteArray("\x7f"
                              "ELF\0\0\0\1\2",
                              9));
        blob.close();
        result = m_fixture.run({QStringLiteral("add-context"), binary});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QStringLiteral("blob.bin")), qPrintable(result.err));
    }

    void help_documentsEveryCommand()
    {
        MmchatResult result = m_fixture.run({QStringLiteral("--help")});
        QCOMPARE(result.code, 0);
        for (const char *command : {"run", "model", "models", "providers", "key set", "list", "save", "load",
                                    "tree", "export", "import", "add-context", "usage", "search", "project"})
            QVERIFY2(result.out.contains(QLatin1String(command)), command);
        result = m_fixture.run({QStringLiteral("help"), QStringLiteral("run")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QStringLiteral("/edit [N]")));
        result = m_fixture.run({QStringLiteral("tree"), QStringLiteral("--help")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Usage: mmchat tree")));
    }
};

QTEST_GUILESS_MAIN(TestMmchat)
#include "TestMmchat.moc"
