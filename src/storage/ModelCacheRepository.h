// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelCacheEntry.h"
#include "Repository.h"

#include <optional>

class ModelCacheRepository : public Repository
{
public:
    using Repository::Repository;

    // Replaces the provider's cached list; fetchedAt defaults to now.
    bool store(const QString &providerId, const QJsonArray &models, const QDateTime &fetchedAt = QDateTime());
    std::optional<ModelCacheEntry> entry(const QString &providerId) const;
    bool clear(const QString &providerId);
};
