// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// History files for tests of damage: a filled history, and garbage over one of its pages.
// Header-only, for tests that link mmcore.

#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QSqlQuery>
#include <QString>

namespace HistoryFiles {

// A history at `path` with one conversation of `count` messages of 2 KB, folded into the main
// file (no WAL left). Returns false if it cannot be made.
inline bool makeFilled(const QString &path, int count)
{
    Database db;
    if (db.open(path) != Database::OpenStatus::Ok)
        return false;
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("INSERT INTO conversations (id, title, created_at, updated_at)"
                                     " VALUES (1, 'Filled', 0, 0)")) &&
           query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                     "i < %1) INSERT INTO messages (conversation_id, role, content, "
                                     "created_at) SELECT 1, 'user', hex(randomblob(1000)), i FROM n")
                          .arg(count)) &&
           query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Writes garbage over the page in the middle of the file: the messages, their indexes or their
// search index, never the first pages that hold the schema. False if the file is too small.
inline bool damageMiddlePage(const QString &path)
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

} // namespace HistoryFiles
