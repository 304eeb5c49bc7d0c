// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ModelInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Where model lists are cached between runs (the history database's model_cache table
// implements it; InMemoryModelCacheStore serves tests).
class ModelCacheStore
{
public:
    struct Entry
    {
        QList<ModelInfo> models;
        QDateTime fetchedAt; // UTC
    };

    virtual ~ModelCacheStore() = default;

    virtual std::optional<Entry> load(const QString &instanceId) const = 0;
    virtual void save(const QString &instanceId, const Entry &entry) = 0;
    virtual void remove(const QString &instanceId) = 0;
};
