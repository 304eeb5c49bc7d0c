// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Result of a provider health check (the cheapest authenticated call: the model list).
struct HealthStatus
{
    enum class State { Unknown, Online, Degraded, AuthFailed, Offline };

    State state = State::Unknown;
    int latencyMs = -1;
    ProviderError lastError;
    QDateTime checkedAt; // UTC

    static QString stateName(State state)
    {
        switch (state) {
        case State::Unknown: return QStringLiteral("unknown");
        case State::Online: return QStringLiteral("online");
        case State::Degraded: return QStringLiteral("degraded");
        case State::AuthFailed: return QStringLiteral("auth_failed");
        case State::Offline: return QStringLiteral("offline");
        }
        return QStringLiteral("unknown");
    }
    QString stateName() const { return stateName(state); }
};

Q_DECLARE_METATYPE(HealthStatus)
