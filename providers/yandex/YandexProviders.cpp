// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/yandex/YandexProviders.h"

#include "llm/ProviderFactory.h"
#include "providers/yandex/YandexGptProvider.h"

#include <QCoreApplication>

ProviderPreset yandexGptPreset()
{
    ProviderPreset preset;
    preset.id = QStringLiteral("yandexgpt");
    preset.type = YandexGptProvider::kType;
    preset.displayName = QStringLiteral("YandexGPT");
    preset.baseUrl = QUrl(YandexGptProvider::kDefaultBaseUrl);
    preset.keyEnvVar = QStringLiteral("YANDEX_API_KEY");
    preset.needsKey = true;
    preset.options = QJsonObject{
        {QStringLiteral("authMode"), QStringLiteral("apiKey")},
        {QStringLiteral("folderId"), QString()},
        {QStringLiteral("modelBranch"), QStringLiteral("latest")},
        {QStringLiteral("allowDataLogging"), false},
    };
    preset.defaultModel = QStringLiteral("yandexgpt-lite");
    return preset;
}

ProviderPreset yandexOpenAiPreset(const QString &folderId)
{
    ProviderPreset preset;
    preset.id = QStringLiteral("yandex-openai");
    preset.type = QStringLiteral("openai");
    preset.displayName = QCoreApplication::translate("YandexProviders", "Yandex Cloud (OpenAI-compatible)");
    preset.baseUrl = QUrl(QStringLiteral("https://llm.api.cloud.yandex.net/v1"));
    preset.keyEnvVar = QStringLiteral("YANDEX_API_KEY");
    preset.needsKey = true;
    // Whether the endpoint accepts stream_options is not documented: leave it out.
    preset.options = QJsonObject{{QStringLiteral("includeUsage"), false}};
    if (!folderId.isEmpty()) {
        preset.options.insert(QStringLiteral("extraHeaders"),
                              QJsonObject{{QStringLiteral("OpenAI-Project"), folderId}});
        preset.defaultModel = QStringLiteral("gpt://%1/yandexgpt/latest").arg(folderId);
    }
    return preset;
}

void registerYandexGpt(ProviderFactory &factory)
{
    factory.registerType({YandexGptProvider::kType, QStringLiteral("YandexGPT"), true,
                          [](const ProviderInstanceConfig &config, QObject *parent) -> ChatProvider * {
                              return new YandexGptProvider(config, parent);
                          }});
    factory.registerPreset(yandexGptPreset());
    factory.registerPreset(yandexOpenAiPreset());
}
