// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/FinishReason.h"
#include "llm/ProviderError.h"
#include "llm/TokenUsage.h"

#include <QObject>
#include <QString>

// Handle for one streamed answer. The provider drives it through the "provider side" calls;
// a service connects to the signals. Exactly one of finished / failed / cancelled ends it, and
// the text received so far is kept in every case. The caller of ChatProvider::chat() deletes it;
// deleting a running stream aborts the exchange without any further signal.
class ChatStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Finished, Failed, Cancelled };

    explicit ChatStream(QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString text() const { return m_text; }
    // The model's reasoning (Claude's thinking, Gemini's thoughts …), never part of text().
    QString thinking() const { return m_thinking; }
    TokenUsage usage() const { return m_usage; }
    FinishReason finishReason() const { return m_finishReason; }
    // The provider's own reason when it is not a plain stop ("SAFETY", "blacklist" …); may be empty.
    QString finishDetail() const { return m_finishDetail; }
    ProviderError error() const { return m_error; }
    bool hasText() const { return !m_text.isEmpty(); }

    // Aborts the HTTP exchange at once and ends the stream with cancelled(). No-op once ended.
    void cancel();

    // Provider side.
    void appendText(const QString &delta);
    void replaceText(const QString &wholeText); // cumulative providers (YandexGPT)
    void appendThinking(const QString &delta);
    void setUsage(const TokenUsage &usage);
    void reportRetry(int waitMs, int attempt, const ProviderError &reason);
    void finish(FinishReason reason, const QString &detail = QString());
    void fail(const ProviderError &error);

Q_SIGNALS:
    void textDelta(const QString &delta);
    void textReplaced(const QString &wholeText);
    void thinkingDelta(const QString &delta);
    void usageReported(const TokenUsage &usage);
    // Before the first token a transient error is retried after waitMs; for a countdown in the UI.
    void retryScheduled(int waitMs, int attempt, const ProviderError &reason);
    void finished(FinishReason reason);
    void failed(const ProviderError &error);
    void cancelled();
    // Internal: asks the provider to abort the exchange. Emitted once, before cancelled().
    void cancelRequested();
    // Emitted after any of finished / failed / cancelled.
    void ended();

private:
    void end(State state);

    State m_state = State::Running;
    QString m_text;
    QString m_thinking;
    TokenUsage m_usage;
    FinishReason m_finishReason = FinishReason::Unknown;
    QString m_finishDetail;
    ProviderError m_error;
};

Q_DECLARE_METATYPE(ChatStream::State)
