// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "WarningCapture.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/SearchRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtTest>

#include <thread>

#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString fixture(const QString &name)
{
    return QStringLiteral(MMCHAT_TEST_DATA_DIR "/") + name;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), qint64(data.size()));
}

// A raw connection that bypasses Database (no recovery, no migration).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

private:
    QString m_name = QStringLiteral("raw-test-connection");
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, so that the driver is loaded on that thread for the first time.
    void preloadDriver_onAnotherThread_leavesNoConnectionAndOpenWorks();
    void openNewFile_createsLatestSchemaWithWalAndForeignKeys();
    void openWithoutPath_usesXdgDataHome();
    void openInMemory_isUsableAndLeavesNoFile();
    void openFixtureV1_backsUpMigratesAndKeepsRows();
    void openMigratedFile_makesNoFurtherBackup();
    void migrationWithExistingBackup_keepsOlderBackup();
    void failedMigrationStep_rollsBackAndKeepsVersion();
    void openBadFile_movesAsideAndStartsFresh_data();
    void openBadFile_movesAsideAndStartsFresh();
    void openNewerVersion_opensReadOnlyAndChangesNothing();
    void openInUnwritableLocation_reportsReadOnly_data();
    void openInUnwritableLocation_reportsReadOnly();
    void writeOnFullDisk_reportsDiskFull();
    void openSecondary_seesCommittedRowsFromOtherConnection();
    void everyErrorKind_hasUserMessage();
};

void TestDatabase::openNewFile_createsLatestSchemaWithWalAndForeignKeys()
{
    TempHistory history;
    OPEN_HISTORY(history);
    QVERIFY(history.db().isOpen());
    QVERIFY(!history.db().isReadOnly());
    QCOMPARE(history.db().schemaVersion(), SchemaMigrator::latestVersion());
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrator::latestVersion());
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char *table :
         {"projects", "conversations", "messages", "attachments", "providers", "settings", "prompt_templates",
          "model_cache", "messages_fts", "conversations_fts", "project_files"}) {
        QCOMPARE(history
                     .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                 .arg(QLatin1String(table)))
                     .toInt(),
                 1);
    }
    QVERIFY(history.db().backupPath().isEmpty()); // nothing to back up in a new file
    QVERIFY(!QFileInfo::exists(history.path() + QStringLiteral(".bak-v0")));
}

void TestDatabase::openWithoutPath_usesXdgDataHome()
{
    TempHistory history;
    Database db;
    QCOMPARE(int(db.open()), int(Database::OpenStatus::Ok));
    QCOMPARE(db.path(), history.dir() + QStringLiteral("/data/multimodel-chat/history.sqlite"));
    QVERIFY(QFileInfo::exists(db.path()));
}

void TestDatabase::openFixtureV1_backsUpMigratesAndKeepsRows()
{
    TempHistory history;
    QVERIFY(QFile::copy(fixture(QStringLiteral("history-v1.sqlite")), history.path()));
    QFile::setPermissions(history.path(), QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = fileHash(history.path());

    Database &db = history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::Ok));
    QCOMPARE(db.schemaVersion(), 3);
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 3);

    // The backup is the untouched version 1 file.
    QCOMPARE(db.backupPath(), history.path() + QStringLiteral(".bak-v1"));
    QCOMPARE(fileHash(db.backupPath()), original);

    // Rows survived, the v2 column exists with its default.
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 2);
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 6);
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
    QCOMPARE(history.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'ui.lastConversation'"))
                 .toInt(),
             2);
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE label = ''")).toInt(), 6);
    // And the v3 ones: no answer of version 1 had estimated counts, thinking or a finish note.
    QCOMPARE(
        history
            .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE usage_estimated = 0 AND thinking = ''"
                                   " AND finish_reason = '' AND finish_detail = ''"))
            .toInt(),
        6);
    QCOMPARE(history
                 .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE monthly_budget IS NULL"
                                        " AND budget_currency = 'USD'"))
                 .toInt(),
             history.scalar(QStringLiteral("SELECT count(*) FROM projects")).toInt());
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM project_files")).toInt(), 0);
    QCOMPARE(
        history.scalar(QStringLiteral("SELECT count(*) FROM prompt_templates WHERE project_id IS NOT NULL"))
            .toInt(),
        0);

    ConversationRepository conversations(db);
    const auto first = conversations.conversation(1);
    QVERIFY(first.has_value());
    QCOMPARE(first->title, QStringLiteral("Ёжик в тумане"));
    QCOMPARE(first->projectId, 1);
    QVERIFY(first->pinned);
    QCOMPARE(first->activeLeafId, 3);
    QCOMPARE(first->generation.maxTokens.value_or(0), 1024);

    // The answer left streaming in the fixture is now interrupted and searchable.
    QCOMPARE(db.interruptedOnOpen(), 1);
    MessageRepository messages(db);
    const auto interrupted = messages.message(3);
    QVERIFY(interrupted.has_value());
    QCOMPARE(int(interrupted->state), int(MessageState::Interrupted));
    const QList<Message> path = messages.activePath(1);
    QCOMPARE(path.size(), 2);
    QCOMPARE(path.at(0).content, QStringLiteral("Переведи: «Ёжик в тумане»"));
    QCOMPARE(messages.siblingPosition(3).index, 2);
    QCOMPARE(messages.message(2)->usage.completionTokens.value_or(0), 5);
    QCOMPARE(messages.message(6)->errorKind, QStringLiteral("rate-limited"));

    SearchRepository search(db);
    QCOMPARE(search.search(QStringLiteral("hedgehog")).size(), 2);
    QVERIFY(history.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

void TestDatabase::openMigratedFile_makesNoFurtherBackup()
{
    TempHistory history;
    QVERIFY(QFile::copy(fixture(QStringLiteral("history-v1.sqlite")), history.path()));
    QFile::setPermissions(history.path(), QFile::ReadOwner | QFile::WriteOwner);
    history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::Ok));
    history.db().close();

    Database again;
    QCOMPARE(int(again.open(history.path())), int(Database::OpenStatus::Ok));
    QVERIFY(again.backupPath().isEmpty());
    QCOMPARE(QDir(history.dir()).entryList({QStringLiteral("history.sqlite.bak-*")}, QDir::Files).size(), 1);
}

void TestDatabase::migrationWithExistingBackup_keepsOlderBackup()
{
    TempHistory history;
    QVERIFY(QFile::copy(fixture(QStringLiteral("history-v1.sqlite")), history.path()));
    QFile::setPermissions(history.path(), QFile::ReadOwner | QFile::WriteOwner);
    const QString older = history.path() + QStringLiteral(".bak-v1");
    writeFile(older, "an earlier backup");
    Database &db = history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::Ok));
    QVERIFY(db.backupPath() != older);
    QVERIFY(db.backupPath().startsWith(older));
    QFile kept(older);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier backup"));
}

void TestDatabase::failedMigrationStep_rollsBackAndKeepsVersion()
{
    TempHistory history;
    {
        RawConnection raw(history.path());
        StorageError error;
        QVERIFY(SchemaMigrator::migrate(raw.db(), 0, &error, 1));
        // Sabotage step 2: the column it adds already exists, so its ALTER TABLE fails.
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE messages ADD COLUMN label TEXT")));
        QVERIFY(!SchemaMigrator::migrate(raw.db(), 1, &error));
        QCOMPARE(int(error.kind), int(StorageError::Kind::MigrationFailed));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'messages_streaming'"))
                .toInt(),
            0);
    }
    // Through Database: the failure is reported, a backup exists and the file stays at v1.
    Database &db = history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::Failed));
    QCOMPARE(int(db.error().kind), int(StorageError::Kind::MigrationFailed));
    QVERIFY(QFileInfo::exists(history.path() + QStringLiteral(".bak-v1")));
    QVERIFY(db.error().userMessage().contains(QStringLiteral(".bak-v1")));
    RawConnection raw(history.path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestDatabase::openBadFile_movesAsideAndStartsFresh_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expectedKind");
    QTest::newRow("garbage text") << QStringLiteral("garbage") << int(StorageError::Kind::NotADatabase);
    QTest::newRow("truncated sqlite") << QStringLiteral("truncate") << int(StorageError::Kind::Corrupt);
    QTest::newRow("damaged first page") << QStringLiteral("page1") << int(StorageError::Kind::Corrupt);
    QTest::newRow("other application's database")
        << QStringLiteral("foreign") << int(StorageError::Kind::NotADatabase);
}

void TestDatabase::openBadFile_movesAsideAndStartsFresh()
{
    QFETCH(QString, damage);
    QFETCH(int, expectedKind);
    TempHistory history;
    QFile source(fixture(QStringLiteral("history-v1.sqlite")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    if (damage == QLatin1String("garbage")) {
        bytes = QByteArrayLiteral("These are my notes, not a database.\n").repeated(200);
    } else if (damage == QLatin1String("truncate")) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == QLatin1String("page1")) {
        bytes.replace(100, 4096 - 100, QByteArray(4096 - 100, '\xAB'));
    }
    if (damage == QLatin1String("foreign")) {
        RawConnection raw(history.path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")));
    } else {
        writeFile(history.path(), bytes);
    }
    const QByteArray before = fileHash(history.path());

    Database &db = history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::Recovered));
    QCOMPARE(int(db.error().kind), expectedKind);

    // The broken file is kept byte for byte under a .broken-<timestamp> name.
    const QString movedTo = db.error().file;
    QVERIFY(movedTo.startsWith(history.path() + QStringLiteral(".broken-")));
    QCOMPARE(fileHash(movedTo), before);
    QVERIFY(db.error().userMessage().contains(QDir::toNativeSeparators(movedTo)));

    // A fresh, empty, current history is in its place and works.
    QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 0);
    ConversationRepository conversations(db);
    QVERIFY(conversations.create(Conversation()) > 0);
}

void TestDatabase::openNewerVersion_opensReadOnlyAndChangesNothing()
{
    TempHistory history;
    {
        Database &db = history.open();
        ConversationRepository conversations(db);
        Conversation c;
        c.title = QStringLiteral("from the future");
        QVERIFY(conversations.create(c) > 0);
        QVERIFY(history.scalar(QStringLiteral("PRAGMA user_version = 99")).isNull());
        db.close();
    }
    {
        RawConnection raw(history.path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(history.path());

    Database &db = history.open();
    QCOMPARE(int(history.status()), int(Database::OpenStatus::ReadOnly));
    QCOMPARE(int(db.error().kind), int(StorageError::Kind::NewerVersion));
    QVERIFY(!db.error().userMessage().isEmpty());
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.schemaVersion(), 99);

    ConversationRepository conversations(db);
    QCOMPARE(conversations.listPage(ConversationFilter::all(), 10).size(), 1); // reading works
    QCOMPARE(conversations.create(Conversation()), 0);                         // writing does not
    QCOMPARE(int(conversations.lastError().kind), int(StorageError::Kind::ReadOnlyLocation));
    db.close();
    QCOMPARE(fileHash(history.path()), before);
    QVERIFY(QDir(history.dir()).entryList({QStringLiteral("history.sqlite.b*")}, QDir::Files).isEmpty());
}

void TestDatabase::openInUnwritableLocation_reportsReadOnly_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("parent is a file") << QStringLiteral("file");
    QTest::newRow("read-only directory") << QStringLiteral("readonly");
}

void TestDatabase::openInUnwritableLocation_reportsReadOnly()
{
    QFETCH(QString, location);
    TempHistory history;
    QString path;
    if (location == QLatin1String("file")) {
        writeFile(history.dir() + QStringLiteral("/plainfile"), "x");
        path = history.dir() + QStringLiteral("/plainfile/history.sqlite");
    } else if (::geteuid() == 0) {
        // Permissions do not stop root; sysfs refuses new files even to root.
        path = QStringLiteral("/sys/mmchat-storage-test/history.sqlite");
    } else {
        const QString dir = history.dir() + QStringLiteral("/locked");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        path = dir + QStringLiteral("/history.sqlite");
    }
    Database db;
    QCOMPARE(int(db.open(path)), int(Database::OpenStatus::Failed));
    QCOMPARE(int(db.error().kind), int(StorageError::Kind::ReadOnlyLocation));
    QVERIFY(!db.isOpen());
    QVERIFY(db.error().userMessage().contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

void TestDatabase::writeOnFullDisk_reportsDiskFull()
{
    TempHistory history;
    Database &db = history.open();
    ConversationRepository conversations(db);
    const qint64 id = conversations.create(Conversation());
    QVERIFY(id > 0);
    // A page limit at the current size behaves exactly like a full disk (SQLITE_FULL).
    const int pages = history.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QCOMPARE(history.scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(), pages);
    MessageRepository messages(db);
    Message big;
    big.conversationId = id;
    big.content = QString(200000, QLatin1Char('x'));
    QCOMPARE(messages.add(big), 0);
    QCOMPARE(int(messages.lastError().kind), int(StorageError::Kind::DiskFull));
    QVERIFY(!messages.lastError().userMessage().isEmpty());
    // Nothing half-written stays behind, and the connection keeps working.
    QCOMPARE(messages.countInConversation(id), 0);
    QVERIFY(conversations.rename(id, QStringLiteral("still works")));
}

void TestDatabase::openSecondary_seesCommittedRowsFromOtherConnection()
{
    TempHistory history;
    Database &db = history.open();
    ConversationRepository writer(db);
    Conversation c;
    c.title = QStringLiteral("shared");
    QVERIFY(writer.create(c) > 0);

    Database second;
    QCOMPARE(int(second.openSecondary(history.path())), int(Database::OpenStatus::Ok));
    QVERIFY(second.connectionName() != db.connectionName());
    ConversationRepository reader(second);
    QCOMPARE(reader.count(ConversationFilter::all()), 1);

    Database missing;
    QCOMPARE(int(missing.openSecondary(history.dir() + QStringLiteral("/nope.sqlite"))),
             int(Database::OpenStatus::Failed));
    QVERIFY(!QFileInfo::exists(history.dir() + QStringLiteral("/nope.sqlite")));
}

void TestDatabase::everyErrorKind_hasUserMessage()
{
    for (int kind = int(StorageError::Kind::NotADatabase); kind <= int(StorageError::Kind::DriverMissing);
         ++kind) {
        const StorageError error = StorageError::make(StorageError::Kind(kind), QStringLiteral("detail"));
        QVERIFY2(!error.userMessage().isEmpty(), qPrintable(StorageError::kindName(error.kind)));
        QVERIFY(!error.userMessage().contains(QStringLiteral("detail")));
    }
}

void TestDatabase::openInMemory_isUsableAndLeavesNoFile()
{
    // The window falls back to this when the history file cannot be used at all.
    Database db;
    QCOMPARE(db.open(QStringLiteral(":memory:")), Database::OpenStatus::Ok);
    Conversation conversation;
    conversation.title = QStringLiteral("kept in memory");
    QVERIFY(ConversationRepository(db).create(conversation));
    QVERIFY(!QFileInfo::exists(QStringLiteral(":memory:")));
}

void TestDatabase::preloadDriver_onAnotherThread_leavesNoConnectionAndOpenWorks()
{
    // The window runs this on a thread of its own while it builds its widgets.
    {
        const WarningCapture capture;
        std::thread worker(&Database::preloadDriver);
        worker.join();
        QVERIFY2(capture.warnings().isEmpty(), qPrintable(capture.warnings().join(QLatin1Char('\n'))));
    }
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(QLatin1String("mmchat-preload")), qPrintable(name));
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
    QTemporaryDir dir;
    Database db;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("after-preload.sqlite"))), Database::OpenStatus::Ok);
    Conversation conversation;
    conversation.title = QStringLiteral("after the preload");
    QVERIFY(ConversationRepository(db).create(conversation));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
