// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatMessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a service asks a provider for. Unset optionals are left out of the request so the
// provider's own defaults apply.
struct ChatRequest
{
    QString model;
    QString systemPrompt; // sent first, in whatever form the provider wants
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<double> topP;
    QStringList stopSequences;
};
