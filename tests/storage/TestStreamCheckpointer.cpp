// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "StreamChildText.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/SearchRepository.h"
#include "storage/StreamCheckpointer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QtTest>

namespace {

QString storedContent(Database &db, qint64 id)
{
    MessageRepository messages(db);
    const auto message = messages.message(id);
    return message ? message->content : QString();
}

} // namespace

class TestStreamCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void begin_writesStreamingMessageAndMakesItActive();
    void append_checkpointsEvery4KB();
    void append_checkpointsAfterIntervalEvenWhenStreamPauses();
    void replaceContent_savesRevisedText();
    void finish_savesStateUsageAndIndexesText();
    void finish_withError_keepsPartialTextAndError();
    void destroyingActiveStream_marksInterrupted();
    void reopen_marksLeftoverStreamingAsInterrupted();
    void killedWriter_leavesIntactFileWithLastCheckpoint();

private:
    TempHistory *m_history = nullptr;
    qint64 m_conversation = 0;
    qint64 m_user = 0;
};

void TestStreamCheckpointer::init()
{
    m_history = new TempHistory;
    OPEN_HISTORY(*m_history);
    ConversationRepository conversations(m_history->db());
    m_conversation = conversations.create(Conversation());
    MessageRepository messages(m_history->db());
    Message user;
    user.conversationId = m_conversation;
    user.content = QStringLiteral("Вопрос");
    m_user = messages.add(user);
    QVERIFY(m_user > 0);
}

void TestStreamCheckpointer::cleanup()
{
    delete m_history;
    m_history = nullptr;
}

void TestStreamCheckpointer::begin_writesStreamingMessageAndMakesItActive()
{
    StreamCheckpointer stream(m_history->db());
    const qint64 id = stream.begin(m_user, QStringLiteral("openai-1"), QStringLiteral("gpt-4o"));
    QVERIFY(id > 0);
    QVERIFY(stream.isActive());
    MessageRepository messages(m_history->db());
    const Message m = *messages.message(id);
    QCOMPARE(int(m.state), int(MessageState::Streaming));
    QCOMPARE(int(m.role), int(MessageRole::Assistant));
    QCOMPARE(m.parentId, m_user);
    QCOMPARE(m.model, QStringLiteral("gpt-4o"));
    QVERIFY(m.content.isEmpty());
    ConversationRepository conversations(m_history->db());
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, id);
    QCOMPARE(stream.begin(999999, QString(), QString()), 0); // unknown parent
    QCOMPARE(int(stream.lastError().kind), int(StorageError::Kind::NotFound));
}

void TestStreamCheckpointer::append_checkpointsEvery4KB()
{
    StreamCheckpointer::Policy policy;
    policy.maxIntervalMs = 3600 * 1000; // only the size rule
    StreamCheckpointer stream(m_history->db(), policy);
    const qint64 id = stream.begin(m_user, QString(), QString());
    QSignalSpy spy(&stream, &StreamCheckpointer::checkpointed);
    const QString chunk = QStringLiteral("абвгд"); // 10 bytes of UTF-8
    int appended = 0;
    while (spy.isEmpty()) {
        QVERIFY(stream.append(chunk));
        ++appended;
        QVERIFY(appended < 1000);
    }
    QCOMPARE(appended, 410); // 4100 bytes: the first append past 4096
    QCOMPARE(spy.first().at(1).toInt(), 410 * 5);
    QCOMPARE(storedContent(m_history->db(), id), chunk.repeated(410));
    for (int i = 0; i < 100; ++i) {
        stream.append(chunk);
    }
    QCOMPARE(spy.size(), 1); // 1 KB more is not yet worth a write
    QCOMPARE(storedContent(m_history->db(), id).size(), 410 * 5);
}

void TestStreamCheckpointer::append_checkpointsAfterIntervalEvenWhenStreamPauses()
{
    StreamCheckpointer::Policy policy;
    policy.maxIntervalMs = 500; // long enough that begin() and append() never straddle it
    StreamCheckpointer stream(m_history->db(), policy);
    const qint64 id = stream.begin(m_user, QString(), QString());
    QVERIFY(stream.append(QStringLiteral("Один токен")));
    QCOMPARE(stream.checkpointCount(), 0);
    // No more text arrives; the timer still saves what came.
    QCOMPARE(storedContent(m_history->db(), id), QString());
    QTRY_COMPARE_WITH_TIMEOUT(storedContent(m_history->db(), id), QStringLiteral("Один токен"), 5000);
    QCOMPARE(stream.checkpointCount(), 1);
    QCOMPARE(stream.savedLength(), stream.content().size());
}

void TestStreamCheckpointer::replaceContent_savesRevisedText()
{
    StreamCheckpointer stream(m_history->db());
    const qint64 id = stream.begin(m_user, QString(), QString());
    stream.append(QStringLiteral("Черновой вариант"));
    QVERIFY(stream.checkpoint());
    // A cumulative provider rewrites earlier text, even to a shorter one.
    QVERIFY(stream.replaceContent(QStringLiteral("Итог")));
    QVERIFY(stream.checkpoint());
    QCOMPARE(storedContent(m_history->db(), id), QStringLiteral("Итог"));
    QCOMPARE(stream.savedLength(), 4);
    QVERIFY(stream.replaceContent(QString(3000, QChar(0x0436)))); // 6000 bytes: due at once
    QCOMPARE(storedContent(m_history->db(), id).size(), 3000);
    QVERIFY(stream.finish(MessageState::Complete));
    QCOMPARE(storedContent(m_history->db(), id).size(), 3000);
}

void TestStreamCheckpointer::finish_savesStateUsageAndIndexesText()
{
    StreamCheckpointer stream(m_history->db());
    const qint64 id = stream.begin(m_user, QString(), QString());
    stream.append(QStringLiteral("Окончательный "));
    stream.append(QStringLiteral("ответ"));
    MessageUsage usage;
    usage.promptTokens = 10;
    usage.completionTokens = 3;
    usage.durationMs = 1500;
    QVERIFY(stream.finish(MessageState::Complete, usage));
    QVERIFY(!stream.isActive());
    MessageRepository messages(m_history->db());
    const Message m = *messages.message(id);
    QCOMPARE(m.content, QStringLiteral("Окончательный ответ"));
    QCOMPARE(int(m.state), int(MessageState::Complete));
    QCOMPARE(m.usage, usage);
    QCOMPARE(m_history->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // back to NORMAL
    SearchRepository search(m_history->db());
    QCOMPARE(search.search(QStringLiteral("окончательный")).size(), 1);
    QVERIFY(!stream.append(QStringLiteral("late")));
}

void TestStreamCheckpointer::finish_withError_keepsPartialTextAndError()
{
    StreamCheckpointer stream(m_history->db());
    const qint64 id = stream.begin(m_user, QString(), QString());
    stream.append(QStringLiteral("Частичный"));
    QVERIFY(stream.finish(MessageState::Error, MessageUsage(), QStringLiteral("network"),
                          QStringLiteral("Connection reset")));
    MessageRepository messages(m_history->db());
    const Message m = *messages.message(id);
    QCOMPARE(m.content, QStringLiteral("Частичный"));
    QCOMPARE(int(m.state), int(MessageState::Error));
    QCOMPARE(m.errorKind, QStringLiteral("network"));
    QCOMPARE(m.errorText, QStringLiteral("Connection reset"));
}

void TestStreamCheckpointer::destroyingActiveStream_marksInterrupted()
{
    qint64 id = 0;
    {
        StreamCheckpointer stream(m_history->db());
        id = stream.begin(m_user, QString(), QString());
        stream.append(QStringLiteral("не дописано"));
    }
    MessageRepository messages(m_history->db());
    const Message m = *messages.message(id);
    QCOMPARE(int(m.state), int(MessageState::Interrupted));
    QCOMPARE(m.content, QStringLiteral("не дописано"));
}

void TestStreamCheckpointer::reopen_marksLeftoverStreamingAsInterrupted()
{
    MessageRepository messages(m_history->db());
    Message m;
    m.conversationId = m_conversation;
    m.parentId = m_user;
    m.role = MessageRole::Assistant;
    m.state = MessageState::Streaming;
    m.content = QStringLiteral("оборвано");
    const qint64 id = messages.add(m);
    m_history->db().close();

    Database &db = m_history->open();
    QCOMPARE(int(m_history->status()), int(Database::OpenStatus::Ok));
    QCOMPARE(db.interruptedOnOpen(), 1);
    MessageRepository reopened(db);
    QCOMPARE(int(reopened.message(id)->state), int(MessageState::Interrupted));
    QCOMPARE(int(reopened.message(m_user)->state), int(MessageState::Complete));
    SearchRepository search(db);
    QCOMPARE(search.search(QStringLiteral("оборвано")).size(), 1);
}

void TestStreamCheckpointer::killedWriter_leavesIntactFileWithLastCheckpoint()
{
    m_history->db().close();
    const QString path = m_history->dir() + QStringLiteral("/crash.sqlite");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(MMCHAT_STREAM_CHILD), {path});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    qint64 conversationId = 0;
    qint64 userId = 0;
    qint64 answerId = 0;
    int lastCheckpoint = 0;
    int checkpoints = 0;
    QElapsedTimer timer;
    timer.start();
    while (checkpoints < 5 && timer.elapsed() < 60000) {
        if (!child.canReadLine() && !child.waitForReadyRead(10000)) {
            break;
        }
        while (child.canReadLine()) {
            const QStringList fields = QString::fromUtf8(child.readLine()).trimmed().split(QLatin1Char(' '));
            if (fields.first() == QLatin1String("ready") && fields.size() == 4) {
                conversationId = fields.at(1).toLongLong();
                userId = fields.at(2).toLongLong();
                answerId = fields.at(3).toLongLong();
            } else if (fields.first() == QLatin1String("checkpoint") && fields.size() == 2) {
                lastCheckpoint = fields.at(1).toInt();
                ++checkpoints;
            }
        }
    }
    QCOMPARE(checkpoints, 5);
    QVERIFY(answerId > 0);
    // Mid-stream, with no warning: QProcess::kill() is SIGKILL on Unix.
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    {
        // Look at the file as the crash left it, before open() repairs states.
        const QString name = QStringLiteral("crash-inspection");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT state FROM messages WHERE id = %1").arg(answerId)) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("streaming"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Database db;
    QCOMPARE(int(db.open(path)), int(Database::OpenStatus::Ok));
    QCOMPARE(db.interruptedOnOpen(), 1);
    MessageRepository messages(db);
    const QList<Message> path_ = messages.activePath(conversationId);
    QCOMPARE(path_.size(), 2);
    QCOMPARE(path_.at(0).id, userId);
    QCOMPARE(path_.at(0).content, streamUserPrompt());
    const Message answer = path_.at(1);
    QCOMPARE(answer.id, answerId);
    QCOMPARE(int(answer.state), int(MessageState::Interrupted));
    // Everything up to the last reported checkpoint survived, and what is there is exactly
    // the start of what was streamed (a later checkpoint may have committed before the kill).
    QVERIFY2(answer.content.size() >= lastCheckpoint,
             qPrintable(QStringLiteral("%1 < %2").arg(answer.content.size()).arg(lastCheckpoint)));
    const int chunksNeeded = int(answer.content.size() / streamChunk(0).size()) + 2;
    QVERIFY(streamText(chunksNeeded).startsWith(answer.content));
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStreamCheckpointer)
#include "TestStreamCheckpointer.moc"
