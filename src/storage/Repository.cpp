// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QAtomicInt>

namespace {
QAtomicInt s_savepointCounter;
}

Repository::Repository(Database &db)
    : m_db(db)
{}

QSqlQuery Repository::prepared(const QString &sql, bool *ok) const
{
    QSqlQuery query(m_db.connection());
    *ok = SqlUtil::prepare(query, sql, &m_lastError);
    return query;
}

bool Repository::exec(QSqlQuery &query) const
{
    return SqlUtil::exec(query, &m_lastError);
}

QSqlQuery Repository::select(const QString &sql, const QVariantList &values, bool *ok) const
{
    QSqlQuery query = prepared(sql, ok);
    if (!*ok) {
        return query;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    query.setForwardOnly(true);
    *ok = exec(query);
    return query;
}

void Repository::setError(StorageError::Kind kind, const QString &detail) const
{
    m_lastError = StorageError::make(kind, detail);
}

Repository::Transaction::Transaction(const Repository &repository)
    : m_repository(repository)
    , m_name(QStringLiteral("sp%1").arg(s_savepointCounter.fetchAndAddRelaxed(1) + 1))
{
    m_active = SqlUtil::run(m_repository.m_db.connection(), QStringLiteral("SAVEPOINT ") + m_name,
                            &m_repository.m_lastError);
}

Repository::Transaction::~Transaction()
{
    if (m_active) {
        const QSqlDatabase db = m_repository.m_db.connection();
        SqlUtil::run(db, QStringLiteral("ROLLBACK TO ") + m_name, nullptr);
        SqlUtil::run(db, QStringLiteral("RELEASE ") + m_name, nullptr);
    }
}

bool Repository::Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (SqlUtil::run(m_repository.m_db.connection(), QStringLiteral("RELEASE ") + m_name,
                     &m_repository.m_lastError)) {
        return true;
    }
    // RELEASE of the outermost savepoint is the COMMIT; if it failed, undo what we can.
    const QSqlDatabase db = m_repository.m_db.connection();
    SqlUtil::run(db, QStringLiteral("ROLLBACK TO ") + m_name, nullptr);
    SqlUtil::run(db, QStringLiteral("RELEASE ") + m_name, nullptr);
    return false;
}
