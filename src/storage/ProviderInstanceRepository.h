// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderInstance.h"
#include "Repository.h"

#include <QList>

#include <optional>

// Configured provider instances. Refuses options that look like secrets (api_key, token,
// password, secret, authorization): those belong in the keychain.
class ProviderInstanceRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts or replaces by id.
    bool save(const ProviderInstance &instance);
    std::optional<ProviderInstance> instance(const QString &id) const;
    // In sort order.
    QList<ProviderInstance> list() const;
    bool setEnabled(const QString &id, bool enabled);
    bool remove(const QString &id);

    static bool looksLikeSecretKey(const QString &optionName);

private:
    QList<ProviderInstance> select(const QString &where, const QVariant &value) const;
};
