// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gigachat/GigaChatProviders.h"

#include "llm/ProviderFactory.h"
#include "providers/gigachat/GigaChatProvider.h"

ProviderPreset gigaChatPreset()
{
    ProviderPreset preset;
    preset.id = QStringLiteral("gigachat");
    preset.type = GigaChatProvider::kType;
    preset.displayName = QStringLiteral("GigaChat");
    preset.baseUrl = QUrl(GigaChatProvider::kDefaultBaseUrl);
    preset.keyEnvVar = QStringLiteral("GIGACHAT_CREDENTIALS"); // the official SDK's variable
    preset.needsKey = true;
    preset.options = QJsonObject{
        {QStringLiteral("scope"), GigaChatProvider::kDefaultScope},
        {QStringLiteral("authUrl"), GigaChatProvider::kDefaultAuthUrl},
        {QStringLiteral("maxConcurrentStreams"), 1},
    };
    preset.defaultModel = QStringLiteral("GigaChat-2");
    return preset;
}

void registerGigaChat(ProviderFactory &factory)
{
    factory.registerType({GigaChatProvider::kType, QStringLiteral("GigaChat"), true,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new GigaChatProvider(config, parent);
                          }});
    factory.registerPreset(gigaChatPreset());
}
