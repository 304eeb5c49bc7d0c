// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderPreset.h"

class ProviderFactory;

// Registers the "anthropic" type and its preset (ANTHROPIC_API_KEY, claude-sonnet-4-5).
void registerAnthropic(ProviderFactory &factory);
ProviderPreset anthropicPreset();
