// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One model offered by a provider instance.
struct ModelInfo
{
    QString id;            // what goes into requests
    QString displayName;   // empty: show the id
    int contextLength = 0; // 0: unknown

    QString label() const { return displayName.isEmpty() ? id : displayName; }
    friend bool operator==(const ModelInfo &a, const ModelInfo &b)
    {
        return a.id == b.id && a.displayName == b.displayName && a.contextLength == b.contextLength;
    }
};

Q_DECLARE_METATYPE(ModelInfo)
