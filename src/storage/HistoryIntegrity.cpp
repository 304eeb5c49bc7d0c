// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryIntegrity.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QStringList HistoryIntegrity::quickCheck(const QString &path, StorageError *error)
{
    Database db;
    if (db.openSecondary(path) != Database::OpenStatus::Ok) {
        *error = db.error();
        return {};
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        // Damage too bad to walk past stops the check itself: that is a finding, not a failure.
        if (query.lastError().nativeErrorCode() == QLatin1String("11")) // SQLITE_CORRUPT
            return {query.lastError().databaseText()};
        *error = StorageError::fromSqlError(query.lastError());
        return {};
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.lastError().isValid())
        problems << query.lastError().databaseText();
    return problems;
}
