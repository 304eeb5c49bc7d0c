// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ChatStream;

// The model's reasoning ("thinking") as Anthropic and Gemini stream it, kept apart from the
// answer. ChatStream has no channel for it yet, so it rides on the stream as the dynamic
// property "thinkingText" (the whole text so far) for the UI to show collapsed.
namespace ThinkingText {

inline constexpr const char *kProperty = "thinkingText";

void append(ChatStream *stream, const QString &delta);
QString of(const ChatStream *stream);

} // namespace ThinkingText
