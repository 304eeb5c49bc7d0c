// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFile.h"

#include "StorageLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray &data, int offset)
{
    return (quint32(quint8(data[offset])) << 24) | (quint32(quint8(data[offset + 1])) << 16) |
           (quint32(quint8(data[offset + 2])) << 8) | quint32(quint8(data[offset + 3]));
}

QString freeName(const QString &base)
{
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = base + QLatin1Char('-') + QString::number(n);
    }
    return candidate;
}

} // namespace

DatabaseFile::Health DatabaseFile::inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return Health::Missing;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable: let SQLite report the precise reason.
        return Health::Plausible;
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Health::NotSQLite;
    }
    // Page size at offset 16 (1 means 65536); page count at 28, valid only when the
    // "version-valid-for" number at 92 matches the change counter at 24.
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return Health::NotSQLite;
    }
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    // A WAL file may legitimately hold pages beyond the main file; only judge without one.
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (countValid && !hasWal && qint64(pageCount) * pageSize > file.size()) {
        return Health::Truncated;
    }
    return Health::Plausible;
}

QString DatabaseFile::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = freeName(path + QStringLiteral(".broken-") + stamp);
    if (!QFile::rename(path, target)) {
        qCWarning(lcStorage) << "could not move" << path << "aside to" << target;
        return QString();
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            qCWarning(lcStorage) << "could not move" << path + suffix << "aside";
        }
    }
    qCWarning(lcStorage) << "moved unusable history file to" << target;
    return target;
}

QString DatabaseFile::backup(const QString &path, int version)
{
    const QString target = freeName(path + QStringLiteral(".bak-v") + QString::number(version));
    if (!QFile::copy(path, target)) {
        qCWarning(lcStorage) << "could not copy" << path << "to" << target;
        QFile::remove(target); // a partial copy (disk full) is worthless
        return QString();
    }
    qCInfo(lcStorage) << "backed up version" << version << "history to" << target;
    return target;
}

bool DatabaseFile::isDirectoryWritable(const QString &path)
{
    const QFileInfo dir(QFileInfo(path).absolutePath());
    return dir.isDir() && dir.isWritable();
}
