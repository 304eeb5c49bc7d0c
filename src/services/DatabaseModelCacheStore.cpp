// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseModelCacheStore.h"

#include "storage/ModelCacheRepository.h"

#include <QJsonArray>
#include <QJsonObject>

DatabaseModelCacheStore::DatabaseModelCacheStore(Database &db)
    : m_db(db)
{}

std::optional<ModelCacheStore::Entry> DatabaseModelCacheStore::load(const QString &instanceId) const
{
    const std::optional<ModelCacheEntry> stored = ModelCacheRepository(m_db).entry(instanceId);
    if (!stored)
        return std::nullopt;
    Entry entry;
    entry.fetchedAt = stored->fetchedAt;
    for (const QJsonValue &value : stored->models) {
        const QJsonObject object = value.toObject();
        ModelInfo model;
        model.id = object.value(QLatin1String("id")).toString();
        model.displayName = object.value(QLatin1String("name")).toString();
        model.contextLength = object.value(QLatin1String("context_length")).toInt();
        if (!model.id.isEmpty())
            entry.models << model;
    }
    return entry;
}

void DatabaseModelCacheStore::save(const QString &instanceId, const Entry &entry)
{
    QJsonArray models;
    for (const ModelInfo &model : entry.models) {
        models.append(QJsonObject{{QStringLiteral("id"), model.id},
                                  {QStringLiteral("name"), model.displayName},
                                  {QStringLiteral("context_length"), model.contextLength}});
    }
    ModelCacheRepository(m_db).store(instanceId, models, entry.fetchedAt);
}

void DatabaseModelCacheStore::remove(const QString &instanceId)
{
    ModelCacheRepository(m_db).clear(instanceId);
}
