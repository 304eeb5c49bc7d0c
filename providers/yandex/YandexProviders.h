// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderPreset.h"

#include <QString>

class ProviderFactory;

// Registers the "yandexgpt" type, its preset and the preset for Yandex's OpenAI-compatible
// endpoint (type "openai"; the latter needs the "openai" type registered too to be usable).
void registerYandexGpt(ProviderFactory &factory);

ProviderPreset yandexGptPreset();
// https://llm.api.cloud.yandex.net/v1 with model = full gpt:// URI. With a folder id the
// OpenAI-Project header and the default model URI are filled in.
ProviderPreset yandexOpenAiPreset(const QString &folderId = QString());
