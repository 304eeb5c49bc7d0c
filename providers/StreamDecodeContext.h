// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatStream.h"
#include "llm/FinishReason.h"
#include "llm/ProviderError.h"
#include "llm/TokenUsage.h"

#include <QString>

// What a provider type's event decoder reports about one response stream. It forwards text and
// usage to the ChatStream as they come and records how the stream ended; the HTTP exchange
// decides from that whether the answer is complete, failed or cut.
class StreamDecodeContext
{
public:
    explicit StreamDecodeContext(ChatStream *stream)
        : m_stream(stream)
    {}

    void appendText(const QString &delta);
    void replaceText(const QString &wholeText);
    void setUsage(const TokenUsage &usage);
    void setFinishReason(FinishReason reason)
    {
        m_finishReason = reason;
        m_hasFinishReason = true;
    }
    // The provider's own word for the end ("blacklist", "SAFETY", "refusal" …): mapped to a
    // FinishReason, and kept to be shown to the user when it is not a plain stop.
    void setProviderFinish(const QString &value)
    {
        setFinishReason(FinishReasons::fromProviderString(value));
        m_finishDetail = value;
    }
    void setFinishDetail(const QString &value) { m_finishDetail = value; }
    // The protocol's end marker arrived ([DONE], "done": true, message_stop).
    void markDone() { m_done = true; }
    // A failure reported inside the stream (error event / error object).
    void fail(const ProviderError &error);

    bool textArrived() const { return m_textArrived; }
    bool isDone() const { return m_done; }
    bool hasFinishReason() const { return m_hasFinishReason; }
    FinishReason finishReason() const { return m_finishReason; }
    QString finishDetail() const { return m_finishDetail; }
    bool hasFailed() const { return m_error.isError(); }
    ProviderError error() const { return m_error; }
    TokenUsage usage() const { return m_usage; }
    ChatStream *stream() const { return m_stream; }
    // Per-stream scratch text for cumulative providers and the like.
    QString &scratch() { return m_scratch; }

private:
    ChatStream *m_stream;
    TokenUsage m_usage;
    ProviderError m_error;
    FinishReason m_finishReason = FinishReason::Unknown;
    QString m_scratch;
    QString m_finishDetail;
    bool m_hasFinishReason = false;
    bool m_done = false;
    bool m_textArrived = false;
};
