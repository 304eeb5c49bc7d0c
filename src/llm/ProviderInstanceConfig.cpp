// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ProviderInstanceConfig.h"

#include "core/SecretMasker.h"

#include <QJsonArray>

void ProviderInstanceConfig::setSecret(const QString &name, const QString &value)
{
    if (value.isEmpty()) {
        m_secrets.remove(name);
        return;
    }
    SecretMasker::instance().addSecret(value);
    m_secrets.insert(name, value);
}

int ProviderInstanceConfig::optionInt(const QString &name, int fallback) const
{
    const QJsonValue value = options.value(name);
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

bool ProviderInstanceConfig::optionBool(const QString &name, bool fallback) const
{
    const QJsonValue value = options.value(name);
    return value.isBool() ? value.toBool() : fallback;
}

QString ProviderInstanceConfig::optionString(const QString &name, const QString &fallback) const
{
    const QJsonValue value = options.value(name);
    return value.isString() ? value.toString() : fallback;
}

QJsonObject ProviderInstanceConfig::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("baseUrl"), baseUrl.toString()},
        {QStringLiteral("enabled"), enabled},
    };
    if (!options.isEmpty())
        object.insert(QStringLiteral("options"), options);
    if (!manualModels.isEmpty())
        object.insert(QStringLiteral("models"), QJsonArray::fromStringList(manualModels));
    if (!defaultModel.isEmpty())
        object.insert(QStringLiteral("defaultModel"), defaultModel);
    if (!keyEnvVar.isEmpty())
        object.insert(QStringLiteral("keyEnvVar"), keyEnvVar);
    return object;
}

ProviderInstanceConfig ProviderInstanceConfig::fromJson(const QJsonObject &object)
{
    ProviderInstanceConfig config;
    config.id = object.value(QStringLiteral("id")).toString();
    config.type = object.value(QStringLiteral("type")).toString();
    config.displayName = object.value(QStringLiteral("displayName")).toString();
    config.baseUrl = QUrl(object.value(QStringLiteral("baseUrl")).toString());
    config.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    config.options = object.value(QStringLiteral("options")).toObject();
    const QJsonArray models = object.value(QStringLiteral("models")).toArray();
    for (const QJsonValue &model : models)
        config.manualModels.append(model.toString());
    config.defaultModel = object.value(QStringLiteral("defaultModel")).toString();
    config.keyEnvVar = object.value(QStringLiteral("keyEnvVar")).toString();
    return config;
}
