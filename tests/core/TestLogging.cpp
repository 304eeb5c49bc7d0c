// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"
#include "core/SecretMasker.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestArea, "mmchat.test")

class TestLogging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void cleanup() { Logging::uninstall(); }

    void messages_goToFileWithCategory()
    {
        const QString log = m_dir.filePath(QStringLiteral("a.txt"));
        Logging::install({log, 1 << 20, false});
        qCWarning(lcTestArea) << "disk is" << 93 << "% full";
        const QByteArray content = readAll(log);
        QVERIFY(content.contains("warning mmchat.test: disk is 93 % full"));
    }

    void secrets_neverReachTheFile()
    {
        const QString log = m_dir.filePath(QStringLiteral("b.txt"));
        Logging::install({log, 1 << 20, false});
        const QString key = QStringLiteral("gsk_0123456789abcdefghijKLMNOP");
        SecretMasker::instance().addSecret(QStringLiteral("registered-secret-value"));
        qCWarning(lcTestArea).noquote() << "Authorization: Bearer" << key;
        qCInfo(lcTestArea).noquote() << "token registered-secret-value in a sentence";
        const QByteArray content = readAll(log);
        QVERIFY(!content.contains(key.toUtf8()));
        QVERIFY(!content.contains("0123456789abcdefghij"));
        QVERIFY(!content.contains("registered-secret-value"));
        QCOMPARE(content.count('\n'), 2);
    }

    void largeFile_isRotatedToPrev()
    {
        const QString log = m_dir.filePath(QStringLiteral("log.txt"));
        Logging::install({log, 4096, false});
        const QString line(200, QLatin1Char('x'));
        for (int i = 0; i < 60; ++i)
            qCWarning(lcTestArea).noquote() << i << line;
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("log-prev.txt"))));
        QVERIFY(QFileInfo(log).size() <= 4096 + 512);
        // The newest line is in the current file.
        QVERIFY(readAll(log).contains("59 xxxx"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
