// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SearchService.h"

#include <QSignalSpy>
#include <QtTest>

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void search_findsText_data();
    void search_findsText();
    void snippet_marksMatchesAndEscapesHtml();
    void search_ranksDenserMatchFirst();
    void search_findsConversationTitles();
    void search_inOneProject_findsOnlyItsConversations();
    void search_followsEditsAndDeletes();
    void search_skipsStreamingUntilFinished();
    void matchExpression_quotesUserInput_data();
    void matchExpression_quotesUserInput();
    void search_withOperatorsAndPunctuation_doesNotFail();
    void searchService_answersLatestRequestOffTheCallingThread();
    void searchService_reportsMissingDatabase();

private:
    TempHistory *m_history = nullptr;
    qint64 m_conversation = 0;
    QHash<QString, qint64> m_ids;
    qint64 addMessage(const QString &key, const QString &content);
};

qint64 TestSearch::addMessage(const QString &key, const QString &content)
{
    MessageRepository repo(m_history->db());
    Message m;
    m.conversationId = m_conversation;
    m.content = content;
    const qint64 id = repo.add(m);
    m_ids.insert(key, id);
    return id;
}

void TestSearch::init()
{
    m_history = new TempHistory;
    OPEN_HISTORY(*m_history);
    ConversationRepository conversations(m_history->db());
    Conversation c;
    c.title = QStringLiteral("Заметки о путешествиях");
    m_conversation = conversations.create(c);
    m_ids.clear();
    addMessage(QStringLiteral("ru"),
               QStringLiteral("Привет! Расскажи про Ёжика в тумане и про ПУТЕШЕСТВИЕ по Карелии."));
    addMessage(QStringLiteral("en"), QStringLiteral("The quick brown fox jumps over the lazy dog."));
    addMessage(QStringLiteral("fr"), QStringLiteral("Une crème brûlée, s'il vous plaît."));
    addMessage(QStringLiteral("code"), QStringLiteral("Use <b>std::vector</b> & QList<int> in C++."));
}

void TestSearch::cleanup()
{
    delete m_history;
    m_history = nullptr;
}

void TestSearch::search_findsText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cyrillic lower finds title case") << QStringLiteral("привет") << QStringLiteral("ru");
    QTest::newRow("cyrillic upper finds lower") << QStringLiteral("РАССКАЖИ") << QStringLiteral("ru");
    QTest::newRow("cyrillic lower finds upper") << QStringLiteral("путешествие") << QStringLiteral("ru");
    QTest::newRow("cyrillic mixed case") << QStringLiteral("кАрЕлИи") << QStringLiteral("ru");
    QTest::newRow("cyrillic yo") << QStringLiteral("ёжика") << QStringLiteral("ru");
    QTest::newRow("cyrillic prefix") << QStringLiteral("тум*") << QStringLiteral("ru");
    QTest::newRow("cyrillic prefix while typing") << QStringLiteral("карел") << QStringLiteral("ru");
    QTest::newRow("two words anded") << QStringLiteral("привет карелии") << QStringLiteral("ru");
    QTest::newRow("english case-insensitive") << QStringLiteral("QUICK fox") << QStringLiteral("en");
    QTest::newRow("english prefix") << QStringLiteral("jum") << QStringLiteral("en");
    QTest::newRow("latin diacritics removed") << QStringLiteral("creme brulee") << QStringLiteral("fr");
    QTest::newRow("no match") << QStringLiteral("несуществующее") << QString();
    QTest::newRow("words from different messages") << QStringLiteral("fox привет") << QString();
}

void TestSearch::search_findsText()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    SearchRepository search(m_history->db());
    const QList<SearchHit> hits = search.search(query);
    QVERIFY2(!search.lastError().isError(), qPrintable(search.lastError().detail));
    QList<qint64> messageIds;
    for (const SearchHit &hit : hits) {
        if (hit.messageId != 0) {
            messageIds.append(hit.messageId);
            QCOMPARE(hit.conversationId, m_conversation);
            QCOMPARE(hit.conversationTitle, QStringLiteral("Заметки о путешествиях"));
        }
    }
    if (expected.isEmpty()) {
        QVERIFY(messageIds.isEmpty());
    } else {
        QCOMPARE(messageIds, QList<qint64>{m_ids.value(expected)});
    }
}

void TestSearch::snippet_marksMatchesAndEscapesHtml()
{
    SearchRepository search(m_history->db());
    QList<SearchHit> hits = search.search(QStringLiteral("ТУМАНЕ"));
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first()
                 .snippetWith(QStringLiteral("["), QStringLiteral("]"))
                 .contains(QStringLiteral("[тумане]")),
             qPrintable(hits.first().snippet));
    QVERIFY(hits.first().snippetHtml().contains(QStringLiteral("<b>тумане</b>")));

    hits = search.search(QStringLiteral("vector"));
    QCOMPARE(hits.size(), 1);
    const QString html = hits.first().snippetHtml();
    QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;std::<b>vector</b>&lt;/b&gt; &amp; QList&lt;int&gt;")),
             qPrintable(html));
}

void TestSearch::search_ranksDenserMatchFirst()
{
    const qint64 weak =
        addMessage(QStringLiteral("weak"), QStringLiteral("Погода сегодня хорошая, а завтра будет дождь, "
                                                          "поэтому возьмите зонт и тёплую куртку."));
    const qint64 strong = addMessage(QStringLiteral("strong"), QStringLiteral("Дождь, дождь, дождь!"));
    SearchRepository search(m_history->db());
    const QList<SearchHit> hits = search.search(QStringLiteral("дождь"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).messageId, strong);
    QCOMPARE(hits.at(1).messageId, weak);
    QVERIFY(hits.at(0).score <= hits.at(1).score);
    QCOMPARE(search.search(QStringLiteral("дождь"), 1).size(), 1);
}

void TestSearch::search_findsConversationTitles()
{
    SearchRepository search(m_history->db());
    const QList<SearchHit> hits = search.search(QStringLiteral("путешествиях"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, 0);
    QCOMPARE(hits.first().conversationId, m_conversation);
    QVERIFY(hits.first().snippet.contains(SearchHit::kHighlightStart));
    // A prefix reaches both the title and the message.
    QCOMPARE(search.search(QStringLiteral("путешеств")).size(), 2);
}

void TestSearch::search_inOneProject_findsOnlyItsConversations()
{
    Project project;
    project.name = QStringLiteral("Fauna");
    const qint64 projectId = ProjectRepository(m_history->db()).create(project);
    Conversation inside;
    inside.title = QStringLiteral("Fox facts");
    inside.projectId = projectId;
    const qint64 insideId = ConversationRepository(m_history->db()).create(inside);
    Message fact;
    fact.conversationId = insideId;
    fact.content = QStringLiteral("A red fox is quick too.");
    const qint64 factId = MessageRepository(m_history->db()).add(fact);
    SearchRepository search(m_history->db());
    // Everywhere: the loose message, the project's message and its title.
    QCOMPARE(search.search(QStringLiteral("fox"), 20).size(), 3);
    const QList<SearchHit> hits = search.search(QStringLiteral("fox"), 20, true, projectId);
    QCOMPARE(hits.size(), 2);
    for (const SearchHit &hit : hits)
        QCOMPARE(hit.conversationId, insideId);
    QVERIFY(hits.at(0).messageId == factId || hits.at(1).messageId == factId);
    QVERIFY(search.search(QStringLiteral("dog"), 20, true, projectId).isEmpty());
}

void TestSearch::search_followsEditsAndDeletes()
{
    MessageRepository messages(m_history->db());
    SearchRepository search(m_history->db());
    QVERIFY(messages.setContent(m_ids.value(QStringLiteral("en")),
                                QStringLiteral("Съешь же ещё этих мягких булок")));
    QCOMPARE(search.search(QStringLiteral("fox")).size(), 0);
    QCOMPARE(search.search(QStringLiteral("булок")).size(), 1);
    QVERIFY(messages.deleteSubtree(m_ids.value(QStringLiteral("en"))));
    QCOMPARE(search.search(QStringLiteral("булок")).size(), 0);
    QVERIFY(m_history->exec(
        QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestSearch::search_skipsStreamingUntilFinished()
{
    MessageRepository messages(m_history->db());
    Message m;
    m.conversationId = m_conversation;
    m.state = MessageState::Streaming;
    m.content = QStringLiteral("черновик ответа");
    const qint64 id = messages.add(m);
    SearchRepository search(m_history->db());
    QCOMPARE(search.search(QStringLiteral("черновик")).size(), 0);
    QVERIFY(messages.setContent(id, QStringLiteral("черновик ответа, продолжение")));
    QCOMPARE(search.search(QStringLiteral("черновик")).size(), 0);
    QVERIFY(messages.setState(id, MessageState::Complete));
    QCOMPARE(search.search(QStringLiteral("продолжение")).size(), 1);
    QVERIFY(messages.deleteSubtree(id));
    QCOMPARE(search.search(QStringLiteral("продолжение")).size(), 0);
    QVERIFY(m_history->exec(
        QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestSearch::matchExpression_quotesUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("prefixLast");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("hello  world") << false
                           << QStringLiteral("\"hello\" \"world\"");
    QTest::newRow("typing") << QStringLiteral("hello wor") << true << QStringLiteral("\"hello\" \"wor\"*");
    QTest::newRow("explicit prefix") << QStringLiteral("прив* мир") << false
                                     << QStringLiteral("\"прив\"* \"мир\"");
    QTest::newRow("quotes stripped") << QStringLiteral("say \"hi\"") << false
                                     << QStringLiteral("\"say\" \"hi\"");
    QTest::newRow("operators literal")
        << QStringLiteral("cats OR dogs") << false << QStringLiteral("\"cats\" \"OR\" \"dogs\"");
    QTest::newRow("punctuation only") << QStringLiteral("* - ()") << true << QString();
    QTest::newRow("empty") << QStringLiteral("   ") << true << QString();
}

void TestSearch::matchExpression_quotesUserInput()
{
    QFETCH(QString, input);
    QFETCH(bool, prefixLast);
    QFETCH(QString, expected);
    QCOMPARE(SearchRepository::matchExpression(input, prefixLast), expected);
}

void TestSearch::search_withOperatorsAndPunctuation_doesNotFail()
{
    SearchRepository search(m_history->db());
    for (const QString &query : {QStringLiteral("NEAR(fox dog)"), QStringLiteral("std::vector"),
                                 QStringLiteral("C++ QList<int>"), QStringLiteral("\"unterminated"),
                                 QStringLiteral("^fox"), QStringLiteral("-fox"), QStringLiteral("col:fox")}) {
        search.search(query);
        QVERIFY2(!search.lastError().isError(),
                 qPrintable(query + QStringLiteral(": ") + search.lastError().detail));
    }
    QCOMPARE(search.search(QStringLiteral("std::vector")).size(), 1);
}

void TestSearch::searchService_answersLatestRequestOffTheCallingThread()
{
    SearchService service(m_history->path());
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy failed(&service, &SearchService::failed);
    service.search(QStringLiteral("fox"));
    service.search(QStringLiteral("тума"));
    const int last = service.search(QStringLiteral("карелии"));
    QTRY_VERIFY(!finished.isEmpty() && finished.last().at(0).toInt() == last);
    QVERIFY(failed.isEmpty());
    // Results for older requests may or may not arrive, but never after the newest one.
    for (const QList<QVariant> &signal : finished) {
        QVERIFY(signal.at(0).toInt() <= last);
    }
    const QList<SearchHit> hits = finished.last().at(1).value<QList<SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, m_ids.value(QStringLiteral("ru")));

    // Rows committed later on the main connection are visible to the worker's connection.
    addMessage(QStringLiteral("late"), QStringLiteral("Онежское озеро"));
    const int next = service.search(QStringLiteral("онежское"));
    QTRY_VERIFY(finished.last().at(0).toInt() == next);
    QCOMPARE(finished.last().at(1).value<QList<SearchHit>>().size(), 1);
}

void TestSearch::searchService_reportsMissingDatabase()
{
    SearchService service(m_history->dir() + QStringLiteral("/missing.sqlite"));
    QSignalSpy failed(&service, &SearchService::failed);
    const int id = service.search(QStringLiteral("x"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), id);
    QCOMPARE(int(failed.first().at(1).value<StorageError>().kind), int(StorageError::Kind::NotFound));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
