// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderPreset.h"

class ProviderFactory;

// Registers the "gemini" type and its preset (GEMINI_API_KEY, gemini-2.5-flash).
void registerGemini(ProviderFactory &factory);
ProviderPreset geminiPreset();
