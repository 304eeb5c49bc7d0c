// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestAppPaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Must be set before QStandardPaths is first used.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("cfg")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void xdgVariables_isolateEveryFile()
    {
        const QString config = m_dir.filePath(QStringLiteral("cfg/multimodel-chat"));
        const QString data = m_dir.filePath(QStringLiteral("data/multimodel-chat"));
        QCOMPARE(AppPaths::configDir(), config);
        QCOMPARE(AppPaths::dataDir(), data);
        QCOMPARE(AppPaths::configFile(), config + QStringLiteral("/config.json"));
        QCOMPARE(AppPaths::uiStateFile(), config + QStringLiteral("/ui-state.ini"));
        QCOMPARE(AppPaths::historyDatabase(), data + QStringLiteral("/history.sqlite"));
        QCOMPARE(AppPaths::logFile(), data + QStringLiteral("/log.txt"));
        QVERIFY(QFileInfo(config).isDir());
        QVERIFY(QFileInfo(data).isDir());
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "TestAppPaths.moc"
