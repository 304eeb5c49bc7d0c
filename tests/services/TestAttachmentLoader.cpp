// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AttachmentLoader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Files given as context: text is judged by content, never by name; every refusal names the
// file and the reason; limits hold; folders expand to their text files.
class TestAttachmentLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(bytes);
        return path;
    }

    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : bytes) {
            c = char(generator.bounded(1, 256)); // no NUL, so only the content test can tell
        }
        return bytes;
    }

private Q_SLOTS:
    void textByContent_notByName()
    {
        AttachmentLoader loader;
        const QString notes = write(QStringLiteral("report.pdf"), "Plain notes, not a PDF at all.\n");
        const QString blob = write(QStringLiteral("blob.txt"), randomBytes(4096));
        const QString png =
            write(QStringLiteral("picture.txt"), QByteArray("\x89PNG\r\n\x1a\n") + randomBytes(64));
        const QString code = write(QStringLiteral("main.cpp"), "int main() { return 0; }\n");
        const AttachmentLoader::Result result = loader.load({notes, blob, png, code});
        QCOMPARE(result.attachments.size(), 2);
        QCOMPARE(result.attachments.at(0).fileName, QStringLiteral("report.pdf"));
        QCOMPARE(result.attachments.at(0).mimeType, QStringLiteral("text/plain"));
        QCOMPARE(result.attachments.at(0).textContent, QStringLiteral("Plain notes, not a PDF at all.\n"));
        QCOMPARE(result.attachments.at(1).fileName, QStringLiteral("main.cpp"));
        QCOMPARE(result.attachments.at(1).mimeType, QStringLiteral("text/x-c++src"));
        QCOMPARE(result.problems.size(), 2);
        QVERIFY2(result.problems.at(0).startsWith(QStringLiteral("blob.txt is not a text file")),
                 qPrintable(result.problems.at(0)));
        QVERIFY2(result.problems.at(1).startsWith(QStringLiteral("picture.txt is not a text file (PNG")),
                 qPrintable(result.problems.at(1)));
    }

    void invalidUtf8_isReplacedAndFlagged()
    {
        const QString latin = write(QStringLiteral("latin1.txt"), "caf\xe9 cr\xe8me\n");
        const AttachmentLoader::Result result = AttachmentLoader().load({latin});
        QCOMPARE(result.attachments.size(), 1);
        QCOMPARE(result.attachments.at(0).textContent, QStringLiteral("caf\uFFFD cr\uFFFDme\n"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.at(0).contains(QStringLiteral("latin1.txt is not valid UTF-8")));
    }

    void limits_perFileAndPerMessage()
    {
        AttachmentLoader::Limits limits;
        limits.maxFileBytes = 100;
        limits.maxTotalBytes = 150;
        AttachmentLoader loader(limits);
        const QString big = write(QStringLiteral("big.txt"), QByteArray(101, 'a'));
        const QString first = write(QStringLiteral("first.txt"), QByteArray(80, 'b'));
        const QString second = write(QStringLiteral("second.txt"), QByteArray(80, 'c'));
        const AttachmentLoader::Result result = loader.load({big, first, second});
        QCOMPARE(result.attachments.size(), 1);
        QCOMPARE(result.attachments.at(0).fileName, QStringLiteral("first.txt"));
        QCOMPARE(result.problems.size(), 2);
        QVERIFY2(result.problems.at(0).startsWith(QStringLiteral("big.txt is 101 bytes")),
                 qPrintable(result.problems.at(0)));
        QVERIFY2(result.problems.at(1).startsWith(QStringLiteral("second.txt would take the message past")),
                 qPrintable(result.problems.at(1)));
        // What the message already carries counts too.
        QCOMPARE(loader.load({first}, 100).attachments.size(), 0);
    }

    void folders_expandToTheirTextFiles()
    {
        write(QStringLiteral("project/README.md"), "# Read me\n");
        write(QStringLiteral("project/src/app.py"), "print('hi')\n");
        write(QStringLiteral("project/logo.png"), QByteArray("\x89PNG\r\n\x1a\n") + randomBytes(64));
        const AttachmentLoader::Result result =
            AttachmentLoader().load({m_dir.filePath(QStringLiteral("project"))});
        QStringList names;
        for (const Attachment &attachment : result.attachments)
            names << attachment.fileName;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("README.md"), QStringLiteral("app.py")}));
        QVERIFY(result.problems.isEmpty()); // binaries in a folder are skipped, not errors
    }

    void missingFile_isNamed()
    {
        const AttachmentLoader::Result result =
            AttachmentLoader().load({m_dir.filePath(QStringLiteral("gone.txt"))});
        QVERIFY(result.attachments.isEmpty());
        QCOMPARE(result.problems, QStringList{QStringLiteral("gone.txt: the file does not exist.")});
    }

    void asContext_fencesLongerThanAnythingInside()
    {
        Attachment attachment;
        attachment.fileName = QStringLiteral("notes.md");
        attachment.textContent = QStringLiteral("```cpp\nx\n```\n");
        QCOMPARE(AttachmentLoader::asContext(attachment),
                 QStringLiteral("File: notes.md\n````\n```cpp\nx\n```\n````"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentLoader)
#include "TestAttachmentLoader.moc"
