// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include "StorageLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

void fail(const QSqlError &sqlError, const QString &sql, StorageError *error)
{
    const StorageError typed = StorageError::fromSqlError(sqlError);
    qCWarning(lcStorage).noquote() << "statement failed:" << StorageError::kindName(typed.kind)
                                   << sqlError.text() << "in" << sql.simplified().left(200);
    if (error) {
        *error = typed;
    }
}

} // namespace

bool SqlUtil::prepare(QSqlQuery &query, const QString &sql, StorageError *error)
{
    if (query.prepare(sql)) {
        return true;
    }
    fail(query.lastError(), sql, error);
    return false;
}

bool SqlUtil::exec(QSqlQuery &query, StorageError *error)
{
    if (query.exec()) {
        return true;
    }
    fail(query.lastError(), query.lastQuery(), error);
    return false;
}

bool SqlUtil::run(const QSqlDatabase &db, const QString &sql, StorageError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    fail(query.lastError(), sql, error);
    return false;
}

QVariant SqlUtil::scalar(const QSqlDatabase &db, const QString &sql, StorageError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fail(query.lastError(), sql, error);
        return QVariant();
    }
    if (!query.next()) {
        if (query.lastError().type() != QSqlError::NoError) {
            fail(query.lastError(), sql, error);
        }
        return QVariant();
    }
    return query.value(0);
}

QVariant SqlUtil::text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant SqlUtil::nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant SqlUtil::fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant SqlUtil::fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant SqlUtil::nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

std::optional<qint64> SqlUtil::toOptionalInt(const QSqlQuery &query, int column)
{
    if (query.isNull(column)) {
        return std::nullopt;
    }
    return query.value(column).toLongLong();
}

std::optional<double> SqlUtil::toOptionalDouble(const QSqlQuery &query, int column)
{
    if (query.isNull(column)) {
        return std::nullopt;
    }
    return query.value(column).toDouble();
}

qint64 SqlUtil::toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime SqlUtil::fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 SqlUtil::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
