// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryCheck reads the whole history in a child process (this test program started with
// --check-history): it finds damage that opening the history does not see, finds none in a
// sound file, says nothing when it cannot check, and ends its child when destroyed.
#include "services/HistoryCheck.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A history with one conversation of `count` messages of 2 KB, folded into the main file.
QString makeHistory(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    Database db;
    if (db.open(path) != Database::OpenStatus::Ok)
        return {};
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("INSERT INTO conversations (id, title, created_at, updated_at)"
                                   " VALUES (1, 'Filled', 0, 0)")) ||
        !query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                   "i < %1) INSERT INTO messages (conversation_id, role, content, "
                                   "created_at) SELECT 1, 'user', hex(randomblob(1000)), i FROM n")
                        .arg(count)) ||
        !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return {};
    return path;
}

// Writes garbage over the page in the middle of the file; returns false if it cannot.
bool damageMiddlePage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const int sizeField = uchar(header.at(16)) << 8 | uchar(header.at(17));
    const int pageSize = sizeField == 1 ? 65536 : sizeField; // how SQLite writes 65536
    const qint64 pages = file.size() / pageSize;
    return pages > 100 && file.seek(pages / 2 * pageSize) &&
           file.write(QByteArray(pageSize, '\x5a')) == pageSize;
}

} // namespace

class TestHistoryCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNothingInASoundFile()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir, 200);
        QVERIFY(!path.isEmpty());
        HistoryCheck check(QCoreApplication::applicationFilePath(), path);
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toStringList(), QStringList());
    }

    void findsDamageThatOpeningDoesNotSee()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir, 2000);
        QVERIFY(!path.isEmpty());
        QVERIFY(damageMiddlePage(path));
        // Opening still works: it reads only the first pages.
        {
            Database reopened;
            QCOMPARE(reopened.open(path), Database::OpenStatus::Ok);
        }
        HistoryCheck check(QCoreApplication::applicationFilePath(), path);
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        const QStringList problems = finished.first().first().toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Page")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void saysNothingWhenItCannotCheck()
    {
        QTemporaryDir dir;
        HistoryCheck check(QCoreApplication::applicationFilePath(),
                           dir.filePath(QStringLiteral("none.sqlite")));
        QSignalSpy finished(&check, &HistoryCheck::finished);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("history check did not run: exit 2")));
        check.start();
        QTRY_VERIFY_WITH_TIMEOUT(!check.isRunning(), 20000);
        QCOMPARE(finished.count(), 0);
    }

    void endsItsChildWhenDestroyed()
    {
        QTemporaryDir dir;
        const QString path = makeHistory(dir, 200);
        QVERIFY(!path.isEmpty());
        auto check = std::make_unique<HistoryCheck>(QCoreApplication::applicationFilePath(), path);
        QSignalSpy finished(check.get(), &HistoryCheck::finished);
        check->start();
        QVERIFY(check->isRunning());
        check.reset();
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], HistoryCheck::childOption) == 0)
        return HistoryCheck::childMain(QString::fromLocal8Bit(argv[2]));
    TestHistoryCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHistoryCheck.moc"
