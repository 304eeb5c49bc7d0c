// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"
#include "AppController.h"
#include "BranchExplorerPane.h"
#include "ChatPane.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "controllers/BranchExplorerController.h"
#include "controllers/BranchTreeModel.h"
#include "controllers/ChatController.h"
#include "controllers/ConversationListModel.h"
#include "core/AppConfig.h"
#include "gui/chatview/ChatView.h"
#include "render/SafeTextDocument.h"

#include "services/ChatService.h"
#include "services/SecretStore.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

namespace {

FakeResponse answer(const QByteArray &text)
{
    return FakeResponse::sse(
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text +
        "\"}}]}\n\ndata: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        "data: [DONE]\n\n");
}

} // namespace

class TestBranchExplorer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    std::unique_ptr<AppController> m_app;

    Message send(const QString &text, const QByteArray &reply)
    {
        m_server.enqueue(answer(reply));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_app->window()->chatPane()->messageInput()->setPlainText(text);
        m_app->chatController().send();
        if (!ended.wait(10000))
            return Message();
        return ended.at(0).at(0).value<Message>();
    }

    // Clicks a footer action of the chat view (‹ ›, Edit, Regenerate …) as the user would.
    void click(const QString &scheme, qint64 messageId)
    {
        Q_EMIT m_app->chatController().view()->browser()->anchorClicked(
            QUrl(QStringLiteral("%1:%2").arg(scheme).arg(messageId)));
    }

    QString shownText() const
    {
        QString text = m_app->chatController().view()->document()->toPlainText();
        return text.remove(QChar(0x200B));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Message>();
        qRegisterMetaType<ProviderError>();
        QVERIFY(m_server.start());
        QJsonObject providers{
            {QStringLiteral("groq"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                         {QStringLiteral("name"), QStringLiteral("Groq")},
                         {QStringLiteral("base_url"), m_server.url(QStringLiteral("/v1")).toString()},
                         {QStringLiteral("models"), QJsonArray{QStringLiteral("m")}},
                         // Small, so that a test can overflow it with a few long prompts.
                         {QStringLiteral("context_lengths"), QJsonObject{{QStringLiteral("m"), 4000}}}}}};
        QJsonObject root{
            {QStringLiteral("version"), AppConfig::kCurrentVersion},
            {QStringLiteral("default"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("groq")},
                                                    {QStringLiteral("model"), QStringLiteral("m")}}},
            {QStringLiteral("providers"), providers}};
        QFile file(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }

    void init()
    {
        const QString history =
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        m_app = std::make_unique<AppController>(AppController::Paths{
            m_dir.filePath(QStringLiteral("config.json")), QString(), m_dir.path(), history});
        m_app->secrets().setSessionValue(QStringLiteral("groq"), SecretKind::ApiKey,
                                         QStringLiteral("key-for-tests"));
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }

    void cleanup() { m_app.reset(); }

    void regenerate_addsSiblingAndOldBranchStays()
    {
        BranchTreeModel *model = m_app->branchExplorer().model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Message first = send(QStringLiteral("Name a colour"), "red");
        // Without a fork the prompt and its answer are one run of rows at the same level.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowCount(model->index(0, 0)), 0);
        QCOMPARE(model->indexOf(first.id), model->index(1, 0));

        m_server.enqueue(answer("blue"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        QVERIFY(m_app->chat().regenerate(first.id));
        QVERIFY(ended.wait(10000));
        const Message second = ended.at(0).at(0).value<Message>();
        QCOMPARE(MessageRepository(m_app->database()).siblingPosition(second.id).index, 2);
        QCOMPARE(MessageRepository(m_app->database()).siblingPosition(second.id).count, 2);

        // Both answers are in the tree, as the two branches of a fork under the prompt; the new
        // one is on the active path and shown.
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);
        QVERIFY(model->indexOf(second.id).data(BranchTreeModel::OnActivePathRole).toBool());
        QVERIFY(!model->indexOf(first.id).data(BranchTreeModel::OnActivePathRole).toBool());
        QCOMPARE(m_app->branchExplorer().model()->indexOf(second.id),
                 m_app->window()->branchExplorer()->treeView()->currentIndex());

        // Choosing the old answer shows its path again.
        m_app->branchExplorer().showBranch(first.id);
        QVERIFY(model->indexOf(first.id).data(BranchTreeModel::OnActivePathRole).toBool());
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(first.id)),
                 QStringLiteral("red"));
        QVERIFY(m_app->chatController().view()->messageText(QString::number(second.id)).isEmpty());
    }

    void nodes_showModelTokensAndPin_andFollowAStream()
    {
        BranchTreeModel *model = m_app->branchExplorer().model();
        // An answer that streams and stalls: its node leaves "(writing…)" once text is saved.
        m_server.enqueue(
            FakeResponse::sse(
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Streaming along\"}}]}\n\n")
                .stall());
        QSignalSpy started(&m_app->chat(), &ChatService::replyStarted);
        m_app->window()->chatPane()->messageInput()->setPlainText(QStringLiteral("go"));
        m_app->chatController().send();
        QVERIFY(!started.isEmpty() || started.wait(10000));
        const qint64 answerId = started.at(0).at(1).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(answerId).data().toString(),
                                  QStringLiteral("Streaming along"), 5000);
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_app->chat().stop();
        QVERIFY(!ended.isEmpty() || ended.wait(10000));

        const Message done = send(QStringLiteral("again"), "fine");
        const QModelIndex node = model->indexOf(done.id);
        // The fake server reports no usage: the count is estimated, and says so.
        QCOMPARE(node.data(BranchTreeModel::DetailRole).toString(), QStringLiteral("m \u00b7 \u22481 token"));
        QVERIFY(!node.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Pinned from the chat view: the view's footer and the tree both say so.
        click(QStringLiteral("mmchat-pin"), done.id);
        QVERIFY(MessageRepository(m_app->database()).message(done.id)->pinned);
        QVERIFY(model->indexOf(done.id)
                    .data(BranchTreeModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("pinned")));
        QVERIFY(shownText().contains(QStringLiteral("Unpin")));
        // Left out of the context from the view: it stays where it is, marked.
        click(QStringLiteral("mmchat-context"), done.id);
        QVERIFY(!MessageRepository(m_app->database()).message(done.id)->inContext);
        QVERIFY(shownText().contains(QStringLiteral("left out of the context")));
        QVERIFY(model->indexOf(done.id).data(Qt::FontRole).value<QFont>().italic());
    }

    void regenerateAction_addsSiblingShownInTheView()
    {
        const Message first = send(QStringLiteral("Pick a number"), "4");
        m_server.enqueue(answer("7"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_app->window()->actions()->action(QStringLiteral("chat.regenerate"))->trigger();
        QVERIFY(ended.wait(10000));
        const Message second = ended.at(0).at(0).value<Message>();
        QCOMPARE(second.parentId, first.parentId);
        QCOMPARE(MessageRepository(m_app->database()).siblingPosition(second.id).count, 2);
        ChatView *view = m_app->chatController().view();
        QCOMPARE(view->messageText(QString::number(second.id)), QStringLiteral("7"));
        QVERIFY(view->messageText(QString::number(first.id)).isEmpty());
        QCOMPARE(view->messageText(QString::number(first.parentId)), QStringLiteral("Pick a number"));
    }

    void editLastPromptAction_sendsNewVersionAsBranch()
    {
        const Message first = send(QStringLiteral("Translate 'cat'"), "кот");
        m_app->window()->actions()->action(QStringLiteral("chat.editLast"))->trigger();
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        QCOMPARE(input->toPlainText(), QStringLiteral("Translate 'cat'"));
        QCOMPARE(m_app->chatController().editingMessage(), first.parentId);
        input->setPlainText(QStringLiteral("Translate 'dog'"));
        const Message second = send(input->toPlainText(), "собака");
        MessageRepository messages(m_app->database());
        const std::optional<Message> newPrompt = messages.message(second.parentId);
        QVERIFY(newPrompt);
        QCOMPARE(newPrompt->content, QStringLiteral("Translate 'dog'"));
        QCOMPARE(messages.siblingPosition(newPrompt->id).count, 2);
        QCOMPARE(messages.message(first.parentId)->content, QStringLiteral("Translate 'cat'"));
        QCOMPARE(messages.message(first.id)->content, QStringLiteral("кот"));
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(second.id)),
                 QStringLiteral("собака"));
        QCOMPARE(m_app->branchExplorer().model()->rowCount(), 2);
    }

    void excludedMessage_isLeftOutOfTheNextRequest()
    {
        const Message first = send(QStringLiteral("my password is hunter2"), "noted");
        m_app->branchExplorer().setInContext(first.parentId, false);
        m_app->branchExplorer().setInContext(first.id, false);
        QVERIFY(m_app->branchExplorer()
                    .model()
                    ->indexOf(first.parentId)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
        send(QStringLiteral("what did I say?"), "nothing");
        const QJsonArray messages = QJsonDocument::fromJson(m_server.lastRequest().body)
                                        .object()
                                        .value(QLatin1String("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("what did I say?"));
    }

    void saveBranch_andDeleteSubtree()
    {
        const Message a1 = send(QStringLiteral("q1"), "a1");
        const Message a2 = send(QStringLiteral("q2"), "a2");
        const qint64 copy =
            m_app->branchExplorer().saveBranchAsConversation(a1.id, QStringLiteral("Saved branch"));
        QVERIFY(copy);
        QCOMPARE(m_app->chatController().currentConversation(), copy);
        QCOMPARE(MessageRepository(m_app->database()).activePath(copy).size(), 4);
        QCOMPARE(m_app->conversationList().rowCount(), 2);

        m_app->chatController().openConversation(a1.conversationId);
        QVERIFY(m_app->branchExplorer().deleteSubtree(a2.parentId));
        QCOMPARE(MessageRepository(m_app->database()).activePath(a1.conversationId).size(), 2);
        QVERIFY(!MessageRepository(m_app->database()).message(a2.id));
        QVERIFY(!m_app->branchExplorer().model()->indexOf(a2.id).isValid());
        // The copy is untouched.
        QCOMPARE(MessageRepository(m_app->database()).activePath(copy).size(), 4);

        // Undo in the status bar puts the branch back, with its ids, and shows it again.
        QToolButton *undo = m_app->window()->undoButton();
        QVERIFY(undo->isVisible());
        undo->click();
        const QList<Message> restored = MessageRepository(m_app->database()).activePath(a1.conversationId);
        QCOMPARE(restored.size(), 4);
        QCOMPARE(restored.at(3).id, a2.id);
        QCOMPARE(restored.at(3).content, QStringLiteral("a2"));
        QCOMPARE(restored.at(3).usage.completionTokens, a2.usage.completionTokens);
        QVERIFY(m_app->branchExplorer().model()->indexOf(a2.id).isValid());
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(a2.id)), QStringLiteral("a2"));
        QVERIFY(!m_app->branchExplorer().undoDelete()); // once
    }

    void label_isShownInTheExplorer()
    {
        const Message a1 = send(QStringLiteral("plan the trip"), "plan A");
        m_app->branchExplorer().setLabel(a1.id, QStringLiteral("cheap"));
        QVERIFY(m_app->branchExplorer().model()->indexOf(a1.id).data().toString().startsWith(
            QStringLiteral("[cheap]")));
    }

    void editEarlierPrompt_keepsOldBranchIntact()
    {
        BranchTreeModel *model = m_app->branchExplorer().model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Message a1 = send(QStringLiteral("q1"), "a1");
        const Message a2 = send(QStringLiteral("q2"), "a2");
        const Message a3 = send(QStringLiteral("q3"), "a3");
        QVERIFY(a3.id);
        MessageRepository messages(m_app->database());
        const qint64 q2 = a2.parentId;

        m_server.enqueue(answer("a2 edited"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        const qint64 edited = m_app->chat().editAndResend(q2, QStringLiteral("q2, but better"));
        QVERIFY(edited);
        QVERIFY(ended.wait(10000));
        QCOMPARE(messages.siblingPosition(edited).count, 2);
        // The old branch q2 → a2 → q3 → a3 is intact.
        const QList<Message> oldPath = messages.pathTo(a3.id);
        QCOMPARE(oldPath.size(), 6);
        QCOMPARE(oldPath.at(2).content, QStringLiteral("q2"));
        // The explorer shows a fork under a1 with both versions of the prompt.
        QCOMPARE(model->rowCount(model->indexOf(a1.id)), 2);
        QCOMPARE(messages.activePath(a1.conversationId).size(), 4);
    }

    void chatView_regenerateAndPageThroughVersions()
    {
        const Message red = send(QStringLiteral("Name a colour"), "red");
        m_server.enqueue(answer("blue"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        click(QStringLiteral("mmchat-regen"), red.id);
        QVERIFY(ended.wait(10000));
        const Message blue = ended.at(0).at(0).value<Message>();
        QCOMPARE(blue.parentId, red.parentId);
        ChatView *view = m_app->chatController().view();
        QCOMPARE(view->messageText(QString::number(blue.id)), QStringLiteral("blue"));
        QVERIFY2(shownText().contains(QStringLiteral("\u2039 2 / 2 \u203a")), qPrintable(shownText()));

        // ‹ shows the first answer and the explorer follows; › goes back.
        click(QStringLiteral("mmchat-prev"), blue.id);
        QCOMPARE(view->messageText(QString::number(red.id)), QStringLiteral("red"));
        QVERIFY(view->messageText(QString::number(blue.id)).isEmpty());
        QVERIFY(shownText().contains(QStringLiteral("1 / 2")));
        QCOMPARE(m_app->branchExplorer().model()->activeLeaf(),
                 m_app->branchExplorer().model()->indexOf(red.id));
        click(QStringLiteral("mmchat-next"), red.id);
        QCOMPARE(view->messageText(QString::number(blue.id)), QStringLiteral("blue"));
    }

    void chatView_editThirdOfSixMessages_makesASiblingAndKeepsTheOldBranch()
    {
        const Message a1 = send(QStringLiteral("q1"), "a1");
        const Message a2 = send(QStringLiteral("q2"), "a2");
        const Message a3 = send(QStringLiteral("q3"), "a3");
        const qint64 q2 = a2.parentId;
        click(QStringLiteral("mmchat-edit"), q2);
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        QCOMPARE(input->toPlainText(), QStringLiteral("q2"));
        input->setPlainText(QStringLiteral("q2, rephrased"));
        m_server.enqueue(answer("a2 again"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_app->chatController().send();
        QVERIFY(ended.wait(10000));

        MessageRepository messages(m_app->database());
        const QList<Message> path = messages.activePath(a1.conversationId);
        QCOMPARE(path.size(), 4);
        QCOMPARE(path.at(2).content, QStringLiteral("q2, rephrased"));
        QCOMPARE(path.at(3).content, QStringLiteral("a2 again"));
        QCOMPARE(messages.siblingPosition(path.at(2).id).count, 2);
        QCOMPARE(messages.pathTo(a3.id).size(), 6); // the old branch, whole
        QVERIFY(input->toPlainText().isEmpty());
        QVERIFY(shownText().contains(QStringLiteral("2 / 2")));
        // The request carried the new prompt after the first exchange.
        const QJsonArray sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("q2, rephrased"));
    }

    void chatView_editInExternalEditor_sendsTheEditedText()
    {
        const Message a1 = send(QStringLiteral("q1"), "a1");
        // The "editor" is a script that rewrites the file it is given, as an editor would.
        const QString script = m_dir.filePath(QStringLiteral("editor.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf 'q1 from the editor\\n' > \"$1\"\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        qputenv("VISUAL", "");
        qputenv("EDITOR", script.toUtf8());
        m_server.enqueue(answer("a1 again"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        click(QStringLiteral("mmchat-editext"), a1.parentId);
        QVERIFY(ended.wait(10000));
        qunsetenv("EDITOR");
        qunsetenv("VISUAL");
        const QList<Message> path = MessageRepository(m_app->database()).activePath(a1.conversationId);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(0).content, QStringLiteral("q1 from the editor"));
        QCOMPARE(MessageRepository(m_app->database()).siblingPosition(path.at(0).id).count, 2);
    }

    void chatView_leaveOutOfContext_isDimmedAndNotSent()
    {
        const Message a1 = send(QStringLiteral("secret plan"), "noted");
        click(QStringLiteral("mmchat-context"), a1.parentId);
        QVERIFY(!MessageRepository(m_app->database()).message(a1.parentId)->inContext);
        QVERIFY(shownText().contains(QStringLiteral("left out of the context")));
        QVERIFY(shownText().contains(QStringLiteral("Include in context")));
        send(QStringLiteral("next"), "ok");
        const QJsonArray sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
        QCOMPARE(sent.size(), 2); // "noted" and "next"; the excluded prompt is not sent
        QCOMPARE(sent.at(0).toObject().value(QLatin1String("content")).toString(), QStringLiteral("noted"));
    }

    void continueFromHere_nextPromptBranchesThere()
    {
        const Message a1 = send(QStringLiteral("q1"), "a1");
        const Message a2 = send(QStringLiteral("q2"), "a2");
        m_app->branchExplorer().continueFrom(a1.id);
        QCOMPARE(MessageRepository(m_app->database()).activePath(a1.conversationId).size(), 2);
        QVERIFY(m_app->chatController().view()->messageText(QString::number(a2.id)).isEmpty());
        const Message other = send(QStringLiteral("q2, another way"), "a2'");
        const QList<Message> path = MessageRepository(m_app->database()).activePath(a1.conversationId);
        QCOMPARE(path.size(), 4);
        QCOMPARE(path.at(2).parentId, a1.id);
        QCOMPARE(path.at(3).id, other.id);
        QCOMPARE(MessageRepository(m_app->database()).siblingPosition(path.at(2).id).count, 2);
        QCOMPARE(MessageRepository(m_app->database()).pathTo(a2.id).size(), 4); // the old branch stays
    }

    void exportJsonThenImport_rebuildsTheWholeTree()
    {
        const Message a1 = send(QStringLiteral("Name a colour"), "red");
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(answer("green"));
        click(QStringLiteral("mmchat-regen"), a1.id);
        QVERIFY(ended.wait(10000));
        m_server.enqueue(answer("blue"));
        click(QStringLiteral("mmchat-regen"), a1.id);
        QVERIFY(ended.wait(10000));
        const Message follow = send(QStringLiteral("Why?"), "because");
        MessageRepository messages(m_app->database());
        QVERIFY(messages.setInContext(a1.id, false));
        QVERIFY(messages.setPinned(follow.parentId, true));
        const qint64 source = a1.conversationId;

        const QString file = m_dir.filePath(QStringLiteral("tree.json"));
        QVERIFY(m_app->chatController().exportConversation(QStringLiteral("json"), file));
        const qint64 copy = m_app->chatController().importConversation(file);
        QVERIFY(copy);
        QVERIFY(copy != source);
        QCOMPARE(m_app->chatController().currentConversation(), copy);

        // Same tree: three answers to the prompt, the follow-up under the last one, flags and
        // usage kept, the same branch active.
        const QList<Message> before = messages.inConversation(source);
        const QList<Message> after = messages.inConversation(copy);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).content, before.at(i).content);
            QCOMPARE(after.at(i).role, before.at(i).role);
            QCOMPARE(after.at(i).inContext, before.at(i).inContext);
            QCOMPARE(after.at(i).pinned, before.at(i).pinned);
            QCOMPARE(after.at(i).usage.completionTokens, before.at(i).usage.completionTokens);
            QCOMPARE(after.at(i).model, before.at(i).model);
        }
        const QList<Message> path = messages.activePath(copy);
        QStringList texts;
        for (const Message &m : path)
            texts << m.content;
        QCOMPARE(texts, (QStringList{QStringLiteral("Name a colour"), QStringLiteral("blue"),
                                     QStringLiteral("Why?"), QStringLiteral("because")}));
        QCOMPARE(messages.siblingPosition(path.at(1).id).count, 3);
        QCOMPARE(m_app->branchExplorer().model()->rowCount(m_app->branchExplorer().model()->index(0, 0)), 3);

        // A file that is not an export is refused with a message, and nothing is stored.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"messages\": []}");
        badFile.close();
        const int conversations = m_app->conversationList().rowCount();
        QCOMPARE(m_app->chatController().importConversation(bad), 0);
        QCOMPARE(m_app->conversationList().rowCount(), conversations);
    }

    void contextPreview_showsWhatIsSent()
    {
        const Message a1 = send(QStringLiteral("secret plan"), "noted");
        send(QStringLiteral("what next"), "lunch");
        click(QStringLiteral("mmchat-context"), a1.parentId);
        m_app->window()->actions()->action(QStringLiteral("chat.previewContext"))->trigger();
        auto *dialog = m_app->window()->findChild<QDialog *>(QStringLiteral("contextPreviewDialog"));
        QVERIFY(dialog);
        const QString sent =
            dialog->findChild<QTextBrowser *>(QStringLiteral("contextMessages"))->toPlainText();
        QVERIFY(!sent.contains(QStringLiteral("secret plan")));
        QVERIFY(sent.contains(QStringLiteral("noted")));
        QVERIFY(sent.contains(QStringLiteral("lunch")));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("contextSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 message")), qPrintable(summary));
        QVERIFY(
            summary.contains(QStringLiteral("The model takes 4,000 tokens; 2,048 are kept for the answer.")));
        dialog->close();
        dialog->deleteLater();

        // With a prompt typed and a file attached: those are what the preview ends with.
        const QString notes = m_dir.filePath(QStringLiteral("preview-notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("attached words\n");
        file.close();
        m_app->chatController().addFiles({notes});
        m_app->window()->chatPane()->messageInput()->setPlainText(QStringLiteral("the typed prompt"));
        m_app->window()->actions()->action(QStringLiteral("chat.previewContext"))->trigger();
        QDialog *again = nullptr;
        for (QDialog *candidate :
             m_app->window()->findChildren<QDialog *>(QStringLiteral("contextPreviewDialog")))
            if (candidate != dialog)
                again = candidate;
        QVERIFY(again);
        const QString withPrompt =
            again->findChild<QTextBrowser *>(QStringLiteral("contextMessages"))->toPlainText();
        QVERIFY2(withPrompt.trimmed().endsWith(QStringLiteral("attached words\n```")),
                 qPrintable(withPrompt));
        QVERIFY(withPrompt.contains(QStringLiteral("the typed prompt")));
        QVERIFY2(again->findChild<QLabel *>(QStringLiteral("contextSummary"))
                     ->text()
                     .startsWith(QStringLiteral("4 message")),
                 qPrintable(again->findChild<QLabel *>(QStringLiteral("contextSummary"))->text()));
        again->close();
    }

    void longPrompts_olderOnesAreTrimmedPinnedOnesKept()
    {
        // The model takes 4,000 tokens, 2,048 of them kept for the answer (max_tokens): two
        // 800-token prompts and their answers fit, a third does not.
        const QString words = QStringLiteral("word ").repeated(640); // 3,200 characters: 800 tokens
        const Message a1 = send(QStringLiteral("first ") + words, "one");
        const Message a2 = send(QStringLiteral("second ") + words, "two");
        QVERIFY(m_app->branchExplorer().model()->indexOf(a2.id).isValid());
        MessageRepository(m_app->database()).setPinned(a1.parentId, true);
        send(QStringLiteral("third ") + words, "three");
        const QJsonArray sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
        QStringList firstWords;
        for (const QJsonValue &message : sent)
            firstWords << message.toObject()
                              .value(QLatin1String("content"))
                              .toString()
                              .section(QLatin1Char(' '), 0, 0);
        // The pinned first prompt stays; the oldest unpinned ones ("one", then the second prompt)
        // go until the rest fits.
        QCOMPARE(firstWords,
                 (QStringList{QStringLiteral("first"), QStringLiteral("two"), QStringLiteral("third")}));
        QVERIFY(m_app->window()->statusBar()->currentMessage().startsWith(QStringLiteral("2 older message")));
    }

    void longThread_isFlatAndOnlyForksNest()
    {
        // 1,000 messages in a row with one fork at the 500th: two levels, not a 1,000-deep tree.
        Database &db = m_app->database();
        Conversation conversation;
        conversation.title = QStringLiteral("long");
        const qint64 conversationId = ConversationRepository(db).create(conversation);
        MessageRepository messages(db);
        qint64 parent = 0;
        qint64 fork = 0;
        qint64 lastOfOldBranch = 0;
        for (int i = 1; i <= 1000; ++i) {
            Message message;
            message.conversationId = conversationId;
            message.role = i % 2 ? MessageRole::User : MessageRole::Assistant;
            message.content = QStringLiteral("message %1").arg(i);
            parent = parent ? messages.addChild(parent, message) : messages.add(message);
            if (i == 500)
                fork = parent;
            if (i == 600)
                lastOfOldBranch = parent;
            if (i == 600) {
                // An alternative to message 501 (regenerated), then the thread goes on there.
                Message alternative;
                alternative.role = MessageRole::User;
                alternative.content = QStringLiteral("message 501, edited");
                parent = messages.addChild(fork, alternative);
            }
        }
        QVERIFY(messages.switchToBranch(parent));
        BranchTreeModel *model = m_app->branchExplorer().model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_app->chatController().openConversation(conversationId);

        QCOMPARE(model->rowCount(), 500);
        const QModelIndex forkIndex = model->index(499, 0);
        QCOMPARE(model->messageId(forkIndex), fork);
        QCOMPARE(model->rowCount(forkIndex), 2);
        // The old branch: 501 … 600 under its first message; the new one: the edit and 400 more.
        const QModelIndex oldBranch = model->index(0, 0, forkIndex);
        const QModelIndex newBranch = model->index(1, 0, forkIndex);
        QCOMPARE(model->rowCount(oldBranch), 99);
        QCOMPARE(model->rowCount(newBranch), 400);
        QCOMPARE(model->messageId(model->index(98, 0, oldBranch)), lastOfOldBranch);
        QCOMPARE(model->activeLeaf(), model->index(399, 0, newBranch));
        QCOMPARE(m_app->window()->branchExplorer()->treeView()->currentIndex(), model->activeLeaf());
    }
};

QTEST_MAIN(TestBranchExplorer)
#include "TestBranchExplorer.moc"
