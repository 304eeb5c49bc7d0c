// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseFile.h"
#include "SchemaMigrator.h"
#include "SqlUtil.h"
#include "StorageLog.h"
#include "core/AppPaths.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

QAtomicInt s_connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("mmchat-storage-%1-%2")
        .arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

bool isBrokenFileKind(StorageError::Kind kind)
{
    return kind == StorageError::Kind::Corrupt || kind == StorageError::Kind::NotADatabase;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

void Database::preloadDriver()
{
    const QString name = QStringLiteral("mmchat-preload-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        const QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            qCWarning(lcStorage) << "the QSQLITE driver could not be loaded";
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Database::OpenStatus Database::fail(const StorageError &error)
{
    m_error = error;
    if (m_error.file.isEmpty() && error.kind == StorageError::Kind::ReadOnlyLocation) {
        m_error.file = QFileInfo(m_path).absolutePath();
    }
    qCWarning(lcStorage).noquote() << "cannot use history" << m_path << ":"
                                   << StorageError::kindName(error.kind) << error.detail;
    close();
    return OpenStatus::Failed;
}

Database::OpenStatus Database::open(const QString &path)
{
    close();
    m_error = StorageError();
    m_recovered = StorageError();
    m_backupPath.clear();
    m_interruptedOnOpen = 0;
    m_readOnly = false;
    m_path = path.isEmpty() ? AppPaths::historyDatabase() : path;

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return fail(StorageError::make(StorageError::Kind::ReadOnlyLocation,
                                       QStringLiteral("cannot create %1").arg(dir), dir));
    }

    const DatabaseFile::Health health = DatabaseFile::inspect(m_path);
    if (health == DatabaseFile::Health::NotSQLite &&
        recoverBrokenFile(StorageError::Kind::NotADatabase, QStringLiteral("no SQLite header")) ==
            OpenStatus::Failed) {
        return OpenStatus::Failed;
    }
    if (health == DatabaseFile::Health::Truncated &&
        recoverBrokenFile(StorageError::Kind::Corrupt, QStringLiteral("file shorter than its header says")) ==
            OpenStatus::Failed) {
        return OpenStatus::Failed;
    }

    int version = 0;
    int objectCount = 0;
    // Damage in the first pages shows up in the first statements (PRAGMAs, schema read).
    if (!connectAndReadHeader(false, &version, &objectCount)) {
        if (!isBrokenFileKind(m_error.kind) || m_recovered.isError()) {
            return fail(m_error);
        }
        if (recoverBrokenFile(m_error.kind, m_error.detail) == OpenStatus::Failed) {
            return OpenStatus::Failed;
        }
        if (!connectAndReadHeader(false, &version, &objectCount)) {
            return fail(m_error);
        }
    }
    if (version == 0 && objectCount > 0) {
        // Tables but no version: some other application's database. Keep it, start fresh.
        if (recoverBrokenFile(StorageError::Kind::NotADatabase,
                              QStringLiteral("unknown tables, user_version 0")) == OpenStatus::Failed) {
            return OpenStatus::Failed;
        }
        if (!connectAndReadHeader(false, &version, &objectCount)) {
            return fail(m_error);
        }
    }

    const int latest = SchemaMigrator::latestVersion();
    if (version > latest) {
        // Never write to a newer schema (not even the journal mode): reopen read-only.
        if (!connectAndReadHeader(true, &version, &objectCount)) {
            return fail(m_error);
        }
        m_schemaVersion = version;
        m_error = StorageError::make(
            StorageError::Kind::NewerVersion,
            QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(latest), m_path);
        qCWarning(lcStorage) << "history has newer schema" << version << "- opened read-only";
        return OpenStatus::ReadOnly;
    }
    if (version > 0 && version < latest && !backupBeforeMigration(version)) {
        return fail(m_error);
    }
    if (!enableWal()) {
        return fail(m_error);
    }
    if (version < latest) {
        StorageError error;
        if (!SchemaMigrator::migrate(connection(), version, &error)) {
            if (error.file.isEmpty()) {
                error.file = m_backupPath;
            }
            return fail(error);
        }
    }
    m_schemaVersion = latest;
    markInterruptedStreams();
    m_error = m_recovered;
    return m_recovered.isError() ? OpenStatus::Recovered : OpenStatus::Ok;
}

Database::OpenStatus Database::openSecondary(const QString &path)
{
    close();
    m_error = StorageError();
    m_recovered = StorageError();
    m_path = path;
    m_readOnly = false;
    if (!QFileInfo::exists(path)) {
        return fail(
            StorageError::make(StorageError::Kind::NotFound, QStringLiteral("no file %1").arg(path), path));
    }
    int objectCount = 0;
    if (!connectAndReadHeader(false, &m_schemaVersion, &objectCount)) {
        return fail(m_error);
    }
    return OpenStatus::Ok;
}

bool Database::connectAndReadHeader(bool readOnly, int *version, int *objectCount)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error =
            StorageError::make(StorageError::Kind::DriverMissing, QStringLiteral("QSQLITE not available"));
        return false;
    }
    m_connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            m_error = StorageError::fromSqlError(db.lastError());
            if (m_error.kind == StorageError::Kind::QueryFailed || m_error.kind == StorageError::Kind::None) {
                m_error.kind = StorageError::Kind::ReadOnlyLocation;
            }
            if (m_error.detail.isEmpty()) {
                m_error.detail = QStringLiteral("cannot open %1").arg(m_path);
            }
            return false;
        }
    }
    m_readOnly = readOnly;
    const QSqlDatabase db = connection();
    return SqlUtil::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), &m_error) &&
           SqlUtil::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &m_error) &&
           // 16 MB instead of 2 MB: a long thread and the search index's hot pages stay cached.
           SqlUtil::run(db, QStringLiteral("PRAGMA cache_size = -16384"), &m_error) &&
           readHeader(version, objectCount);
}

bool Database::enableWal()
{
    const QString mode =
        SqlUtil::scalar(connection(), QStringLiteral("PRAGMA journal_mode = WAL"), &m_error).toString();
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // An in-memory history (the fallback when the file cannot be used) has no journal file.
    if (m_path == QLatin1String(":memory:") &&
        mode.compare(QStringLiteral("memory"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (!m_error.isError()) {
        m_error = StorageError::make(StorageError::Kind::ReadOnlyLocation,
                                     QStringLiteral("journal_mode is '%1', not WAL").arg(mode));
    }
    return false;
}

bool Database::backupBeforeMigration(int version)
{
    // Fold a WAL left by an earlier run into the main file, so that a plain copy is complete.
    if (!SqlUtil::run(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &m_error)) {
        return false;
    }
    m_backupPath = DatabaseFile::backup(m_path, version);
    if (m_backupPath.isEmpty()) {
        m_error = StorageError::make(StorageError::Kind::BackupFailed,
                                     QStringLiteral("copy to .bak-v%1 failed").arg(version), m_path);
        return false;
    }
    return true;
}

bool Database::readHeader(int *version, int *objectCount)
{
    const QSqlDatabase db = connection();
    const QVariant v = SqlUtil::scalar(db, QStringLiteral("PRAGMA user_version"), &m_error);
    if (!v.isValid()) {
        if (!m_error.isError()) {
            m_error = StorageError::make(StorageError::Kind::Corrupt, QStringLiteral("no user_version"));
        }
        return false;
    }
    // Reading the schema touches the first pages: damage there is reported now, not later.
    const QVariant count =
        SqlUtil::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &m_error);
    if (!count.isValid()) {
        return false;
    }
    *version = v.toInt();
    *objectCount = count.toInt();
    return true;
}

Database::OpenStatus Database::recoverBrokenFile(StorageError::Kind kind, const QString &detail)
{
    close();
    const QString movedTo = DatabaseFile::moveAside(m_path);
    if (movedTo.isEmpty()) {
        // Leave the file where it is: never overwrite what we cannot move.
        return fail(StorageError::make(kind, detail + QStringLiteral("; could not move it aside")));
    }
    m_recovered = StorageError::make(kind, detail, movedTo);
    m_error = m_recovered;
    return OpenStatus::Recovered;
}

void Database::markInterruptedStreams()
{
    QSqlQuery query(connection());
    if (!SqlUtil::prepare(
            query, QStringLiteral("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"),
            nullptr) ||
        !SqlUtil::exec(query, nullptr)) {
        return;
    }
    m_interruptedOnOpen = query.numRowsAffected();
    if (m_interruptedOnOpen > 0) {
        qCInfo(lcStorage) << "marked" << m_interruptedOnOpen << "unfinished streamed messages as interrupted";
    }
}

bool Database::setSynchronous(Synchronous mode)
{
    return SqlUtil::run(connection(),
                        mode == Synchronous::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                                  : QStringLiteral("PRAGMA synchronous = NORMAL"),
                        &m_error);
}
