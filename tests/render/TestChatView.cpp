// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chatview/ChatView.h"
#include "render/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextList>
#include <QToolButton>
#include <QtTest>

class TestChatView : public QObject
{
    Q_OBJECT

private:
    static QString answerText()
    {
        return QStringLiteral("## Steps\n\nFirst *do* this, then `that`.\n\n- a\n- b\n  - c\n\n| x | y "
                              "|\n|---|---|\n| 1 | 2 |\n\n"
                              "```cpp\nint main() {\n    return 0;\n}\n```\n\n1. one\n2. **two**\n\n"
                              "> note\n\nThe end with [a link](https://example.com).\n");
    }

    // Every list item as "depth:number:text", so a stray or missing item shows.
    static QStringList listItems(ChatView &view)
    {
        QStringList items;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            if (QTextList *list = b.textList())
                items << QStringLiteral("%1:%2:%3")
                             .arg(list->format().indent())
                             .arg(list->itemNumber(b) + 1)
                             .arg(b.text().remove(QChar(0x200B)));
        }
        return items;
    }

    static ChatViewMessage message(const QString &id, ChatViewMessage::Role role, const QString &text,
                                   ChatViewMessage::State state = ChatViewMessage::State::Complete)
    {
        ChatViewMessage m;
        m.id = id;
        m.role = role;
        m.text = text;
        m.state = state;
        m.model = QStringLiteral("test-model");
        return m;
    }

    static QString visibleText(ChatView &view)
    {
        QString text = view.document()->toPlainText();
        text.remove(QChar(0x200B));
        // Frames and chunking leave empty separator lines; they are not content.
        QStringList lines = text.split(QLatin1Char('\n'));
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }

    static bool hasAnchor(QTextDocument *doc, const QString &href)
    {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorHref() == href)
                    return true;
            }
        }
        return false;
    }

    static void stream(ChatView &view, const QString &id, const QString &text, int chunk)
    {
        for (int i = 0; i < text.size(); i += chunk) {
            view.appendDelta(id, text.mid(i, chunk));
            view.flushPending();
        }
    }

private Q_SLOTS:
    void streamedAnswer_looksLikeStaticOne_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("1") << 1;
        QTest::newRow("5") << 5;
        QTest::newRow("33") << 33;
    }
    void streamedAnswer_looksLikeStaticOne()
    {
        QFETCH(int, chunk);
        ChatView streamed;
        streamed.setMessages(
            {message(QStringLiteral("q"), ChatViewMessage::Role::User, QStringLiteral("question"))});
        streamed.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                       ChatViewMessage::State::Streaming));
        stream(streamed, QStringLiteral("a"), answerText(), chunk);
        streamed.finishMessage(QStringLiteral("a"), ChatViewMessage::State::Complete);

        ChatView still;
        still.setMessages(
            {message(QStringLiteral("q"), ChatViewMessage::Role::User, QStringLiteral("question")),
             message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, answerText())});
        QCOMPARE(visibleText(streamed), visibleText(still));
        QCOMPARE(listItems(streamed), listItems(still));
        QCOMPARE(listItems(still).size(), 5);
        QVERIFY(visibleText(still).contains(QStringLiteral("return 0;")));
        QCOMPARE(streamed.messageText(QStringLiteral("a")), answerText());
    }

    void deltas_areCoalescedUntilTheNextFrame()
    {
        ChatView view;
        view.setMessages({});
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        int changes = 0;
        connect(view.document(), &QTextDocument::contentsChanged, this, [&] { ++changes; });
        for (int i = 0; i < 50; ++i)
            view.appendDelta(QStringLiteral("a"), QStringLiteral("word "));
        QCOMPARE(changes, 0);
        QVERIFY(!view.document()->toPlainText().contains(QStringLiteral("word")));
        QTRY_VERIFY_WITH_TIMEOUT(view.document()->toPlainText().contains(QStringLiteral("word word")), 1000);
        QVERIFY(changes >= 1 && changes <= 3); // one update for all fifty deltas
    }

    void replaceText_revisionShowsOnlyNewText()
    {
        ChatView view;
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        stream(view, QStringLiteral("a"), QStringLiteral("Helo wrld\n\n```\nold code\n"), 4);
        view.replaceText(QStringLiteral("a"), QStringLiteral("Hello world, revised.\n\nSecond"));
        view.flushPending();
        view.replaceText(QStringLiteral("a"), QStringLiteral("Hello world, revised.\n\nSecond part"));
        view.finishMessage(QStringLiteral("a"), ChatViewMessage::State::Complete);
        const QString text = visibleText(view);
        QVERIFY(text.contains(QStringLiteral("Hello world, revised.")));
        QVERIFY(text.contains(QStringLiteral("Second part")));
        QVERIFY(!text.contains(QStringLiteral("wrld")));
        QVERIFY(!text.contains(QStringLiteral("old code")));
        QCOMPARE(text.count(QStringLiteral("Second")), 1);
    }

    void followsBottom_untilUserScrollsUp()
    {
        ChatView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        QScrollBar *bar = view.browser()->verticalScrollBar();
        for (int i = 0; i < 60; ++i)
            view.appendDelta(QStringLiteral("a"), QStringLiteral("Line %1 of the answer.\n\n").arg(i));
        view.flushPending();
        view.document()->documentLayout()->documentSize();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isFollowingBottom());

        bar->setValue(0); // the user scrolls up
        QVERIFY(!view.isFollowingBottom());
        auto *jump = view.findChild<QToolButton *>(QStringLiteral("jumpToLatestButton"));
        QVERIFY(jump && jump->isVisible());
        for (int i = 0; i < 20; ++i)
            view.appendDelta(QStringLiteral("a"), QStringLiteral("More %1.\n\n").arg(i));
        view.flushPending();
        QCOMPARE(bar->value(), 0);

        jump->click();
        QVERIFY(view.isFollowingBottom());
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(!jump->isVisible());
    }

    void copyActions_copyCodeMarkdownAndPlainText()
    {
        ChatView view;
        view.setMessages({message(QStringLiteral("m1"), ChatViewMessage::Role::Assistant, answerText())});
        QSignalSpy copied(&view, &ChatView::copied);
        QVERIFY(hasAnchor(view.document(), QStringLiteral("mmchat-copy:m1/0")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-copy:m1/0")));
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), QStringLiteral("int main() {\n    return 0;\n}"));

        QVERIFY(hasAnchor(view.document(), QStringLiteral("mmchat-copymsg:m1")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-copymsg:m1")));
        QCOMPARE(copied.at(1).at(0).toString(), answerText());

        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-copytext:m1")));
        const QString plain = copied.at(2).at(0).toString();
        QVERIFY(plain.contains(QStringLiteral("First do this, then")));
        QVERIFY(!plain.contains(QStringLiteral("*do*")));
        QVERIFY(!plain.contains(QChar(0x200B)));
    }

    void links_onlySafeOnesAreActivated()
    {
        ChatView view;
        view.setOpenLinksExternally(false);
        QSignalSpy activated(&view, &ChatView::linkActivated);
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(activated.size(), 0);
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("https://example.com/x")));
        QCOMPARE(activated.size(), 1);
    }

    void failedAnswer_isMarkedAndOffersRetry()
    {
        ChatView view;
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        stream(view, QStringLiteral("a"), QStringLiteral("partial"), 3);
        ChatViewUsage usage;
        usage.promptTokens = 12;
        usage.completionTokens = 34;
        view.finishMessage(QStringLiteral("a"), ChatViewMessage::State::Failed, usage,
                           QStringLiteral("Server overloaded"));
        const QString text = visibleText(view);
        QVERIFY(text.contains(QStringLiteral("Failed")));
        QVERIFY(text.contains(QStringLiteral("Server overloaded")));
        QVERIFY(text.contains(QStringLiteral("34 completion tokens")));
        QVERIFY(text.contains(QStringLiteral("partial")));
        QSignalSpy retry(&view, &ChatView::retryRequested);
        QVERIFY(hasAnchor(view.document(), QStringLiteral("mmchat-retry:a")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-retry:a")));
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(0).toString(), QStringLiteral("a"));
    }

    void thinking_isOfferedCollapsedAndShownOnRequest()
    {
        ChatView view;
        view.setMessages({message(QStringLiteral("q"), ChatViewMessage::Role::User, QStringLiteral("why?"))});
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        view.appendThinking(QStringLiteral("a"), QStringLiteral("First I consider "));
        view.appendThinking(QStringLiteral("a"), QStringLiteral("the `sky` colour."));
        stream(view, QStringLiteral("a"), QStringLiteral("Because of **scattering**."), 4);
        ChatViewMessage done = message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {});
        done.thinking = QStringLiteral("First I consider the `sky` colour.");
        done.finishNote = QStringLiteral("Cut off at the token limit");
        done.usage.promptTokens = 10;
        done.usage.completionTokens = 4;
        done.usage.estimated = true;
        view.finishMessage(done);
        QString text = visibleText(view);
        // Collapsed: only the offer, the answer and its notes.
        QVERIFY2(!text.contains(QStringLiteral("First I consider")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Show thinking (6 word")),
                 qPrintable(text)); // "words" with the English plural file
        QVERIFY(text.contains(QStringLiteral("Cut off at the token limit")));
        QVERIFY(text.contains(QStringLiteral("\u224810 prompt")));
        QVERIFY(text.contains(QStringLiteral("estimated")));
        QVERIFY(hasAnchor(view.document(), QStringLiteral("mmchat-thinking:a")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-thinking:a")));
        QVERIFY(view.isThinkingShown(QStringLiteral("a")));
        text = visibleText(view);
        // Shown as plain text above the answer; the answer is unchanged and still copies alone.
        QVERIFY2(text.contains(QStringLiteral("First I consider the `sky` colour.")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("First I consider")) <
                text.indexOf(QStringLiteral("scattering")));
        QVERIFY(text.contains(QStringLiteral("Hide thinking")));
        QCOMPARE(view.messageText(QStringLiteral("a")), QStringLiteral("Because of **scattering**."));
        QCOMPARE(text.count(QStringLiteral("why?")), 1); // the prompt before it is untouched
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("mmchat-thinking:a")));
        QVERIFY2(!visibleText(view).contains(QStringLiteral("First I consider")),
                 qPrintable(visibleText(view)));
    }

    void replacedText_ofAStoredAnswer_takesItsPlace()
    {
        ChatView view;
        view.setMessages(
            {message(QStringLiteral("q"), ChatViewMessage::Role::User, QStringLiteral("why?")),
             message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, QStringLiteral("old")),
             message(QStringLiteral("q2"), ChatViewMessage::Role::User, QStringLiteral("and?"))});
        view.replaceText(QStringLiteral("a"), QStringLiteral("new"));
        const QString text = visibleText(view);
        QVERIFY2(!text.contains(QStringLiteral("old")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Assistant")), 1);
        QVERIFY(text.indexOf(QStringLiteral("why?")) < text.indexOf(QStringLiteral("new")));
        QVERIFY(text.indexOf(QStringLiteral("new")) < text.indexOf(QStringLiteral("and?")));

        // The same while an answer streams (YandexGPT revising earlier text): one header, the
        // revised text, nothing of the old.
        view.appendMessage(message(QStringLiteral("b"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        stream(view, QStringLiteral("b"), QStringLiteral("first draft of it"), 5);
        view.replaceText(QStringLiteral("b"), QStringLiteral("second version"));
        view.flushPending();
        view.finishMessage(QStringLiteral("b"), ChatViewMessage::State::Complete);
        const QString streamed = visibleText(view);
        QVERIFY2(!streamed.contains(QStringLiteral("draft")), qPrintable(streamed));
        QCOMPARE(streamed.count(QStringLiteral("Assistant")), 2);
        QCOMPARE(streamed.count(QStringLiteral("second version")), 1);
        QVERIFY(streamed.indexOf(QStringLiteral("and?")) <
                streamed.indexOf(QStringLiteral("second version")));
    }

    void scrollToMessage_laysOutAnOldMessageAndShowsIt()
    {
        ChatViewMessageList messages;
        for (int i = 0; i < 400; ++i)
            messages << message(QString::number(i),
                                i % 2 ? ChatViewMessage::Role::Assistant : ChatViewMessage::Role::User,
                                QStringLiteral("Message number %1 with some words.").arg(i));
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMessages(messages);
        QVERIFY(view.laidOutMessageCount() < 400);
        QVERIFY(view.scrollToMessage(QStringLiteral("5")));
        QVERIFY(view.laidOutMessageCount() >= 395);
        QScrollBar *bar = view.browser()->verticalScrollBar();
        QVERIFY(bar->value() < bar->maximum());
        // Message 5 is in the viewport.
        QTextCursor found = view.document()->find(QStringLiteral("Message number 5 with"));
        QVERIFY(!found.isNull());
        const QRect rect = view.browser()->cursorRect(found);
        QVERIFY2(rect.top() >= 0 && rect.bottom() <= view.browser()->viewport()->height(),
                 qPrintable(QStringLiteral("%1..%2").arg(rect.top()).arg(rect.bottom())));
        QVERIFY(!view.scrollToMessage(QStringLiteral("nope")));
    }

    void copyText_ofAHugeCodeBlock_hasEveryLine()
    {
        QString code;
        for (int i = 0; i < 3500; ++i)
            code += QStringLiteral("line %1\n").arg(i);
        ChatView view;
        view.setMessages({message(QStringLiteral("a"), ChatViewMessage::Role::Assistant,
                                  QStringLiteral("Here:\n\n```\n") + code + QStringLiteral("```\n"))});
        const QString copied = view.messagePlainText(QStringLiteral("a"));
        QVERIFY(copied.contains(QStringLiteral("line 0\n")));
        QVERIFY2(copied.contains(QStringLiteral("line 3499")), qPrintable(copied.right(200)));
        QVERIFY(!copied.contains(QStringLiteral("more lines")));
        // On screen the block stops at the display limit and says so.
        QVERIFY(!visibleText(view).contains(QStringLiteral("line 3499")));
    }

    void stoppedAnswer_saysStoppedNotInterrupted()
    {
        ChatView view;
        view.appendMessage(message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                   ChatViewMessage::State::Streaming));
        stream(view, QStringLiteral("a"), QStringLiteral("half"), 2);
        ChatViewMessage stopped = message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, {},
                                          ChatViewMessage::State::Interrupted);
        stopped.stoppedByUser = true;
        view.finishMessage(stopped);
        QVERIFY(visibleText(view).contains(QStringLiteral("Stopped")));
        QVERIFY(!visibleText(view).contains(QStringLiteral("Interrupted")));
    }

    void longConversation_laysOutTheEndFirst()
    {
        ChatViewMessageList messages;
        for (int i = 0; i < 1000; ++i)
            messages << message(QString::number(i),
                                i % 2 ? ChatViewMessage::Role::Assistant : ChatViewMessage::Role::User,
                                QStringLiteral("Message **%1** with a few words of text.").arg(i));
        ChatView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.setMessages(messages);
        QVERIFY(view.laidOutMessageCount() < 100);
        QVERIFY(visibleText(view).contains(QStringLiteral("Message 999 with")));
        QVERIFY(!visibleText(view).contains(QStringLiteral("Message 0 with")));
        const int before = view.laidOutMessageCount();
        view.browser()->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(view.laidOutMessageCount() > before);
        QVERIFY(view.browser()->verticalScrollBar()->value() > 0); // the reader stays where they were
    }

    void hostileAnswer_loadsNothing()
    {
        ChatView view;
        view.setMessages(
            {message(QStringLiteral("a"), ChatViewMessage::Role::Assistant,
                     QStringLiteral("<img src=http://127.0.0.1:1/x.png> ![i](http://127.0.0.1:1/y.png) "
                                    "<script>x</script> [j](javascript:alert(1))"))});
        view.document()->documentLayout()->documentSize();
        QCOMPARE(view.document()->refusedResourceCount(), 0);
        QVERIFY(visibleText(view).contains(QStringLiteral("<script>x</script>")));
    }

    void themeSwitch_keepsContent()
    {
        ChatView view;
        view.setMessages({message(QStringLiteral("a"), ChatViewMessage::Role::Assistant, answerText())});
        const QString light = visibleText(view);
        view.setTheme(true);
        QVERIFY(view.isDark());
        QCOMPARE(visibleText(view), light);
    }
};

QTEST_MAIN(TestChatView)
#include "TestChatView.moc"
