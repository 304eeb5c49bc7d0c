// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"
#include "AppController.h"
#include "ChatPane.h"
#include "ConversationListPane.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "SearchHitDelegate.h"
#include "TemplatePalette.h"
#include "WindowTestSupport.h"
#include "controllers/ChatController.h"
#include "controllers/ConversationListController.h"
#include "controllers/ConversationListModel.h"
#include "controllers/SearchController.h"
#include "core/AppConfig.h"
#include "gui/chatview/ChatView.h"
#include "render/SafeTextDocument.h"

#include "llm/HealthMonitor.h"
#include "services/ChatService.h"
#include "services/SecretStore.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace {

using WindowTestSupport::chunk;

const QByteArray kEnd = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":7}}\n\n"
                        "data: [DONE]\n\n";

} // namespace

// The real window, offscreen, against a fake OpenAI-compatible server.
class TestChatWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    std::unique_ptr<AppController> m_app;

    void writeConfig() { QVERIFY(WindowTestSupport::writeConfig(m_dir, m_server)); }

    void typeAndSend(const QString &text)
    {
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        input->setFocus();
        // QTest types ASCII only; other text is pasted, as a user with an input method would.
        if (text.toLatin1() == text.toUtf8())
            QTest::keyClicks(input, text);
        else
            input->insertPlainText(text);
        QTest::keyClick(input, Qt::Key_Return);
    }

    Message waitForAnswer(QSignalSpy &ended)
    {
        if (ended.isEmpty() && !ended.wait(10000))
            return Message();
        return ended.takeFirst().at(0).value<Message>();
    }

    void startApp()
    {
        m_app = WindowTestSupport::startApp(m_dir, QStringLiteral("gsk_window_test_key"));
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
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

    void send_showsStreamedAnswerAndStoresIt()
    {
        m_server.enqueue(FakeResponse::sse(chunk("**Hello**") + chunk(" from") + chunk(" the model") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("Say hello"));
        const Message answer = waitForAnswer(ended);
        QCOMPARE(answer.content, QStringLiteral("**Hello** from the model"));
        QCOMPARE(answer.usage.completionTokens.value_or(-1), 7);

        ChatView *view = m_app->chatController().view();
        QCOMPARE(view->messageText(QString::number(answer.id)), QStringLiteral("**Hello** from the model"));
        QVERIFY(view->messagePlainText(QString::number(answer.id))
                    .contains(QStringLiteral("Hello from the model")));
        QVERIFY(m_app->window()->chatPane()->messageInput()->toPlainText().isEmpty());
        // The conversation appears in the list, titled from the prompt, and in the title bar.
        QCOMPARE(m_app->conversationList().rowCount(), 1);
        QCOMPARE(m_app->conversationList().index(0, 0).data().toString(), QStringLiteral("Say hello"));
        QCOMPARE(m_app->window()->windowTitle(), QStringLiteral("Say hello — Multimodel Chat"));
        QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray("Bearer gsk_window_test_key"));
    }

    void conversationList_deleteUndoPinAndMove()
    {
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("one") + kEnd));
        typeAndSend(QStringLiteral("first"));
        const qint64 first = waitForAnswer(ended).conversationId;
        m_app->chatController().newConversation();
        m_server.enqueue(FakeResponse::sse(chunk("two") + kEnd));
        typeAndSend(QStringLiteral("second"));
        const qint64 second = waitForAnswer(ended).conversationId;
        ConversationListModel &list = m_app->conversationList();
        ConversationListController &actions = m_app->conversationActions();
        QCOMPARE(list.rowCount(), 2);

        // Delete: gone from the list at once, still stored until the undo time is over.
        QVERIFY(actions.remove(second));
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(!list.indexOf(second).isValid());
        QVERIFY(ConversationRepository(m_app->database()).conversation(second));
        QCOMPARE(m_app->chatController().currentConversation(), 0); // the open one was closed
        QToolButton *undo = m_app->window()->undoButton();
        QVERIFY(undo->isVisible());
        undo->click();
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(m_app->chatController().currentConversation(), second);
        QVERIFY(!undo->isVisible());

        // Without undo the conversation and its messages are deleted for good.
        QVERIFY(actions.remove(second));
        actions.commitRemovals();
        QVERIFY(!ConversationRepository(m_app->database()).conversation(second));
        QCOMPARE(MessageRepository(m_app->database()).countInConversation(second), 0);
        QCOMPARE(list.rowCount(), 1);

        // Pinned first, in bold; moved into a project.
        m_app->chatController().newConversation();
        m_server.enqueue(FakeResponse::sse(chunk("three") + kEnd));
        typeAndSend(QStringLiteral("third"));
        const qint64 third = waitForAnswer(ended).conversationId;
        QCOMPARE(list.conversationId(list.index(0, 0)), third); // most recent first
        actions.setPinned(first, true);
        QCOMPARE(list.conversationId(list.index(0, 0)), first);
        QVERIFY(list.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        Project project;
        project.name = QStringLiteral("Thesis");
        const qint64 projectId = ProjectRepository(m_app->database()).create(project);
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.moveToProject(third, projectId);
        QCOMPARE(ConversationRepository(m_app->database()).conversation(third)->projectId, projectId);
        // The sidebar shows the project as a folder first, holding the conversation.
        const QModelIndex folder = list.index(0, 0);
        QCOMPARE(folder.data().toString(), QStringLiteral("Thesis"));
        QCOMPARE(list.conversationId(folder), 0);
        QCOMPARE(list.rowCount(folder), 1);
        QCOMPARE(list.conversationId(list.index(0, 0, folder)), third);
        QCOMPARE(list.indexOf(third), list.index(0, 0, folder));
        QCOMPARE(list.conversationId(list.index(1, 0)), first); // the loose ones follow
        QVERIFY(m_app->window()->conversationList()->conversationView()->isExpanded(folder));
    }

    void suggestTitle_asksTheModelAndRenames()
    {
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("Boil water, add salt.") + kEnd));
        typeAndSend(QStringLiteral("how do I cook pasta for two people tonight"));
        const qint64 id = waitForAnswer(ended).conversationId;
        m_server.enqueue(FakeResponse::sse(chunk("\\\"Pasta for ") + chunk("Two.\\\"") + kEnd));
        QSignalSpy suggested(&m_app->chat(), &ChatService::titleSuggested);
        m_app->window()->actions()->action(QStringLiteral("chat.suggestTitle"))->trigger();
        QVERIFY(suggested.wait(10000));
        QCOMPARE(ConversationRepository(m_app->database()).conversation(id)->title,
                 QStringLiteral("Pasta for Two"));
        QCOMPARE(m_app->conversationList().index(0, 0).data().toString(), QStringLiteral("Pasta for Two"));
        // The request carried the conversation and asked for a title only; nothing was stored.
        const QJsonObject request = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        const QJsonArray sent = request.value(QLatin1String("messages")).toArray();
        QVERIFY(sent.at(0)
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QStringLiteral("title")));
        QVERIFY(sent.at(1)
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QStringLiteral("cook pasta")));
        QCOMPARE(MessageRepository(m_app->database()).countInConversation(id), 2);
    }

    void clearChat_removesEverythingAndUndoBringsItBack()
    {
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("one") + kEnd));
        typeAndSend(QStringLiteral("first"));
        const qint64 id = waitForAnswer(ended).conversationId;
        m_server.enqueue(FakeResponse::sse(chunk("two") + kEnd));
        typeAndSend(QStringLiteral("second"));
        waitForAnswer(ended);
        const QList<Message> before = MessageRepository(m_app->database()).activePath(id);
        QCOMPARE(before.size(), 4);

        QVERIFY(m_app->chatController().clearChat(false));
        QCOMPARE(MessageRepository(m_app->database()).countInConversation(id), 0);
        QVERIFY(ConversationRepository(m_app->database()).conversation(id)); // the conversation stays
        QVERIFY(m_app->chatController().view()->messageText(QString::number(before.at(1).id)).isEmpty());

        QToolButton *undo = m_app->window()->undoButton();
        QVERIFY(undo->isVisible());
        QTest::qWait(50);
        QVERIFY(undo->isVisible()); // no time limit: until the window closes
        undo->click();
        const QList<Message> after = MessageRepository(m_app->database()).activePath(id);
        QCOMPARE(after.size(), 4);
        QCOMPARE(after.at(3).id, before.at(3).id);
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(before.at(3).id)),
                 QStringLiteral("two"));
    }

    void newConversation_inTheChosenProject_takesItsDefaults()
    {
        Project project;
        project.name = QStringLiteral("Research");
        project.defaultProviderId = QStringLiteral("groq");
        project.defaultModel = QStringLiteral("smart");
        project.defaultSystemPrompt = QStringLiteral("Cite sources.");
        const qint64 projectId = ProjectRepository(m_app->database()).create(project);
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("one") + kEnd));
        typeAndSend(QStringLiteral("first"));
        const qint64 first = waitForAnswer(ended).conversationId;
        m_app->conversationActions().moveToProject(first, projectId);

        // Choose the project's folder in the sidebar, then File › New Conversation.
        QTreeView *list = m_app->window()->conversationList()->conversationView();
        list->setCurrentIndex(m_app->conversationList().index(0, 0));
        m_app->window()->actions()->action(QStringLiteral("file.new"))->trigger();
        QCOMPARE(m_app->window()->chatPane()->modelSelector()->currentData().toStringList(),
                 (QStringList{QStringLiteral("groq"), QStringLiteral("smart")}));
        m_server.enqueue(FakeResponse::sse(chunk("two") + kEnd));
        typeAndSend(QStringLiteral("second"));
        const Message answer = waitForAnswer(ended);
        QVERIFY(answer.conversationId != first);
        QCOMPARE(ConversationRepository(m_app->database()).conversation(answer.conversationId)->projectId,
                 projectId);
        QCOMPARE(answer.model, QStringLiteral("smart"));
        // The project's system prompt went with the request.
        const QJsonArray sent = QJsonDocument::fromJson(m_server.lastRequest().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
        QCOMPARE(sent.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Cite sources."));
    }

    void stopButton_keepsPartialAnswer()
    {
        m_server.enqueue(FakeResponse::sse(chunk("half") + chunk(" an answer")).delay(30).stall());
        QSignalSpy deltas(&m_app->chat(), &ChatService::replyDelta);
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("Tell me everything"));
        QTRY_VERIFY_WITH_TIMEOUT(deltas.count() >= 2, 5000);
        QPushButton *button = m_app->window()->chatPane()->sendButton();
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Stop"));
        button->click();
        const Message answer = waitForAnswer(ended);
        QCOMPARE(answer.state, MessageState::Interrupted);
        QCOMPARE(answer.content, QStringLiteral("half an answer"));
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Send"));
    }

    void failedSend_keepsPromptAndRetrySucceeds()
    {
        m_server.enqueue(FakeResponse::json(500, R"({"error":{"message":"internal"}})"));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("Will fail first"));
        const Message failed = waitForAnswer(ended);
        QCOMPARE(failed.state, MessageState::Error);

        // The banner offers Retry, the provider's settings and another model.
        ChatView *view = m_app->chatController().view();
        QString shown = view->document()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Retry")) &&
                     shown.contains(QStringLiteral("Provider settings")) &&
                     shown.contains(QStringLiteral("Switch model")),
                 qPrintable(shown));
        // Opening the (modal) dialog is the app's job; here only the request is checked.
        disconnect(&m_app->chatController(), &ChatController::openProviderSettingsRequested, nullptr,
                   nullptr);
        QSignalSpy settings(&m_app->chatController(), &ChatController::openProviderSettingsRequested);
        Q_EMIT view->browser()->anchorClicked(QUrl(QStringLiteral("mmchat-settings:%1").arg(failed.id)));
        QCOMPARE(settings.count(), 1);

        m_server.enqueue(FakeResponse::sse(chunk("second try") + kEnd));
        Q_EMIT m_app->chatController().view()->retryRequested(QString::number(failed.id));
        const Message retried = waitForAnswer(ended);
        QCOMPARE(retried.content, QStringLiteral("second try"));
        QCOMPARE(retried.parentId, failed.parentId);
    }

    void switchingModel_isStoredAndUsed()
    {
        m_server.enqueue(FakeResponse::sse(chunk("one") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("first"));
        waitForAnswer(ended);

        QComboBox *selector = m_app->window()->chatPane()->modelSelector();
        const int smart = selector->findData(QStringList{QStringLiteral("groq"), QStringLiteral("smart")});
        QVERIFY(smart >= 0);
        selector->setCurrentIndex(smart);
        Q_EMIT selector->activated(smart);
        m_server.enqueue(FakeResponse::sse(chunk("two") + kEnd));
        typeAndSend(QStringLiteral("second"));
        const Message answer = waitForAnswer(ended);
        QCOMPARE(answer.model, QStringLiteral("smart"));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("smart"));
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 3);
    }

    void draft_survivesRestart()
    {
        m_server.enqueue(FakeResponse::sse(chunk("noted") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("first message"));
        const Message answer = waitForAnswer(ended);
        QTest::keyClicks(m_app->window()->chatPane()->messageInput(), QStringLiteral("half-written thought"));
        // Saved shortly after typing stops, without closing anything (so a crash keeps it).
        QTRY_COMPARE_WITH_TIMEOUT(SettingsRepository(m_app->database())
                                      .value(ChatController::draftKey(answer.conversationId))
                                      .toString(),
                                  QStringLiteral("half-written thought"), 3000);
        m_app.reset();
        startApp();
        QCOMPARE(m_app->chatController().currentConversation(), answer.conversationId);
        QCOMPARE(m_app->window()->chatPane()->messageInput()->toPlainText(),
                 QStringLiteral("half-written thought"));
    }

    void searchHitDelegate_splitsTheMarkedSnippet()
    {
        QList<SearchHitDelegate::Highlight> highlights;
        const QString plain = SearchHitDelegate::splitMarked(QStringLiteral("a [bc] d\n[e][]f [g"),
                                                             QLatin1Char('['), QLatin1Char(']'), &highlights);
        QCOMPARE(plain, QStringLiteral("a bc d ef g"));
        // Empty and unclosed marks mark nothing.
        const QList<SearchHitDelegate::Highlight> expected{{2, 2}, {7, 1}};
        QCOMPARE(highlights, expected);
    }

    void search_marksTheMatchEvenWhenItLiesPastTheEdgeOfANarrowList()
    {
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        const QByteArray words = QByteArray("слово ").repeated(40);
        m_server.enqueue(FakeResponse::sse(chunk(words + "Эрмитаж " + words) + kEnd));
        typeAndSend(QStringLiteral("Какой музей?"));
        waitForAnswer(ended);
        QSignalSpy shown(&m_app->search(), &SearchController::resultsShown);
        m_app->window()->conversationList()->searchField()->setText(QStringLiteral("эрмитаж"));
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.last().at(0).toInt(), 1);

        QTreeView *view = m_app->window()->conversationList()->conversationView();
        auto *delegate = qobject_cast<SearchHitDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex hit = m_app->search().results()->index(0, 0);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.state &= ~QStyle::State_Selected;
        option.rect = QRect(QPoint(0, 0), QSize(220, delegate->sizeHint(option, hit).height()));
        QCOMPARE(option.rect.height() >= 2 * option.fontMetrics.height(), true);
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(option.palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            delegate->paint(&painter, option, hit);
        }
        // The tint behind the match is on the row, in the snippet's (lower) half.
        QColor tint = option.palette.color(QPalette::Highlight);
        const QColor base = option.palette.color(QPalette::Base);
        const QColor expected = QColor::fromRgbF(0.25 * tint.redF() + 0.75 * base.redF(),
                                                 0.25 * tint.greenF() + 0.75 * base.greenF(),
                                                 0.25 * tint.blueF() + 0.75 * base.blueF());
        int tinted = 0;
        for (int y = image.height() / 2; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (qAbs(pixel.red() - expected.red()) <= 3 && qAbs(pixel.green() - expected.green()) <= 3 &&
                    qAbs(pixel.blue() - expected.blue()) <= 3)
                    ++tinted;
            }
        }
        QVERIFY2(tinted > 50, qPrintable(QStringLiteral("%1 tinted pixels").arg(tinted)));
    }

    void search_findsMessageAndOpensItsBranch()
    {
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        m_server.enqueue(FakeResponse::sse(chunk("Столица Франции — Париж") + kEnd));
        typeAndSend(QStringLiteral("Какая столица у Франции?"));
        const Message paris = waitForAnswer(ended);
        m_app->chatController().newConversation();
        m_server.enqueue(FakeResponse::sse(chunk("Rome is the capital of Italy") + kEnd));
        typeAndSend(QStringLiteral("Capital of Italy?"));
        waitForAnswer(ended);
        QCOMPARE(m_app->chatController().currentConversation() == paris.conversationId, false);

        QSignalSpy shown(&m_app->search(), &SearchController::resultsShown);
        QLineEdit *field = m_app->window()->conversationList()->searchField();
        field->setText(QStringLiteral("париж")); // lower case finds "Париж"
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QVERIFY(m_app->search().isShowingResults());
        QVERIFY(m_app->search().results()->index(0, 0).data().toString().contains(QStringLiteral("Париж")));
        // The row marks exactly the matched word.
        const QModelIndex hit = m_app->search().results()->index(0, 0);
        const QString snippet = hit.data(SearchHitDelegate::SnippetRole).toString();
        const auto highlights =
            hit.data(SearchHitDelegate::HighlightsRole).value<QList<SearchHitDelegate::Highlight>>();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(snippet.mid(highlights.at(0).start, highlights.at(0).length), QStringLiteral("Париж"));
        // Title and snippet each get a line, whatever the other rows are.
        QTreeView *list = m_app->window()->conversationList()->conversationView();
        QVERIFY(!list->uniformRowHeights());
        QVERIFY(list->itemDelegate()->sizeHint(QStyleOptionViewItem(), hit).height() >=
                2 * list->fontMetrics().height());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_app->chatController().currentConversation(), paris.conversationId);
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(paris.id)),
                 QStringLiteral("Столица Франции — Париж"));

        field->clear();
        QTRY_VERIFY(!m_app->search().isShowingResults());
        QVERIFY(list->uniformRowHeights());
        QCOMPARE(m_app->window()->conversationList()->conversationView()->model(),
                 static_cast<QAbstractItemModel *>(&m_app->conversationList()));
    }

    void healthDot_showsProviderState()
    {
        m_server.enqueue(
            FakeResponse::json(200, R"({"object":"list","data":[{"id":"fast","object":"model"}]})"));
        QSignalSpy changed(&m_app->health(), &HealthMonitor::statusChanged);
        m_app->startHealthChecks();
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_app->health().status(QStringLiteral("groq")).state, HealthStatus::State::Online);
        QComboBox *selector = m_app->window()->chatPane()->modelSelector();
        QVERIFY(!selector->itemIcon(0).isNull());
        QVERIFY(selector->itemData(0, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Online")));
        QCOMPARE(m_server.lastRequest().path, QByteArray("/openai/v1/models"));
    }

    void droppedFiles_textAttachedOthersRefusedWithReasons()
    {
        QTemporaryDir files;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(files.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("notes.txt"),
              QByteArrayLiteral("Список покупок:\n- молоко\n```\ncode fence inside\n```\n"));
        write(QStringLiteral("photo.png"),
              QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0'));
        write(QStringLiteral("huge.log"), QByteArray(600 * 1024, 'x'));
        write(QStringLiteral("broken.txt"), QByteArrayLiteral("ok \xff\xfe bytes"));

        // A real drop on the input box.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(files.filePath(QStringLiteral("notes.txt"))),
                      QUrl::fromLocalFile(files.filePath(QStringLiteral("photo.png"))),
                      QUrl::fromLocalFile(files.filePath(QStringLiteral("huge.log"))),
                      QUrl::fromLocalFile(files.filePath(QStringLiteral("broken.txt")))});
        QWidget *target = m_app->window()->chatPane()->messageInput()->viewport();
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);

        ChatController &chat = m_app->chatController();
        QCOMPARE(chat.pendingAttachments().size(), 2);
        QCOMPARE(m_app->window()->chatPane()->attachmentChipCount(), 2);
        const QString problems = chat.lastAttachmentProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("photo.png is not a text file")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("huge.log is 600")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("broken.txt is not valid UTF-8")), qPrintable(problems));
        // Nothing was put into the input as text.
        QVERIFY(m_app->window()->chatPane()->messageInput()->toPlainText().isEmpty());

        // The chip for broken.txt can be removed before sending.
        chat.removeAttachment(1);
        QCOMPARE(m_app->window()->chatPane()->attachmentChipCount(), 1);

        m_server.enqueue(FakeResponse::sse(chunk("Milk.") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("Summarise the file"));
        waitForAnswer(ended);
        const QJsonArray messages = QJsonDocument::fromJson(m_server.lastRequest().body)
                                        .object()
                                        .value(QLatin1String("messages"))
                                        .toArray();
        const QString sent = messages.last().toObject().value(QLatin1String("content")).toString();
        QVERIFY2(
            sent.startsWith(QStringLiteral("Summarise the file\n\nFile: notes.txt\n````\nСписок покупок:")),
            qPrintable(sent));
        QVERIFY(sent.endsWith(QStringLiteral("code fence inside\n```\n````")));
        QVERIFY(!sent.contains(QStringLiteral("broken.txt")));
        QCOMPARE(m_app->window()->chatPane()->attachmentChipCount(), 0);
        QVERIFY(chat.pendingAttachments().isEmpty());
    }

    void pastedFiles_becomeAttachmentsAndTextStaysText()
    {
        QTemporaryDir files;
        QFile file(files.filePath(QStringLiteral("todo.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("- [ ] paste works\n");
        file.close();
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(file.fileName())});
        mime->setText(file.fileName()); // file managers put the path in text/plain as well
        QGuiApplication::clipboard()->setMimeData(mime);
        input->setFocus();
        input->paste();
        QCOMPARE(m_app->chatController().pendingAttachments().size(), 1);
        QCOMPARE(m_app->chatController().pendingAttachments().at(0).fileName, QStringLiteral("todo.md"));
        QVERIFY(input->toPlainText().isEmpty());
        // Ordinary text is pasted as text.
        QGuiApplication::clipboard()->setText(QStringLiteral("just words"));
        input->paste();
        QCOMPARE(input->toPlainText(), QStringLiteral("just words"));
        QCOMPARE(m_app->chatController().pendingAttachments().size(), 1);
    }

    void generationSettings_areSentAndKeptWithTheConversation()
    {
        ChatPane *pane = m_app->window()->chatPane();
        pane->temperatureSpinBox()->setValue(0.3);
        pane->maxTokensSpinBox()->setValue(512);
        m_server.enqueue(FakeResponse::sse(chunk("ok") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("settings first"));
        const Message answer = waitForAnswer(ended);
        QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 512);
        const Conversation stored =
            *ConversationRepository(m_app->database()).conversation(answer.conversationId);
        QCOMPARE(stored.generation.temperature.value_or(-1), 0.3);
        QCOMPARE(stored.generation.maxTokens.value_or(-1), 512);

        // A new conversation starts from the defaults; opening the old one shows its values.
        m_app->chatController().newConversation();
        QCOMPARE(pane->temperatureSpinBox()->value(), pane->temperatureSpinBox()->minimum());
        m_app->chatController().openConversation(answer.conversationId);
        QCOMPARE(pane->temperatureSpinBox()->value(), 0.3);
        QCOMPARE(pane->maxTokensSpinBox()->value(), 512);

        // "Default" falls back to config.json's generation defaults (0.7 unless changed).
        pane->temperatureSpinBox()->setValue(pane->temperatureSpinBox()->minimum());
        Q_EMIT pane->temperatureSpinBox()->editingFinished();
        m_server.enqueue(FakeResponse::sse(chunk("ok") + kEnd));
        typeAndSend(QStringLiteral("now default"));
        waitForAnswer(ended);
        body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
    }

    void templatePalette_insertsTemplateWithVariables()
    {
        QPlainTextEdit *input = m_app->window()->chatPane()->messageInput();
        input->setPlainText(QStringLiteral("int main() { return 0; }"));
        QGuiApplication::clipboard()->setText(QStringLiteral("from the clipboard"));
        m_app->window()->actions()->action(QStringLiteral("chat.templates"))->trigger();
        auto *palette = m_app->window()->findChild<TemplatePalette *>(QStringLiteral("templatePalette"));
        QVERIFY(palette);
        QVERIFY(palette->visibleCount() >= 8);
        QTest::keyClicks(palette->filterField(), QStringLiteral("explain"));
        QCOMPARE(palette->visibleCount(), 1);
        QTest::keyClick(palette->filterField(), Qt::Key_Return);
        QCOMPARE(input->toPlainText(),
                 QStringLiteral(
                     "Explain what this code does, step by step:\n\n```\nint main() { return 0; }\n```"));

        PromptTemplate custom;
        custom.body = QStringLiteral("{{clipboard}} / {{date}} / {{input}} / {{unknown}}");
        input->setPlainText(QStringLiteral("typed"));
        m_app->chatController().insertTemplate(custom);
        QCOMPARE(input->toPlainText(), QStringLiteral("from the clipboard / %1 / typed / {{unknown}}")
                                           .arg(QDate::currentDate().toString(Qt::ISODate)));
    }

    void export_writesEachFormatAndNeverTheKey()
    {
        m_server.enqueue(FakeResponse::sse(chunk("**Bold** answer") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("Question <script>"));
        waitForAnswer(ended);
        QTemporaryDir out;
        for (const char *format : {"txt", "md", "html", "json"}) {
            const QString path = out.filePath(QStringLiteral("c.") + QLatin1String(format));
            QVERIFY(m_app->chatController().exportConversation(QLatin1String(format), path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains("Bold"), format);
            QVERIFY2(!bytes.contains("gsk_window_test_key"), format);
            if (QByteArray(format) == "html") {
                QVERIFY(bytes.contains("&lt;script&gt;"));
                QVERIFY(!bytes.contains("<script>"));
            }
            if (QByteArray(format) == "json")
                QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        }
        m_app->window()->actions()->action(QStringLiteral("file.copyMarkdown"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("**Bold** answer")));
        QVERIFY(!m_app->chatController().exportConversation(QStringLiteral("md"),
                                                            QStringLiteral("/nonexistent-dir/x.md")));
    }

    void choosingAConversation_opensIt()
    {
        m_server.enqueue(FakeResponse::sse(chunk("answer A") + kEnd));
        QSignalSpy ended(&m_app->chat(), &ChatService::replyEnded);
        typeAndSend(QStringLiteral("conversation A"));
        const Message a = waitForAnswer(ended);
        m_app->chatController().newConversation();
        m_server.enqueue(FakeResponse::sse(chunk("answer B") + kEnd));
        typeAndSend(QStringLiteral("conversation B"));
        waitForAnswer(ended);
        QCOMPARE(m_app->conversationList().rowCount(), 2);

        QTreeView *list = m_app->window()->conversationList()->conversationView();
        list->setCurrentIndex(m_app->conversationList().indexOf(a.conversationId));
        QCOMPARE(m_app->chatController().currentConversation(), a.conversationId);
        QCOMPARE(m_app->chatController().view()->messageText(QString::number(a.id)),
                 QStringLiteral("answer A"));
        QCOMPARE(m_app->window()->windowTitle(), QStringLiteral("conversation A — Multimodel Chat"));
    }
};

QTEST_MAIN(TestChatWindow)
#include "TestChatWindow.moc"
