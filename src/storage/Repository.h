// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QSqlQuery>
#include <QVariantList>

class Database;

// Base of the repositories: a connection and the last error. Methods return a value (or
// false / 0 / empty on failure) and leave the reason in lastError().
class Repository
{
public:
    explicit Repository(Database &db);
    virtual ~Repository() = default;

    const StorageError &lastError() const { return m_lastError; }
    Database &database() const { return m_db; }

protected:
    // A query on this repository's connection, prepared; check isValid() via ok.
    QSqlQuery prepared(const QString &sql, bool *ok) const;
    bool exec(QSqlQuery &query) const;
    // A read: prepared, bound to values in order, run forward-only; ok says whether it ran.
    QSqlQuery select(const QString &sql, const QVariantList &values, bool *ok) const;
    void setError(StorageError::Kind kind, const QString &detail) const;
    void clearError() const { m_lastError = StorageError(); }

    // A savepoint (nestable transaction); rolled back unless commit() was called.
    class Transaction
    {
    public:
        explicit Transaction(const Repository &repository);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit();

    private:
        const Repository &m_repository;
        QString m_name;
        bool m_active = false;
    };

private:
    Database &m_db;
    mutable StorageError m_lastError;
};
