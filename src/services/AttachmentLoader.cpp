// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentLoader.h"

#include "core/AppConfig.h"
#include "core/QtCompat.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttachmentLoader", text);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

AttachmentLoader::Limits AttachmentLoader::Limits::fromConfig(const AppConfig &config)
{
    Limits limits;
    const QJsonObject section = config.json().value(QLatin1String("limits")).toObject();
    limits.maxFileBytes =
        qint64(
            section.value(QLatin1String("max_attachment_kb")).toDouble(double(limits.maxFileBytes / 1024))) *
        1024;
    limits.maxTotalBytes = qint64(section.value(QLatin1String("max_message_attachments_kb"))
                                      .toDouble(double(limits.maxTotalBytes / 1024))) *
                           1024;
    return limits;
}

AttachmentLoader::AttachmentLoader(const Limits &limits)
    : m_limits(limits)
{}

bool AttachmentLoader::looksLikeText(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    // By content alone: a plain-text "report.pdf" is text, random bytes named "blob.txt" are not.
    const QMimeType type = QMimeDatabase().mimeTypeForData(head);
    const bool textLike = type.inherits(QStringLiteral("text/plain")) ||
                          type.name() == QLatin1String("application/octet-stream") ||
                          type.name().contains(QLatin1String("json")) ||
                          type.name().contains(QLatin1String("xml")) ||
                          type.name().contains(QLatin1String("script"));
    if (!textLike)
        return false; // a known binary format: PDF, ZIP, PNG, ELF …
    // Text has few control characters besides line breaks and tabs; binary data has many
    // (about one byte in eight of random data).
    int control = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b) || u == 0x7f)
            ++control;
    }
    return control * 50 < head.size() + 1;
}

AttachmentLoader::Result AttachmentLoader::load(const QStringList &paths, qint64 alreadyBytes) const
{
    Result result;
    qint64 total = alreadyBytes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            int files = 0;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                // Hidden folders (.git, .cache) are not what a user means by "this folder".
                if (QDir(path)
                        .relativeFilePath(file)
                        .split(QLatin1Char('/'))
                        .first()
                        .startsWith(QLatin1Char('.')))
                    continue;
                if (++files > m_limits.maxFilesPerFolder) {
                    result.problems << tr("%1: only the first %2 files of the folder were considered.")
                                           .arg(info.fileName())
                                           .arg(m_limits.maxFilesPerFolder);
                    break;
                }
                const QByteArray head = [&] {
                    QFile f(file);
                    return f.open(QIODevice::ReadOnly) ? f.read(8192) : QByteArray();
                }();
                if (looksLikeText(head))
                    loadFile(file, result, total);
            }
        } else {
            loadFile(path, result, total);
        }
    }
    return result;
}

void AttachmentLoader::loadFile(const QString &path, Result &result, qint64 &total) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        result.problems << tr("%1: the file does not exist.").arg(name);
        return;
    }
    if (info.size() > m_limits.maxFileBytes) {
        result.problems << tr("%1 is %2; files up to %3 can be attached (see Settings).")
                               .arg(name, sizeText(info.size()), sizeText(m_limits.maxFileBytes));
        return;
    }
    if (total + info.size() > m_limits.maxTotalBytes) {
        result.problems << tr("%1 would take the message past %2 of attachments.")
                               .arg(name, sizeText(m_limits.maxTotalBytes));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems << tr("%1 cannot be read: %2").arg(name, file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    if (!looksLikeText(bytes.left(8192))) {
        result.problems << tr("%1 is not a text file (%2), so it cannot be sent as context.")
                               .arg(name, QMimeDatabase().mimeTypeForData(bytes.left(8192)).comment());
        return;
    }
    bool invalid = false;
    const QString text = QtCompat::decodeUtf8(bytes, &invalid);
    if (invalid)
        result.warnings
            << tr("%1 is not valid UTF-8; the bytes that could not be read were replaced with �.").arg(name);
    Attachment attachment;
    attachment.fileName = name;
    // The name tells which kind of text (Markdown, C++ …), now that the content said it is text;
    // a name that promises something else ("notes.pdf") gets plain text.
    const QMimeType named = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    attachment.mimeType =
        named.inherits(QStringLiteral("text/plain")) ? named.name() : QStringLiteral("text/plain");
    attachment.size = bytes.size();
    attachment.textContent = text;
    result.attachments << attachment;
    total += bytes.size();
}

QString AttachmentLoader::asContext(const Attachment &attachment)
{
    int longest = 0;
    static const QRegularExpression backticks(QStringLiteral("`+"));
    auto it = backticks.globalMatch(attachment.textContent);
    while (it.hasNext())
        longest = qMax(longest, int(it.next().capturedLength()));
    const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
    QString body = attachment.textContent;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("File: %1\n%2\n%3%2").arg(attachment.fileName, fence, body);
}
