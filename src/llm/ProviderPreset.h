// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderInstanceConfig.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

// A ready-made configuration for a well-known service ("Groq", "OpenAI", "Ollama", …).
struct ProviderPreset
{
    QString id;   // "groq"
    QString type; // "openai"
    QString displayName;
    QUrl baseUrl;
    QString keyEnvVar; // GROQ_API_KEY; empty when no key is needed
    bool needsKey = true;
    bool editableBaseUrl = false; // local servers and "Custom"
    QJsonObject options;
    QString defaultModel;

    // A new instance from this preset; the id defaults to the preset id.
    ProviderInstanceConfig toConfig(const QString &instanceId = QString()) const
    {
        ProviderInstanceConfig config;
        config.id = instanceId.isEmpty() ? id : instanceId;
        config.type = type;
        config.displayName = displayName;
        config.baseUrl = baseUrl;
        config.options = options;
        config.options.insert(QStringLiteral("preset"), id);
        config.defaultModel = defaultModel;
        config.keyEnvVar = keyEnvVar;
        return config;
    }
};
