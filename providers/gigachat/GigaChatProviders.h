// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderPreset.h"

class ProviderFactory;

// Registers the "gigachat" type and its preset (personal scope, GigaChat-2).
void registerGigaChat(ProviderFactory &factory);
ProviderPreset gigaChatPreset();
