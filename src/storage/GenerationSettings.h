// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <optional>

// Sampling parameters chosen for a conversation or as a project's default. Absent means "the
// provider's default".
struct GenerationSettings
{
    std::optional<double> temperature;
    std::optional<qint64> maxTokens;
    std::optional<double> topP;

    bool operator==(const GenerationSettings &other) const = default;

    QJsonObject toJson() const;
    static GenerationSettings fromJson(const QJsonObject &object);
};
