// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ConversationExporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <utility>

// Each format is compared with a file under tests/services/data/export/. After a deliberate
// change, MMCHAT_UPDATE_GOLDEN=1 writes the new output there; read the diff before committing.
class TestConversationExporter : public QObject
{
    Q_OBJECT

private:
    static Conversation conversation()
    {
        Conversation c;
        c.id = 7;
        c.title = QStringLiteral("Tables & <tags>");
        c.providerId = QStringLiteral("groq");
        c.model = QStringLiteral("llama-3.3-70b-versatile");
        c.systemPrompt = QStringLiteral("Be brief.");
        c.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
        return c;
    }

    // A fork: two answers to the prompt, the second one followed up (the active branch).
    static QList<Message> tree()
    {
        const auto message = [](qint64 id, qint64 parent, MessageRole role, const QString &text, int minute) {
            Message m;
            m.id = id;
            m.parentId = parent;
            m.conversationId = 7;
            m.role = role;
            m.content = text;
            m.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30 + minute), Qt::UTC);
            if (role == MessageRole::Assistant) {
                m.providerId = QStringLiteral("groq");
                m.model = QStringLiteral("llama-3.3-70b-versatile");
                m.usage.promptTokens = 20 + id;
                m.usage.completionTokens = 40 + id;
                m.usage.durationMs = 900;
            }
            return m;
        };
        QList<Message> messages{
            message(1, 0, MessageRole::User,
                    QStringLiteral("Compare **Qt 5** and **Qt 6** in a table; use <b>."), 0),
            message(2, 1, MessageRole::Assistant, QStringLiteral("Too long, first try."), 1),
            message(3, 1, MessageRole::Assistant,
                    QStringLiteral("| | Qt 5 | Qt 6 |\n|---|---|---|\n| C++ | 11 | 17 |\n\n"
                                   "```cpp\nauto s = QStringLiteral(\"<ok>\");\n```\n\n- [x] ~~old~~ new"),
                    2),
            message(4, 3, MessageRole::User, QStringLiteral("Thanks!"), 3),
        };
        messages[1].inContext = false;
        messages[1].label = QStringLiteral("draft");
        messages[2].pinned = true;
        return messages;
    }

    static QList<Message> activePath()
    {
        const QList<Message> all = tree();
        return {all.at(0), all.at(2), all.at(3)};
    }

private Q_SLOTS:
    void format_matchesTheExpectedFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : ConversationExporter::formats())
            QTest::newRow(qPrintable(format)) << format;
    }
    void format_matchesTheExpectedFile()
    {
        QFETCH(QString, format);
        const QString produced = ConversationExporter::render(format, conversation(), activePath(), tree());
        const QString path =
            QDir(QStringLiteral(MMCHAT_TEST_DATA_DIR)).filePath(QStringLiteral("export/expected.") + format);
        QFile file(path);
        if (qEnvironmentVariableIsSet("MMCHAT_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(produced.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString expected = QString::fromUtf8(file.readAll());
        if (produced != expected) {
            // Show the first line that differs, not two whole files.
            const QStringList a = produced.split(QLatin1Char('\n'));
            const QStringList b = expected.split(QLatin1Char('\n'));
            for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i))
                    QFAIL(qPrintable(QStringLiteral("line %1:\n got: %2\n want: %3")
                                         .arg(i + 1)
                                         .arg(a.value(i), b.value(i))));
            }
        }
    }

    void leafPaths_aLoopingParentChainEnds()
    {
        // A damaged file: 1 → 3 → 2 → 1 loops; 4 hangs below 2 and is the only leaf.
        QList<Message> messages;
        for (const auto &[id, parent] : {std::pair{1, 3}, {2, 1}, {3, 2}, {4, 2}}) {
            Message message;
            message.id = id;
            message.parentId = parent;
            messages << message;
        }
        const QList<QList<Message>> paths = Message::leafPaths(messages);
        QCOMPARE(paths.size(), 1);
        QList<qint64> ids;
        for (const Message &message : paths.at(0))
            ids << message.id;
        QCOMPARE(ids, (QList<qint64>{3, 1, 2, 4}));
    }

    void everyBranch_oneAfterAnother()
    {
        const QList<QList<Message>> branches = Message::leafPaths(tree());
        QCOMPARE(branches.size(), 2);
        QCOMPARE(branches.at(0).size(), 2); // prompt, first try
        QCOMPARE(branches.at(1).size(), 3); // prompt, second answer, thanks
        const QString md =
            ConversationExporter::renderAllBranches(QStringLiteral("md"), conversation(), tree());
        QVERIFY2(md.startsWith(QStringLiteral("# Tables & <tags>\n\n## Branch 1 of 2\n\n**User**\n\n")),
                 qPrintable(md));
        QVERIFY(md.indexOf(QStringLiteral("Too long, first try.")) <
                md.indexOf(QStringLiteral("## Branch 2 of 2")));
        QVERIFY(md.indexOf(QStringLiteral("## Branch 2 of 2")) < md.indexOf(QStringLiteral("Thanks!")));
        QCOMPARE(md.count(QStringLiteral("Compare **Qt 5**")), 2); // the shared prompt in each branch
        const QString text =
            ConversationExporter::renderAllBranches(QStringLiteral("txt"), conversation(), tree());
        QVERIFY(text.contains(QStringLiteral("=== Branch 2 of 2 ===")));
        const QString html =
            ConversationExporter::renderAllBranches(QStringLiteral("html"), conversation(), tree());
        QCOMPARE(html.count(QStringLiteral("<h2>")), 2);
        // JSON is the tree either way; one branch needs no headings.
        QCOMPARE(ConversationExporter::renderAllBranches(QStringLiteral("json"), conversation(), tree()),
                 ConversationExporter::render(QStringLiteral("json"), conversation(), {}, tree()));
        QVERIFY(!ConversationExporter::renderAllBranches(QStringLiteral("md"), conversation(), activePath())
                     .contains(QStringLiteral("Branch")));
    }

    void html_neverInterpretsWhatTheModelWrote()
    {
        const QString html =
            ConversationExporter::render(QStringLiteral("html"), conversation(), activePath());
        QVERIFY(!html.contains(QStringLiteral("<b>.")));
        QVERIFY(html.contains(QStringLiteral("use &lt;b&gt;.")));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    }
};

QTEST_GUILESS_MAIN(TestConversationExporter)
#include "TestConversationExporter.moc"
