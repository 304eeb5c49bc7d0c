// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ModelCacheStore.h"

#include <QHash>

// A ModelCacheStore that forgets everything on exit; for tests and the CLI's --no-history mode.
class InMemoryModelCacheStore : public ModelCacheStore
{
public:
    std::optional<Entry> load(const QString &instanceId) const override;
    void save(const QString &instanceId, const Entry &entry) override;
    void remove(const QString &instanceId) override;

    int saveCount() const { return m_saveCount; }

private:
    QHash<QString, Entry> m_entries;
    int m_saveCount = 0;
};
