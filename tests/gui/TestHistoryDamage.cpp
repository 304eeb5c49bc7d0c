// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window warns about a damaged history that opened fine, says how to recover it, and keeps
// quiet (noting when it looked) about a sound one. The background check is this test program
// started with --check-history, as the app starts itself.
#include "AppController.h"
#include "HistoryFiles.h"
#include "MainWindow.h"

#include "services/HistoryCheck.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

std::unique_ptr<AppController> startApp(const QTemporaryDir &dir, const QString &history)
{
    auto app = std::make_unique<AppController>(
        AppController::Paths{dir.filePath(QStringLiteral("config.json")), QString(), dir.path(), history});
    app->window()->show();
    return app;
}

} // namespace

class TestHistoryDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnsAboutADamagedHistory()
    {
        QTemporaryDir dir;
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(HistoryFiles::makeFilled(history, 2000));
        QVERIFY(HistoryFiles::damageMiddlePage(history));
        const auto app = startApp(dir, history);
        QVERIFY(app->startupProblems().isEmpty()); // it opened as if nothing were wrong
        app->checkHistoryNow(QCoreApplication::applicationFilePath());
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = app->window()->findChild<QMessageBox *>(QStringLiteral("historyDamageBox"))), 20000);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(history)));
        QVERIFY2(box->detailedText().contains(QStringLiteral("Page")), qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(QStringLiteral(".recover")));
        // Not noted as checked: the next start looks again.
        QCOMPARE(SettingsRepository(app->database()).value(QStringLiteral("history.last_check")), QVariant());
        box->close();
    }

    void notesASoundHistoryAndSaysNothing()
    {
        QTemporaryDir dir;
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(HistoryFiles::makeFilled(history, 200));
        const auto app = startApp(dir, history);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        app->checkHistoryNow(QCoreApplication::applicationFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(
            SettingsRepository(app->database()).value(QStringLiteral("history.last_check")).toLongLong() >=
                before,
            20000);
        QVERIFY(!app->window()->findChild<QMessageBox *>(QStringLiteral("historyDamageBox")));
    }
};

int main(int argc, char *argv[])
{
    if (const std::optional<int> checked = HistoryCheck::runIfChild(argc, argv))
        return *checked;
    QApplication app(argc, argv);
    TestHistoryDamage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHistoryDamage.moc"
