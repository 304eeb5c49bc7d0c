// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"
#include "BranchExplorerPane.h"
#include "ChatPane.h"
#include "ConversationListPane.h"
#include "MainWindow.h"
#include "StartupPreload.h"
#include "WarningCapture.h"

#include <QAction>
#include <QBuffer>
#include <QDockWidget>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString layoutFile() const { return m_dir.filePath(QStringLiteral("ui-state.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(layoutFile()); }

    // First, so that its thread is the one that loads the plugins.
    void startupPreload_loadsPluginsTheMainThreadThenUses()
    {
        {
            const WarningCapture capture;
            {
                StartupPreload preload;
                preload.wait();
            }
            QVERIFY2(capture.warnings().isEmpty(), qPrintable(capture.warnings().join(QLatin1Char('\n'))));
        }
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        // The plugins work from here: a JPEG (a plugin format) written and read back.
        QVERIFY(QImageReader::supportedImageFormats().contains("jpeg"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "JPEG"));
        QImage read;
        QVERIFY(read.loadFromData(jpeg, "JPEG"));
        QCOMPARE(read.size(), QSize(8, 8));
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    void window_hasAllPanes()
    {
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Multimodel Chat"));
        QVERIFY(window.conversationList()->isVisible());
        QVERIFY(window.chatPane()->isVisible());
        QVERIFY(window.branchExplorer()->isVisible());
        QVERIFY(window.branchExplorer()->findChild<QTreeView *>(QStringLiteral("branchTreeView")));
        QCOMPARE(window.dockWidgetArea(window.conversationsDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.branchExplorerDock()), Qt::RightDockWidgetArea);
        QVERIFY(window.statusBar());
    }

    void title_showsConversationFirst()
    {
        MainWindow window(layoutFile());
        window.setConversationTitle(QStringLiteral("Trip to Kazan"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Trip to Kazan — Multimodel Chat"));
        window.setConversationTitle(QString());
        QCOMPARE(window.windowTitle(), QStringLiteral("Multimodel Chat"));
    }

    void menus_areInOrderAndEveryActionHasAShortcut()
    {
        MainWindow window(layoutFile());
        QStringList titles;
        for (QAction *menuAction : window.menuBar()->actions())
            titles << menuAction->text().remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                      QStringLiteral("Chat"), QStringLiteral("Project"),
                                      QStringLiteral("Settings"), QStringLiteral("Help")}));

        QSet<QKeySequence> seen;
        for (const ActionRegistry::Entry &entry : window.actions()->entries()) {
            if (!entry.action)
                continue;
            QVERIFY2(!entry.action->shortcut().isEmpty(), qPrintable(entry.id));
            QVERIFY2(!entry.action->text().isEmpty(), qPrintable(entry.id));
            QVERIFY2(!seen.contains(entry.action->shortcut()),
                     qPrintable(entry.id + QStringLiteral(" reuses a shortcut")));
            seen.insert(entry.action->shortcut());
            // Reachable from the window itself, so shortcuts work even with the menu bar hidden.
            QVERIFY2(window.actions()->action(entry.id) && window.QWidget::actions().contains(entry.action),
                     qPrintable(entry.id));
        }
        QCOMPARE(window.actions()->action(QStringLiteral("file.new"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+N")));
        QCOMPARE(window.actions()->action(QStringLiteral("settings.preferences"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+,")));
    }

    void shortcut_triggersItsAction()
    {
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QSignalSpy spy(window.actions()->action(QStringLiteral("settings.preferences")), &QAction::triggered);
        window.conversationList()->searchField()->setFocus();
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
    }

    void ctrlF_focusesSearch_ctrlL_focusesInput()
    {
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actions()->action(QStringLiteral("edit.find"))->trigger();
        QCOMPARE(QApplication::focusWidget(), window.conversationList()->searchField());
        window.actions()->action(QStringLiteral("edit.focusInput"))->trigger();
        QCOMPARE(QApplication::focusWidget(), window.chatPane()->messageInput());
    }

    void viewActions_toggleDocks()
    {
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *branches = window.actions()->action(QStringLiteral("view.branches"));
        QVERIFY(branches->isChecked());
        branches->trigger();
        QVERIFY(!window.branchExplorerDock()->isVisible());
        QVERIFY(!branches->isChecked());
        branches->trigger();
        QVERIFY(window.branchExplorerDock()->isVisible());
    }

    void layout_isRestoredOnNextStart()
    {
        QRect geometry;
        {
            MainWindow window(layoutFile());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.branchExplorerDock()->hide();
            QTest::qWait(50);
            geometry = window.geometry();
            window.close();
        }
        QVERIFY(QFile::exists(layoutFile()));
        MainWindow restored(layoutFile());
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), geometry.size());
        QVERIFY(!restored.branchExplorerDock()->isVisible());
        QVERIFY(!restored.actions()->action(QStringLiteral("view.branches"))->isChecked());
        QVERIFY(restored.conversationsDock()->isVisible());

        restored.resetLayout();
        QVERIFY(restored.branchExplorerDock()->isVisible());
    }

    void enterSends_shiftEnterAddsLine()
    {
        MainWindow window(layoutFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy send(window.chatPane(), &ChatPane::sendRequested);
        QPlainTextEdit *input = window.chatPane()->messageInput();
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("first"));
        QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(input, QStringLiteral("second"));
        QCOMPARE(send.count(), 0);
        QCOMPARE(input->toPlainText(), QStringLiteral("first\nsecond"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(send.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
