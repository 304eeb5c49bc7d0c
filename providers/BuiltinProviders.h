// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderPreset.h"

#include <QList>

class ProviderFactory;

// The provider types and presets that ship with the program.
namespace BuiltinProviders {

// Registers the "openai" and "ollama" types and every preset; Groq is the default preset.
void registerAll(ProviderFactory &factory);

// Groq, OpenAI, OpenRouter, Mistral, DeepSeek, LM Studio, vLLM, Custom, Ollama.
QList<ProviderPreset> presets();

} // namespace BuiltinProviders
