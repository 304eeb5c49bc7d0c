// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderInstanceRepository.h"

#include "SqlUtil.h"
#include "StorageLog.h"

#include <QJsonDocument>

bool ProviderInstanceRepository::looksLikeSecretKey(const QString &optionName)
{
    QString name = optionName.toLower();
    name.remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    // Suffixes, so that "max_tokens" or "token_limit" are still allowed.
    static const QStringList kSecretSuffixes = {QStringLiteral("apikey"),        QStringLiteral("token"),
                                                QStringLiteral("secret"),        QStringLiteral("password"),
                                                QStringLiteral("authorization"), QStringLiteral("credential"),
                                                QStringLiteral("credentials"),   QStringLiteral("bearer")};
    if (name == QLatin1String("key")) {
        return true;
    }
    for (const QString &suffix : kSecretSuffixes) {
        if (name.endsWith(suffix)) {
            return true;
        }
    }
    return false;
}

bool ProviderInstanceRepository::save(const ProviderInstance &instance)
{
    const QStringList keys = instance.options.keys();
    for (const QString &key : keys) {
        if (looksLikeSecretKey(key)) {
            qCWarning(lcStorage) << "refusing to store provider option" << key
                                 << "- secrets go to the keychain";
            setError(StorageError::Kind::QueryFailed, QStringLiteral("secret-like option '%1'").arg(key));
            return false;
        }
    }
    bool ok = false;
    QSqlQuery q = prepared(
        QStringLiteral(
            "INSERT INTO providers (id, type, display_name, base_url, options, enabled, sort_order,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET type = excluded.type, display_name = excluded.display_name,"
            " base_url = excluded.base_url, options = excluded.options, enabled = excluded.enabled,"
            " sort_order = excluded.sort_order, updated_at = excluded.updated_at"),
        &ok);
    if (!ok) {
        return false;
    }
    const qint64 now = SqlUtil::nowMs();
    q.addBindValue(instance.id);
    q.addBindValue(SqlUtil::text(instance.type));
    q.addBindValue(SqlUtil::text(instance.displayName));
    q.addBindValue(SqlUtil::text(instance.baseUrl));
    q.addBindValue(QString::fromUtf8(QJsonDocument(instance.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(instance.enabled ? 1 : 0);
    q.addBindValue(instance.sortOrder);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return true;
}

QList<ProviderInstance> ProviderInstanceRepository::select(const QString &where, const QVariant &value) const
{
    QList<ProviderInstance> result;
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT id, type, display_name, base_url, options, enabled, sort_order"
                                " FROM providers%1 ORDER BY sort_order, display_name, id")
                     .arg(where),
                 &ok);
    if (!ok) {
        return result;
    }
    if (!where.isEmpty()) {
        q.addBindValue(value);
    }
    if (!exec(q)) {
        return result;
    }
    while (q.next()) {
        ProviderInstance p;
        p.id = q.value(0).toString();
        p.type = q.value(1).toString();
        p.displayName = q.value(2).toString();
        p.baseUrl = q.value(3).toString();
        p.options = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        p.enabled = q.value(5).toBool();
        p.sortOrder = q.value(6).toInt();
        result.append(p);
    }
    clearError();
    return result;
}

std::optional<ProviderInstance> ProviderInstanceRepository::instance(const QString &id) const
{
    const QList<ProviderInstance> rows = select(QStringLiteral(" WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional<ProviderInstance>(rows.first());
}

QList<ProviderInstance> ProviderInstanceRepository::list() const
{
    return select(QString(), QVariant());
}

bool ProviderInstanceRepository::setEnabled(const QString &id, bool enabled)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("UPDATE providers SET enabled = ?, updated_at = ? WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(SqlUtil::nowMs());
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return q.numRowsAffected() > 0;
}

bool ProviderInstanceRepository::remove(const QString &id)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM providers WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(id);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return q.numRowsAffected() > 0;
}
