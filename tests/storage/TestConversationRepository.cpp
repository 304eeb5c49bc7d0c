// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SearchRepository.h"

#include <QtTest>

namespace {

Conversation titled(const QString &title, qint64 updatedMs, qint64 projectId = 0)
{
    Conversation c;
    c.title = title;
    c.projectId = projectId;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
    c.updatedAt = c.createdAt;
    return c;
}

QStringList titles(const QList<Conversation> &list)
{
    QStringList result;
    for (const Conversation &c : list) {
        result.append(c.title);
    }
    return result;
}

} // namespace

class TestConversationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_roundTripsAllFields();
    void listPage_newestFirstPinnedOnTopAndPaged();
    void listPage_filtersByProject_data();
    void listPage_filtersByProject();
    void moveToProject_changesFilterMembership();
    void rename_updatesTitleAndSearchIndex();
    void updateSettings_keepsOtherFields();
    void setActiveLeaf_rejectsMessageOfOtherConversation();
    void remove_deletesMessagesAttachmentsAndIndex();
    void operationsOnMissingConversation_reportNotFound();
    void deleteProject_keepsItsConversations();
};

void TestConversationRepository::create_roundTripsAllFields()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ProjectRepository projects(history.db());
    Project p;
    p.name = QStringLiteral("Работа");
    const qint64 projectId = projects.create(p);
    QVERIFY(projectId > 0);

    ConversationRepository repo(history.db());
    Conversation c;
    c.title = QStringLiteral("План релиза");
    c.projectId = projectId;
    c.pinned = true;
    c.providerId = QStringLiteral("gigachat-1");
    c.model = QStringLiteral("GigaChat-Pro");
    c.generation.temperature = 0.7;
    c.generation.maxTokens = 2048;
    c.systemPrompt = QStringLiteral("Отвечай кратко.");
    const qint64 id = repo.create(c);
    QVERIFY(id > 0);

    const auto loaded = repo.conversation(id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->title, c.title);
    QCOMPARE(loaded->projectId, projectId);
    QVERIFY(loaded->pinned);
    QCOMPARE(loaded->providerId, c.providerId);
    QCOMPARE(loaded->model, c.model);
    QCOMPARE(loaded->generation, c.generation);
    QVERIFY(!loaded->generation.topP.has_value());
    QCOMPARE(loaded->systemPrompt, c.systemPrompt);
    QCOMPARE(loaded->activeLeafId, 0);
    QVERIFY(loaded->createdAt.isValid());
    QVERIFY(qAbs(loaded->createdAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
}

void TestConversationRepository::listPage_newestFirstPinnedOnTopAndPaged()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        ids.append(repo.create(titled(QStringLiteral("c%1").arg(i), 1000 + i)));
    }
    QVERIFY(repo.setPinned(ids.at(2), true));
    QCOMPARE(titles(repo.listPage(ConversationFilter::all(), 4)),
             (QStringList{QStringLiteral("c2"), QStringLiteral("c6"), QStringLiteral("c5"),
                          QStringLiteral("c4")}));
    QCOMPARE(titles(repo.listPage(ConversationFilter::all(), 4, 4)),
             (QStringList{QStringLiteral("c3"), QStringLiteral("c1"), QStringLiteral("c0")}));
    QCOMPARE(repo.count(ConversationFilter::all()), 7);

    // Adding a message makes a conversation the most recent one.
    MessageRepository messages(history.db());
    Message m;
    m.conversationId = ids.at(0);
    m.content = QStringLiteral("bump");
    QVERIFY(messages.add(m) > 0);
    QCOMPARE(repo.listPage(ConversationFilter::all(), 2).at(1).title, QStringLiteral("c0"));
}

void TestConversationRepository::listPage_filtersByProject_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << int(ConversationFilter::Scope::All)
                         << QStringList{QStringLiteral("b2"), QStringLiteral("a1"), QStringLiteral("none")};
    QTest::newRow("without project") << int(ConversationFilter::Scope::WithoutProject)
                                     << QStringList{QStringLiteral("none")};
    QTest::newRow("in project") << int(ConversationFilter::Scope::InProject)
                                << QStringList{QStringLiteral("b2"), QStringLiteral("a1")};
}

void TestConversationRepository::listPage_filtersByProject()
{
    QFETCH(int, scope);
    QFETCH(QStringList, expected);
    TempHistory history;
    OPEN_HISTORY(history);
    ProjectRepository projects(history.db());
    Project p;
    p.name = QStringLiteral("P");
    const qint64 project = projects.create(p);
    const qint64 other = projects.create(p);
    ConversationRepository repo(history.db());
    repo.create(titled(QStringLiteral("none"), 1));
    repo.create(titled(QStringLiteral("a1"), 2, project));
    repo.create(titled(QStringLiteral("b2"), 3, project));
    repo.create(titled(QStringLiteral("elsewhere"), 4, other));
    ConversationFilter filter;
    filter.scope = ConversationFilter::Scope(scope);
    filter.projectId = project;
    if (filter.scope == ConversationFilter::Scope::All) {
        expected.prepend(QStringLiteral("elsewhere"));
    }
    QCOMPARE(titles(repo.listPage(filter, 50)), expected);
    QCOMPARE(repo.count(filter), expected.size());
}

void TestConversationRepository::moveToProject_changesFilterMembership()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ProjectRepository projects(history.db());
    Project p;
    p.name = QStringLiteral("P");
    const qint64 project = projects.create(p);
    ConversationRepository repo(history.db());
    const qint64 id = repo.create(titled(QStringLiteral("x"), 5));
    const QDateTime updated = repo.conversation(id)->updatedAt;

    QVERIFY(repo.moveToProject(id, project));
    QCOMPARE(repo.conversation(id)->projectId, project);
    QCOMPARE(repo.count(ConversationFilter::inProject(project)), 1);
    QCOMPARE(repo.conversation(id)->updatedAt, updated); // filing is not "use"

    QVERIFY(repo.moveToProject(id, 0));
    QCOMPARE(repo.count(ConversationFilter::withoutProject()), 1);
    QCOMPARE(repo.count(ConversationFilter::inProject(project)), 0);

    QVERIFY(!repo.moveToProject(id, 9999)); // foreign key: no such project
    QCOMPARE(repo.conversation(id)->projectId, 0);
}

void TestConversationRepository::rename_updatesTitleAndSearchIndex()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    const qint64 id = repo.create(titled(QStringLiteral("Черновик"), 1));
    QVERIFY(repo.rename(id, QStringLiteral("Отпуск в Карелии")));
    QCOMPARE(repo.conversation(id)->title, QStringLiteral("Отпуск в Карелии"));
    SearchRepository search(history.db());
    QCOMPARE(search.search(QStringLiteral("черновик")).size(), 0);
    const QList<SearchHit> hits = search.search(QStringLiteral("карелии"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().conversationId, id);
    QCOMPARE(hits.first().messageId, 0);
}

void TestConversationRepository::updateSettings_keepsOtherFields()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    const qint64 id = repo.create(titled(QStringLiteral("t"), 1));
    Conversation c = *repo.conversation(id);
    c.providerId = QStringLiteral("ollama-1");
    c.model = QStringLiteral("llama3");
    c.generation.topP = 0.9;
    c.systemPrompt = QStringLiteral("Be brief");
    c.title = QStringLiteral("ignored");
    QVERIFY(repo.updateSettings(c));
    const Conversation loaded = *repo.conversation(id);
    QCOMPARE(loaded.title, QStringLiteral("t"));
    QCOMPARE(loaded.model, QStringLiteral("llama3"));
    QCOMPARE(loaded.generation.topP.value_or(0), 0.9);
    QCOMPARE(loaded.systemPrompt, QStringLiteral("Be brief"));
}

void TestConversationRepository::setActiveLeaf_rejectsMessageOfOtherConversation()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    MessageRepository messages(history.db());
    const qint64 a = repo.create(Conversation());
    const qint64 b = repo.create(Conversation());
    Message m;
    m.conversationId = b;
    const qint64 inB = messages.add(m);
    QVERIFY(!repo.setActiveLeaf(a, inB));
    QCOMPARE(repo.conversation(a)->activeLeafId, 0);
    QVERIFY(repo.setActiveLeaf(b, inB));
    QCOMPARE(repo.conversation(b)->activeLeafId, inB);
}

void TestConversationRepository::remove_deletesMessagesAttachmentsAndIndex()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    MessageRepository messages(history.db());
    AttachmentRepository attachments(history.db());
    const qint64 keep = repo.create(titled(QStringLiteral("keep"), 1));
    const qint64 drop = repo.create(titled(QStringLiteral("drop"), 2));
    for (qint64 conversation : {keep, drop}) {
        Message m;
        m.conversationId = conversation;
        m.content = QStringLiteral("уникальное слово");
        const qint64 root = messages.add(m);
        const qint64 leaf = messages.addChild(root, m);
        QVERIFY(repo.setActiveLeaf(conversation, leaf));
        Attachment a;
        a.messageId = root;
        a.fileName = QStringLiteral("a.txt");
        QVERIFY(attachments.add(a) > 0);
    }
    QVERIFY(repo.remove(drop));
    QVERIFY(!repo.conversation(drop).has_value());
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
    SearchRepository search(history.db());
    const QList<SearchHit> hits = search.search(QStringLiteral("уникальное"));
    QCOMPARE(hits.size(), 2);
    for (const SearchHit &hit : hits) {
        QCOMPARE(hit.conversationId, keep);
    }
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestConversationRepository::operationsOnMissingConversation_reportNotFound()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ConversationRepository repo(history.db());
    QVERIFY(!repo.conversation(42).has_value());
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
    QVERIFY(!repo.rename(42, QStringLiteral("x")));
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
    QVERIFY(!repo.setPinned(42, true));
    QVERIFY(!repo.remove(42));
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
}

void TestConversationRepository::deleteProject_keepsItsConversations()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ProjectRepository projects(history.db());
    Project p;
    p.name = QStringLiteral("Temporary");
    const qint64 project = projects.create(p);
    ConversationRepository repo(history.db());
    const qint64 id = repo.create(titled(QStringLiteral("orphan"), 1, project));
    QVERIFY(projects.remove(project));
    QVERIFY(repo.conversation(id).has_value());
    QCOMPARE(repo.conversation(id)->projectId, 0);
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "TestConversationRepository.moc"
