// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

// The model list a provider returned, kept so the picker works offline and starts fast.
struct ModelCacheEntry
{
    QString providerId;
    QJsonArray models;
    QDateTime fetchedAt;
};
