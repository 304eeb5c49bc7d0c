// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

// Checked statement helpers: every failure is logged under mmchat.storage with the statement
// text (never the bound values, which may be user content) and returned as a StorageError.
namespace SqlUtil {

bool prepare(QSqlQuery &query, const QString &sql, StorageError *error);
bool exec(QSqlQuery &query, StorageError *error);
// Runs one statement without parameters (DDL, PRAGMA).
bool run(const QSqlDatabase &db, const QString &sql, StorageError *error);
// Runs a statement without parameters and returns the first column of its first row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, StorageError *error);

// Never NULL: Qt 6 binds a null QString as SQL NULL, which NOT NULL text columns reject.
QVariant text(const QString &value);
// NULL for an empty string or an absent value, so optional columns stay NULL in Qt 5 and 6.
QVariant nullIfEmpty(const QString &value);
QVariant fromOptional(const std::optional<qint64> &value);
QVariant fromOptional(const std::optional<double> &value);
QVariant nullIfZero(qint64 id);
std::optional<qint64> toOptionalInt(const QSqlQuery &query, int column);
std::optional<double> toOptionalDouble(const QSqlQuery &query, int column);

// Timestamps are stored as UTC milliseconds since the epoch.
qint64 toMs(const QDateTime &time);
QDateTime fromMs(qint64 ms);
qint64 nowMs();

} // namespace SqlUtil
