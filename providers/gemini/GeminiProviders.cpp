// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gemini/GeminiProviders.h"

#include "llm/ProviderFactory.h"
#include "providers/gemini/GeminiProvider.h"

ProviderPreset geminiPreset()
{
    ProviderPreset preset;
    preset.id = QStringLiteral("gemini");
    preset.type = GeminiProvider::kType;
    preset.displayName = QStringLiteral("Google Gemini");
    preset.baseUrl = QUrl(GeminiProvider::kDefaultBaseUrl);
    preset.keyEnvVar = QStringLiteral("GEMINI_API_KEY");
    preset.needsKey = true;
    preset.defaultModel = QStringLiteral("gemini-2.5-flash");
    return preset;
}

void registerGemini(ProviderFactory &factory)
{
    factory.registerType({GeminiProvider::kType, QStringLiteral("Google Gemini"), true,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new GeminiProvider(config, parent);
                          }});
    factory.registerPreset(geminiPreset());
}
