// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"

#include <QStringList>
#include <QVariant>

// Key/value configuration that belongs with the history (not with the machine's config file).
// Values keep their SQLite type: text, integer, real or blob.
class SettingsRepository : public Repository
{
public:
    using Repository::Repository;

    QVariant value(const QString &key, const QVariant &defaultValue = QVariant()) const;
    bool setValue(const QString &key, const QVariant &value);
    bool contains(const QString &key) const;
    bool remove(const QString &key);
    QStringList keys(const QString &prefix = QString()) const;
};
