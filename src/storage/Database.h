// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One QtSql connection to the history database. QtSql connections belong to the thread that
// opened them, so each thread opens its own Database: the owner of the history calls open(),
// a worker (search) calls openSecondary() on the same path in its own thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenStatus {
        Ok,
        Recovered, // a broken file was moved aside and a fresh one created: tell the user (error())
        ReadOnly,  // usable for reading only (newer schema): tell the user (error())
        Failed,    // not usable: error() says why
    };
    enum class Synchronous { Normal, Full };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the history, moves broken files aside, backs up and migrates older
    // schemas, and marks messages left 'streaming' by a previous run as 'interrupted'.
    // An empty path means AppPaths::historyDatabase().
    OpenStatus open(const QString &path = QString());
    // A further connection to an existing, already migrated history, for the calling thread.
    // Never migrates, recovers or moves files.
    OpenStatus openSecondary(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Why open() failed, what was recovered, or why the history is read-only.
    const StorageError &error() const { return m_error; }
    // The copy made before the last migration, if any.
    QString backupPath() const { return m_backupPath; }
    // How many messages open() found still 'streaming' and marked 'interrupted'.
    int interruptedOnOpen() const { return m_interruptedOnOpen; }

    // NORMAL for streaming checkpoints (WAL keeps the file consistent; a power loss may drop
    // the last commits), FULL when a message is finalised.
    bool setSynchronous(Synchronous mode);

    static int latestSchemaVersion();
    // Loads the SQLite driver plugin (and SQLite with it) without opening anything, so that a
    // later open() finds it loaded. Callable from any thread: the window starts it on a second
    // core while it builds its widgets.
    static void preloadDriver();

private:
    // Opens a connection to m_path (no journal-mode change) and reads version and object count.
    bool connectAndReadHeader(bool readOnly, int *version, int *objectCount);
    bool readHeader(int *version, int *objectCount);
    bool enableWal();
    bool backupBeforeMigration(int version);
    OpenStatus fail(const StorageError &error);
    OpenStatus recoverBrokenFile(StorageError::Kind kind, const QString &detail);
    void markInterruptedStreams();

    QString m_path;
    QString m_connectionName;
    StorageError m_error;
    StorageError m_recovered; // what open() moved aside
    QString m_backupPath;
    int m_schemaVersion = 0;
    int m_interruptedOnOpen = 0;
    bool m_readOnly = false;
};
