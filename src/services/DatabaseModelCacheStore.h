// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ModelCacheStore.h"

class Database;

// Model lists cached in the history database (model_cache), shared by both programs: the
// model selector and `mmchat models` answer from it between runs.
class DatabaseModelCacheStore : public ModelCacheStore
{
public:
    explicit DatabaseModelCacheStore(Database &db);

    std::optional<Entry> load(const QString &instanceId) const override;
    void save(const QString &instanceId, const Entry &entry) override;
    void remove(const QString &instanceId) override;

private:
    Database &m_db;
};
