// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

namespace {

// Primary SQLite result codes (sqlite3.h); QtSql reports them as nativeErrorCode().
enum SqliteCode {
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADb = 26,
};

QString tr(const char *text)
{
    return QCoreApplication::translate("StorageError", text);
}

} // namespace

QString StorageError::userMessage() const
{
    const QString where = QDir::toNativeSeparators(file);
    switch (kind) {
    case Kind::None: return QString();
    case Kind::NotADatabase:
        return tr("The chat history file was not a database. It was moved to %1 and a new, empty history "
                  "was started.")
            .arg(where);
    case Kind::Corrupt:
        if (!file.isEmpty()) {
            return tr("The chat history file was damaged. It was moved to %1 and a new, empty history was "
                      "started; see the README for how to recover it.")
                .arg(where);
        }
        return tr("The chat history is damaged and could not be read.");
    case Kind::NewerVersion:
        return tr("The chat history was written by a newer version of Multimodel Chat. It is opened "
                  "read-only; update the application to change it.");
    case Kind::ReadOnlyLocation:
        return tr("The chat history cannot be saved because %1 is not writable. Check the folder's "
                  "permissions.")
            .arg(where.isEmpty() ? tr("the data folder") : where);
    case Kind::DiskFull:
        return tr("The disk is full. Free some space so that the chat history can be saved.");
    case Kind::Busy:
        return tr("The chat history is in use by another program. Close other copies of Multimodel Chat and "
                  "try again.");
    case Kind::BackupFailed:
        return tr("The chat history needs an update, but a backup copy could not be made, so it was left "
                  "unchanged. Check the free disk space.");
    case Kind::MigrationFailed:
        return tr("The chat history could not be updated to the new format. Nothing was changed; a backup is "
                  "at %1.")
            .arg(where);
    case Kind::Io: return tr("The chat history could not be read or written (input/output error).");
    case Kind::QueryFailed: return tr("The chat history could not be updated because of an internal error.");
    case Kind::NotFound: return tr("The conversation or message no longer exists.");
    case Kind::DriverMissing:
        return tr("The SQLite driver for Qt is not installed, so the chat history cannot be opened.");
    }
    return QString();
}

StorageError StorageError::make(Kind kind, const QString &detail, const QString &file)
{
    StorageError error;
    error.kind = kind;
    error.detail = detail;
    error.file = file;
    return error;
}

StorageError StorageError::fromSqlError(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError) {
        return StorageError();
    }
    // Extended result codes carry the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    Kind kind = Kind::QueryFailed;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked: kind = Kind::Busy; break;
    case kSqliteReadOnly:
    case kSqliteCantOpen: kind = Kind::ReadOnlyLocation; break;
    case kSqliteIoErr: kind = Kind::Io; break;
    case kSqliteCorrupt: kind = Kind::Corrupt; break;
    case kSqliteFull: kind = Kind::DiskFull; break;
    case kSqliteNotADb: kind = Kind::NotADatabase; break;
    default: break;
    }
    return make(kind, error.text());
}

QString StorageError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NotADatabase: return QStringLiteral("not-a-database");
    case Kind::Corrupt: return QStringLiteral("corrupt");
    case Kind::NewerVersion: return QStringLiteral("newer-version");
    case Kind::ReadOnlyLocation: return QStringLiteral("read-only");
    case Kind::DiskFull: return QStringLiteral("disk-full");
    case Kind::Busy: return QStringLiteral("busy");
    case Kind::BackupFailed: return QStringLiteral("backup-failed");
    case Kind::MigrationFailed: return QStringLiteral("migration-failed");
    case Kind::Io: return QStringLiteral("io");
    case Kind::QueryFailed: return QStringLiteral("query-failed");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::DriverMissing: return QStringLiteral("driver-missing");
    }
    return QString();
}
