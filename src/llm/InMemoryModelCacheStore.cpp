// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/InMemoryModelCacheStore.h"

std::optional<ModelCacheStore::Entry> InMemoryModelCacheStore::load(const QString &instanceId) const
{
    const auto it = m_entries.constFind(instanceId);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void InMemoryModelCacheStore::save(const QString &instanceId, const Entry &entry)
{
    m_entries.insert(instanceId, entry);
    ++m_saveCount;
}

void InMemoryModelCacheStore::remove(const QString &instanceId)
{
    m_entries.remove(instanceId);
}
