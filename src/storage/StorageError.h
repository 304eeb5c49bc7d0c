// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

class QSqlError;

// A typed problem of the storage layer: a kind the caller can act on, a translated sentence for
// the user and the technical detail for the log.
struct StorageError
{
    enum class Kind {
        None,
        NotADatabase,     // the file is not SQLite; it was moved aside
        Corrupt,          // SQLite reported corruption; moved aside (on open) or query failed
        NewerVersion,     // written by a newer version of the app; opened read-only
        ReadOnlyLocation, // the folder or file cannot be written
        DiskFull,
        Busy,         // another process holds the database
        BackupFailed, // the copy before a migration could not be made; nothing was changed
        MigrationFailed,
        Io,
        QueryFailed,   // any other failed statement (a bug or an unexpected state)
        NotFound,      // the referenced row does not exist
        DriverMissing, // the Qt SQLite plugin is not installed
    };

    Kind kind = Kind::None;
    QString detail; // technical text for the log (never shown alone to the user)
    QString file;   // the file concerned, e.g. where a broken database was moved

    bool isError() const { return kind != Kind::None; }
    // One translated sentence for the user, with what to do when there is something to do.
    QString userMessage() const;

    static StorageError make(Kind kind, const QString &detail, const QString &file = QString());
    // Maps a SQLite result code from QtSql to a kind.
    static StorageError fromSqlError(const QSqlError &error);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(StorageError)
