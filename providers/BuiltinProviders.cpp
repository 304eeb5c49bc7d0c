// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/BuiltinProviders.h"

#include "llm/ProviderFactory.h"
#include "providers/OllamaProvider.h"
#include "providers/OpenAiCompatibleProvider.h"
#include "providers/anthropic/AnthropicProviders.h"
#include "providers/gemini/GeminiProviders.h"
#include "providers/gigachat/GigaChatProviders.h"
#include "providers/yandex/YandexProviders.h"

#include <QCoreApplication>

namespace {

ProviderPreset openAiPreset(const char *id, const char *name, const char *url, const char *keyVar,
                            const char *defaultModel, QJsonObject options = {})
{
    ProviderPreset preset;
    preset.id = QLatin1String(id);
    preset.type = OpenAiCompatibleProvider::kType;
    preset.displayName = QLatin1String(name);
    preset.baseUrl = QUrl(QLatin1String(url));
    preset.keyEnvVar = QLatin1String(keyVar);
    preset.needsKey = !preset.keyEnvVar.isEmpty();
    preset.defaultModel = QLatin1String(defaultModel);
    preset.options = std::move(options);
    return preset;
}

} // namespace

QList<ProviderPreset> BuiltinProviders::presets()
{
    QList<ProviderPreset> list;
    list.append(openAiPreset("groq", "Groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY",
                             "llama-3.3-70b-versatile"));
    list.append(openAiPreset("openai", "OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini",
                             {{QStringLiteral("maxTokensField"), QStringLiteral("max_completion_tokens")}}));
    list.append(openAiPreset(
        "openrouter", "OpenRouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "openrouter/auto",
        {{QStringLiteral("extraHeaders"),
          QJsonObject{{QStringLiteral("X-Title"), QStringLiteral("Multimodel Chat")}}}}));
    // Mistral sends usage on the final chunk by itself and rejects unknown request fields.
    list.append(openAiPreset("mistral", "Mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY",
                             "mistral-small-latest", {{QStringLiteral("includeUsage"), false}}));
    list.append(openAiPreset("deepseek", "DeepSeek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY",
                             "deepseek-chat"));
    ProviderPreset lmStudio = openAiPreset("lmstudio", "LM Studio", "http://127.0.0.1:1234/v1", "", "");
    lmStudio.editableBaseUrl = true;
    list.append(lmStudio);
    ProviderPreset vllm = openAiPreset("vllm", "vLLM", "http://127.0.0.1:8000/v1", "", "");
    vllm.editableBaseUrl = true;
    list.append(vllm);
    ProviderPreset custom =
        openAiPreset("custom-openai", "Custom OpenAI-compatible", "http://127.0.0.1:8080/v1", "", "");
    custom.displayName = QCoreApplication::translate("BuiltinProviders", "Custom OpenAI-compatible");
    custom.editableBaseUrl = true;
    list.append(custom);

    ProviderPreset ollama;
    ollama.id = QStringLiteral("ollama");
    ollama.type = OllamaProvider::kType;
    ollama.displayName = QStringLiteral("Ollama");
    ollama.baseUrl = QUrl(OllamaProvider::kDefaultBaseUrl);
    ollama.needsKey = false;
    ollama.editableBaseUrl = true;
    list.append(ollama);
    return list;
}

void BuiltinProviders::registerAll(ProviderFactory &factory)
{
    factory.registerType({OpenAiCompatibleProvider::kType,
                          QCoreApplication::translate("BuiltinProviders", "OpenAI-compatible"), true,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new OpenAiCompatibleProvider(config, parent);
                          }});
    factory.registerType({OllamaProvider::kType, QStringLiteral("Ollama"), false,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new OllamaProvider(config, parent);
                          }});
    const QList<ProviderPreset> list = presets();
    for (const ProviderPreset &preset : list)
        factory.registerPreset(preset);
    registerYandexGpt(factory);
    registerGigaChat(factory);
    registerAnthropic(factory);
    registerGemini(factory);
    factory.setDefaultPreset(QStringLiteral("groq"));
}
