// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <QString>

// Why an answer ended, normalised across providers.
enum class FinishReason { Stop, Length, ContentFilter, ToolCalls, Unknown };

namespace FinishReasons {

inline QString name(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop: return QStringLiteral("stop");
    case FinishReason::Length: return QStringLiteral("length");
    case FinishReason::ContentFilter: return QStringLiteral("content_filter");
    case FinishReason::ToolCalls: return QStringLiteral("tool_calls");
    case FinishReason::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// Maps the spellings providers use (OpenAI, Mistral, Ollama, GigaChat, Anthropic, Gemini).
inline FinishReason fromProviderString(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("stop") || v == QLatin1String("end_turn") || v == QLatin1String("stop_sequence") ||
        v == QLatin1String("eos"))
        return FinishReason::Stop;
    if (v == QLatin1String("length") || v == QLatin1String("max_tokens") ||
        v == QLatin1String("model_length") || v == QLatin1String("model_context_window_exceeded"))
        return FinishReason::Length;
    if (v == QLatin1String("content_filter") || v == QLatin1String("safety") ||
        v == QLatin1String("blacklist") || v == QLatin1String("refusal") ||
        v == QLatin1String("recitation") || v == QLatin1String("prohibited_content"))
        return FinishReason::ContentFilter;
    if (v == QLatin1String("tool_calls") || v == QLatin1String("tool_use") ||
        v == QLatin1String("function_call"))
        return FinishReason::ToolCalls;
    return FinishReason::Unknown;
}

} // namespace FinishReasons

Q_DECLARE_METATYPE(FinishReason)
