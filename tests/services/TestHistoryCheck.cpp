// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryCheck reads the whole history in a child process (this test program started with
// --check-history): it finds damage that opening the history does not see, finds none in a
// sound file, says nothing when it cannot check, and ends its child when destroyed.
#include "HistoryFiles.h"
#include "services/HistoryCheck.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestHistoryCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNothingInASoundFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(HistoryFiles::makeFilled(path, 200));
        HistoryCheck check(QCoreApplication::applicationFilePath(), path);
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toStringList(), QStringList());
    }

    void findsDamageThatOpeningDoesNotSee()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(HistoryFiles::makeFilled(path, 2000));
        QVERIFY(HistoryFiles::damageMiddlePage(path));
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
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(HistoryFiles::makeFilled(path, 200));
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
    if (const std::optional<int> checked = HistoryCheck::runIfChild(argc, argv))
        return *checked;
    QCoreApplication app(argc, argv);
    TestHistoryCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHistoryCheck.moc"
