// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"

#include <QtTest>

namespace {

// Timestamps one second apart, so "most recent" never depends on the clock.
Message msg(const QString &content, MessageRole role, qint64 second)
{
    Message m;
    m.content = content;
    m.role = role;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + second * 1000, Qt::UTC);
    return m;
}

QStringList contents(const QList<Message> &messages)
{
    QStringList result;
    for (const Message &m : messages) {
        result.append(m.content);
    }
    return result;
}

} // namespace

// The tree used by most tests:
//   u1 ─┬─ a1 ── u2 ── a2
//       ├─ a1b
//       └─ a1c ── u3
class TestMessageRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addChild_linksParentAndConversation();
    void add_rejectsParentFromOtherConversation();
    void siblings_listAlternativesInCreationOrder();
    void siblingPosition_reportsIndexCountAndNeighbours_data();
    void siblingPosition_reportsIndexCountAndNeighbours();
    void rootSiblings_areRootsOfSameConversation();
    void pathTo_runsFromRootToLeaf();
    void pathTo_followsParentsEvenWhenIdsAreOutOfOrder();
    void deepestLeaf_followsMostRecentChild();
    void switchToBranch_setsActiveLeafToDeepestLeaf();
    void deleteSubtree_removesDescendantsAndAttachments();
    void deleteSubtree_ofActiveBranch_movesLeafToRemainingSibling();
    void deleteSubtree_lastChild_movesLeafToParent();
    void deleteSubtree_ofVeryDeepThread_succeeds();
    void copyPath_createsConversationWithOnlyThatPath();
    void flags_labelsAndUsage_roundTrip();
    void setState_recordsError();

private:
    TempHistory *m_history = nullptr;
    qint64 m_conversation = 0;
    QHash<QString, qint64> m_ids;
    qint64 add(const QString &name, const QString &parent, MessageRole role);
};

qint64 TestMessageRepository::add(const QString &name, const QString &parent, MessageRole role)
{
    MessageRepository repo(m_history->db());
    Message m = msg(name, role, m_ids.size());
    m.conversationId = m_conversation;
    m.parentId = parent.isEmpty() ? 0 : m_ids.value(parent);
    const qint64 id = repo.add(m);
    m_ids.insert(name, id);
    return id;
}

void TestMessageRepository::init()
{
    m_history = new TempHistory;
    OPEN_HISTORY(*m_history);
    ConversationRepository conversations(m_history->db());
    Conversation c;
    c.title = QStringLiteral("tree");
    c.model = QStringLiteral("m");
    c.generation.temperature = 0.3;
    m_conversation = conversations.create(c);
    m_ids.clear();
    add(QStringLiteral("u1"), QString(), MessageRole::User);
    add(QStringLiteral("a1"), QStringLiteral("u1"), MessageRole::Assistant);
    add(QStringLiteral("u2"), QStringLiteral("a1"), MessageRole::User);
    add(QStringLiteral("a2"), QStringLiteral("u2"), MessageRole::Assistant);
    add(QStringLiteral("a1b"), QStringLiteral("u1"), MessageRole::Assistant);
    add(QStringLiteral("a1c"), QStringLiteral("u1"), MessageRole::Assistant);
    add(QStringLiteral("u3"), QStringLiteral("a1c"), MessageRole::User);
    QVERIFY(!m_ids.values().contains(0));
    QVERIFY(conversations.setActiveLeaf(m_conversation, m_ids.value(QStringLiteral("a2"))));
}

void TestMessageRepository::cleanup()
{
    delete m_history;
    m_history = nullptr;
}

void TestMessageRepository::addChild_linksParentAndConversation()
{
    MessageRepository repo(m_history->db());
    Message m;
    m.content = QStringLiteral("child");
    const qint64 id = repo.addChild(m_ids.value(QStringLiteral("a2")), m);
    QVERIFY(id > 0);
    const Message loaded = *repo.message(id);
    QCOMPARE(loaded.parentId, m_ids.value(QStringLiteral("a2")));
    QCOMPARE(loaded.conversationId, m_conversation);
    QCOMPARE(contents(repo.children(m_ids.value(QStringLiteral("a2")))),
             QStringList{QStringLiteral("child")});
    QCOMPARE(repo.addChild(999999, m), 0);
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
}

void TestMessageRepository::add_rejectsParentFromOtherConversation()
{
    ConversationRepository conversations(m_history->db());
    MessageRepository repo(m_history->db());
    Message m;
    m.conversationId = conversations.create(Conversation());
    m.parentId = m_ids.value(QStringLiteral("u1"));
    QCOMPARE(repo.add(m), 0);
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
    QCOMPARE(repo.countInConversation(m.conversationId), 0);
}

void TestMessageRepository::siblings_listAlternativesInCreationOrder()
{
    MessageRepository repo(m_history->db());
    QCOMPARE(contents(repo.siblings(m_ids.value(QStringLiteral("a1b")))),
             (QStringList{QStringLiteral("a1"), QStringLiteral("a1b"), QStringLiteral("a1c")}));
    QCOMPARE(contents(repo.siblings(m_ids.value(QStringLiteral("u2")))), QStringList{QStringLiteral("u2")});
}

void TestMessageRepository::siblingPosition_reportsIndexCountAndNeighbours_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::newRow("first of three") << QStringLiteral("a1") << 1 << 3 << QString() << QStringLiteral("a1b");
    QTest::newRow("2 of 3") << QStringLiteral("a1b") << 2 << 3 << QStringLiteral("a1")
                            << QStringLiteral("a1c");
    QTest::newRow("last of three") << QStringLiteral("a1c") << 3 << 3 << QStringLiteral("a1b") << QString();
    QTest::newRow("only child") << QStringLiteral("a2") << 1 << 1 << QString() << QString();
}

void TestMessageRepository::siblingPosition_reportsIndexCountAndNeighbours()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(int, count);
    QFETCH(QString, previous);
    QFETCH(QString, next);
    MessageRepository repo(m_history->db());
    const SiblingPosition position = repo.siblingPosition(m_ids.value(name));
    QCOMPARE(position.index, index);
    QCOMPARE(position.count, count);
    QCOMPARE(position.previousId, previous.isEmpty() ? 0 : m_ids.value(previous));
    QCOMPARE(position.nextId, next.isEmpty() ? 0 : m_ids.value(next));
}

void TestMessageRepository::rootSiblings_areRootsOfSameConversation()
{
    add(QStringLiteral("u1-edited"), QString(), MessageRole::User);
    // A root in another conversation is not a sibling.
    ConversationRepository conversations(m_history->db());
    MessageRepository repo(m_history->db());
    Message other;
    other.conversationId = conversations.create(Conversation());
    QVERIFY(repo.add(other) > 0);
    const SiblingPosition position = repo.siblingPosition(m_ids.value(QStringLiteral("u1-edited")));
    QCOMPARE(position.index, 2);
    QCOMPARE(position.count, 2);
    QCOMPARE(position.previousId, m_ids.value(QStringLiteral("u1")));
}

void TestMessageRepository::pathTo_runsFromRootToLeaf()
{
    MessageRepository repo(m_history->db());
    QCOMPARE(contents(repo.pathTo(m_ids.value(QStringLiteral("a2")))),
             (QStringList{QStringLiteral("u1"), QStringLiteral("a1"), QStringLiteral("u2"),
                          QStringLiteral("a2")}));
    QCOMPARE(contents(repo.pathTo(m_ids.value(QStringLiteral("u3")))),
             (QStringList{QStringLiteral("u1"), QStringLiteral("a1c"), QStringLiteral("u3")}));
    QCOMPARE(contents(repo.activePath(m_conversation)),
             (QStringList{QStringLiteral("u1"), QStringLiteral("a1"), QStringLiteral("u2"),
                          QStringLiteral("a2")}));
    QVERIFY(repo.pathTo(999999).isEmpty());
}

void TestMessageRepository::pathTo_followsParentsEvenWhenIdsAreOutOfOrder()
{
    // A file from elsewhere may number a child below its parent: the path still runs down.
    MessageRepository repo(m_history->db());
    Message top = msg(QStringLiteral("x1"), MessageRole::User, 50);
    top.id = 900;
    top.conversationId = m_conversation;
    top.parentId = m_ids.value(QStringLiteral("a2"));
    Message below = msg(QStringLiteral("x2"), MessageRole::Assistant, 51);
    below.id = 800;
    below.conversationId = m_conversation;
    below.parentId = 900;
    Message bottom = msg(QStringLiteral("x3"), MessageRole::User, 52);
    bottom.id = 950;
    bottom.conversationId = m_conversation;
    bottom.parentId = 800;
    QVERIFY(repo.restore({top, below, bottom}));
    QCOMPARE(
        contents(repo.pathTo(950)),
        (QStringList{QStringLiteral("u1"), QStringLiteral("a1"), QStringLiteral("u2"), QStringLiteral("a2"),
                     QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}));
    QCOMPARE(contents(repo.pathTo(800)).mid(4), (QStringList{QStringLiteral("x1"), QStringLiteral("x2")}));
}

void TestMessageRepository::deepestLeaf_followsMostRecentChild()
{
    MessageRepository repo(m_history->db());
    QCOMPARE(repo.deepestLeaf(m_ids.value(QStringLiteral("u1"))), m_ids.value(QStringLiteral("u3")));
    QCOMPARE(repo.deepestLeaf(m_ids.value(QStringLiteral("a1"))), m_ids.value(QStringLiteral("a2")));
    QCOMPARE(repo.deepestLeaf(m_ids.value(QStringLiteral("a1b"))), m_ids.value(QStringLiteral("a1b")));
    // A newer answer under u2 wins over the older a2.
    add(QStringLiteral("a2-regenerated"), QStringLiteral("u2"), MessageRole::Assistant);
    QCOMPARE(repo.deepestLeaf(m_ids.value(QStringLiteral("a1"))),
             m_ids.value(QStringLiteral("a2-regenerated")));
}

void TestMessageRepository::switchToBranch_setsActiveLeafToDeepestLeaf()
{
    MessageRepository repo(m_history->db());
    ConversationRepository conversations(m_history->db());
    QVERIFY(repo.switchToBranch(m_ids.value(QStringLiteral("a1c"))));
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, m_ids.value(QStringLiteral("u3")));
    QCOMPARE(contents(repo.activePath(m_conversation)),
             (QStringList{QStringLiteral("u1"), QStringLiteral("a1c"), QStringLiteral("u3")}));
}

void TestMessageRepository::deleteSubtree_removesDescendantsAndAttachments()
{
    MessageRepository repo(m_history->db());
    AttachmentRepository attachments(m_history->db());
    Attachment a;
    a.messageId = m_ids.value(QStringLiteral("u2"));
    a.fileName = QStringLiteral("notes.md");
    QVERIFY(attachments.add(a) > 0);
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("a1"))));
    for (const char *gone : {"a1", "u2", "a2"}) {
        QVERIFY(!repo.message(m_ids.value(QLatin1String(gone))).has_value());
    }
    QCOMPARE(repo.countInConversation(m_conversation), 4);
    QCOMPARE(m_history->scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
    QCOMPARE(repo.siblingPosition(m_ids.value(QStringLiteral("a1b"))).count, 2);
}

void TestMessageRepository::deleteSubtree_ofActiveBranch_movesLeafToRemainingSibling()
{
    MessageRepository repo(m_history->db());
    ConversationRepository conversations(m_history->db());
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("a1"))));
    // The most recent remaining alternative is a1c, whose deepest leaf is u3.
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, m_ids.value(QStringLiteral("u3")));
}

void TestMessageRepository::deleteSubtree_lastChild_movesLeafToParent()
{
    MessageRepository repo(m_history->db());
    ConversationRepository conversations(m_history->db());
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("a2"))));
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, m_ids.value(QStringLiteral("u2")));
    // Deleting a branch that is not shown leaves the leaf alone.
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("a1b"))));
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, m_ids.value(QStringLiteral("u2")));
    // Deleting everything leaves an empty conversation.
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("u1"))));
    QCOMPARE(conversations.conversation(m_conversation)->activeLeafId, 0);
    QCOMPARE(repo.countInConversation(m_conversation), 0);
    QVERIFY(repo.activePath(m_conversation).isEmpty());
}

void TestMessageRepository::deleteSubtree_ofVeryDeepThread_succeeds()
{
    // Deeper than SQLite's trigger recursion limit (1000), which a cascading parent key would hit.
    MessageRepository repo(m_history->db());
    qint64 parent = m_ids.value(QStringLiteral("a2"));
    for (int i = 0; i < 1500; ++i) {
        Message m;
        m.content = QString::number(i);
        parent = repo.addChild(parent, m);
        QVERIFY(parent > 0);
    }
    QCOMPARE(repo.pathTo(parent).size(), 1504);
    QVERIFY(repo.deleteSubtree(m_ids.value(QStringLiteral("u2"))));
    QCOMPARE(repo.countInConversation(m_conversation), 5);
}

void TestMessageRepository::copyPath_createsConversationWithOnlyThatPath()
{
    MessageRepository repo(m_history->db());
    AttachmentRepository attachments(m_history->db());
    ConversationRepository conversations(m_history->db());
    Attachment a;
    a.messageId = m_ids.value(QStringLiteral("u1"));
    a.fileName = QStringLiteral("spec.txt");
    a.textContent = QStringLiteral("содержимое");
    QVERIFY(attachments.add(a) > 0);
    QVERIFY(repo.setPinned(m_ids.value(QStringLiteral("a1c")), true));

    const qint64 copy =
        repo.copyPathToNewConversation(m_ids.value(QStringLiteral("u3")), QStringLiteral("Ветка"));
    QVERIFY(copy > 0);
    QVERIFY(copy != m_conversation);
    const Conversation c = *conversations.conversation(copy);
    QCOMPARE(c.title, QStringLiteral("Ветка"));
    QCOMPARE(c.model, QStringLiteral("m"));
    QCOMPARE(c.generation.temperature.value_or(0), 0.3);
    const QList<Message> path = repo.activePath(copy);
    QCOMPARE(contents(path),
             (QStringList{QStringLiteral("u1"), QStringLiteral("a1c"), QStringLiteral("u3")}));
    QCOMPARE(repo.countInConversation(copy), 3);
    QVERIFY(path.at(1).pinned);
    QCOMPARE(path.at(1).role, MessageRole::Assistant);
    QVERIFY(path.at(0).id != m_ids.value(QStringLiteral("u1")));
    const QList<Attachment> copied = attachments.forMessage(path.at(0).id);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().textContent, QStringLiteral("содержимое"));
    // The source is untouched.
    QCOMPARE(repo.countInConversation(m_conversation), 7);
}

void TestMessageRepository::flags_labelsAndUsage_roundTrip()
{
    MessageRepository repo(m_history->db());
    const qint64 id = m_ids.value(QStringLiteral("a2"));
    QVERIFY(repo.setInContext(id, false));
    QVERIFY(repo.setPinned(id, true));
    QVERIFY(repo.setLabel(id, QStringLiteral("короче")));
    MessageUsage usage;
    usage.promptTokens = 1200;
    usage.completionTokens = 340;
    usage.cachedTokens = 1024;
    usage.reasoningTokens = 0;
    usage.cost = 0.0123;
    usage.currency = QStringLiteral("RUB");
    usage.firstTokenMs = 420;
    usage.durationMs = 5300;
    QVERIFY(repo.setUsage(id, usage));
    const Message loaded = *repo.message(id);
    QVERIFY(!loaded.inContext);
    QVERIFY(loaded.pinned);
    QCOMPARE(loaded.label, QStringLiteral("короче"));
    QCOMPARE(loaded.usage, usage);
    // Unknown stays unknown rather than becoming zero.
    const Message other = *repo.message(m_ids.value(QStringLiteral("a1")));
    QVERIFY(!other.usage.promptTokens.has_value());
    QVERIFY(!other.usage.cost.has_value());
    QVERIFY(!repo.setPinned(999999, true));
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
}

void TestMessageRepository::setState_recordsError()
{
    MessageRepository repo(m_history->db());
    const qint64 id = m_ids.value(QStringLiteral("a1b"));
    QVERIFY(repo.setState(id, MessageState::Error, QStringLiteral("quota"),
                          QStringLiteral("Insufficient funds")));
    const Message loaded = *repo.message(id);
    QCOMPARE(loaded.state, MessageState::Error);
    QCOMPARE(loaded.errorKind, QStringLiteral("quota"));
    QCOMPARE(loaded.errorText, QStringLiteral("Insufficient funds"));
    QVERIFY(repo.setState(id, MessageState::Complete));
    QVERIFY(repo.message(id)->errorKind.isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "TestMessageRepository.moc"
