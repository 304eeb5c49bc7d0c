// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

#include "SqlUtil.h"

QVariant SettingsRepository::value(const QString &key, const QVariant &defaultValue) const
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"), &ok);
    if (!ok) {
        return defaultValue;
    }
    q.addBindValue(key);
    if (!exec(q)) {
        return defaultValue;
    }
    clearError();
    return q.next() ? q.value(0) : defaultValue;
}

bool SettingsRepository::setValue(const QString &key, const QVariant &value)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(SqlUtil::text(key));
    q.addBindValue(value);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return true;
}

bool SettingsRepository::contains(const QString &key) const
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(key);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return q.next();
}

bool SettingsRepository::remove(const QString &key)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM settings WHERE key = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(key);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return true;
}

QStringList SettingsRepository::keys(const QString &prefix) const
{
    QStringList result;
    bool ok = false;
    // substr() rather than LIKE: a prefix may contain % or _.
    QSqlQuery q = prepared(
        QStringLiteral("SELECT key FROM settings WHERE substr(key, 1, length(?)) = ? ORDER BY key"), &ok);
    if (!ok) {
        return result;
    }
    q.addBindValue(SqlUtil::text(prefix));
    q.addBindValue(SqlUtil::text(prefix));
    if (!exec(q)) {
        return result;
    }
    while (q.next()) {
        result.append(q.value(0).toString());
    }
    clearError();
    return result;
}
