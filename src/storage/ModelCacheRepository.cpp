// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelCacheRepository.h"

#include "SqlUtil.h"

#include <QJsonDocument>

bool ModelCacheRepository::store(const QString &providerId, const QJsonArray &models,
                                 const QDateTime &fetchedAt)
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("INSERT INTO model_cache (provider_id, models, fetched_at) VALUES (?, ?, ?)"
                                " ON CONFLICT(provider_id) DO UPDATE SET models = excluded.models,"
                                " fetched_at = excluded.fetched_at"),
                 &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(providerId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(models).toJson(QJsonDocument::Compact)));
    q.addBindValue(fetchedAt.isValid() ? SqlUtil::toMs(fetchedAt) : SqlUtil::nowMs());
    if (!exec(q)) {
        return false;
    }
    clearError();
    return true;
}

std::optional<ModelCacheEntry> ModelCacheRepository::entry(const QString &providerId) const
{
    bool ok = false;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT models, fetched_at FROM model_cache WHERE provider_id = ?"), &ok);
    if (!ok) {
        return std::nullopt;
    }
    q.addBindValue(providerId);
    if (!exec(q)) {
        return std::nullopt;
    }
    clearError();
    if (!q.next()) {
        return std::nullopt;
    }
    ModelCacheEntry entry;
    entry.providerId = providerId;
    entry.models = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    entry.fetchedAt = SqlUtil::fromMs(q.value(1).toLongLong());
    return entry;
}

bool ModelCacheRepository::clear(const QString &providerId)
{
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("DELETE FROM model_cache WHERE provider_id = ?"), &ok);
    if (!ok) {
        return false;
    }
    q.addBindValue(providerId);
    if (!exec(q)) {
        return false;
    }
    clearError();
    return true;
}
