// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationSettings.h"

QJsonObject GenerationSettings::toJson() const
{
    QJsonObject object;
    if (temperature) {
        object.insert(QStringLiteral("temperature"), *temperature);
    }
    if (maxTokens) {
        object.insert(QStringLiteral("max_tokens"), double(*maxTokens));
    }
    if (topP) {
        object.insert(QStringLiteral("top_p"), *topP);
    }
    return object;
}

GenerationSettings GenerationSettings::fromJson(const QJsonObject &object)
{
    GenerationSettings settings;
    if (object.contains(QStringLiteral("temperature"))) {
        settings.temperature = object.value(QStringLiteral("temperature")).toDouble();
    }
    if (object.contains(QStringLiteral("max_tokens"))) {
        settings.maxTokens = qint64(object.value(QStringLiteral("max_tokens")).toDouble());
    }
    if (object.contains(QStringLiteral("top_p"))) {
        settings.topP = object.value(QStringLiteral("top_p")).toDouble();
    }
    return settings;
}
