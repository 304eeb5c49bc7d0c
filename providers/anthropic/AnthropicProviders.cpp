// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/anthropic/AnthropicProviders.h"

#include "llm/ProviderFactory.h"
#include "providers/anthropic/AnthropicProvider.h"

ProviderPreset anthropicPreset()
{
    ProviderPreset preset;
    preset.id = QStringLiteral("anthropic");
    preset.type = AnthropicProvider::kType;
    preset.displayName = QStringLiteral("Anthropic (Claude)");
    preset.baseUrl = QUrl(AnthropicProvider::kDefaultBaseUrl);
    preset.keyEnvVar = QStringLiteral("ANTHROPIC_API_KEY");
    preset.needsKey = true;
    preset.options = QJsonObject{{QStringLiteral("defaultMaxTokens"), AnthropicProvider::kDefaultMaxTokens}};
    preset.defaultModel = QStringLiteral("claude-sonnet-4-5");
    return preset;
}

void registerAnthropic(ProviderFactory &factory)
{
    factory.registerType({AnthropicProvider::kType, QStringLiteral("Anthropic"), true,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new AnthropicProvider(config, parent);
                          }});
    factory.registerPreset(anthropicPreset());
}
