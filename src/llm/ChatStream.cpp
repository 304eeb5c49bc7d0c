// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ChatStream.h"

#include <QCoreApplication>

ChatStream::ChatStream(QObject *parent)
    : QObject(parent)
{}

void ChatStream::cancel()
{
    if (!isRunning())
        return;
    Q_EMIT cancelRequested();
    if (!isRunning())
        return;
    m_error = ProviderError(ProviderError::Kind::Cancelled, QString());
    end(State::Cancelled);
    Q_EMIT cancelled();
    Q_EMIT ended();
}

void ChatStream::appendText(const QString &delta)
{
    if (!isRunning() || delta.isEmpty())
        return;
    m_text += delta;
    Q_EMIT textDelta(delta);
}

void ChatStream::appendThinking(const QString &delta)
{
    if (!isRunning() || delta.isEmpty())
        return;
    m_thinking += delta;
    Q_EMIT thinkingDelta(delta);
}

void ChatStream::replaceText(const QString &wholeText)
{
    if (!isRunning() || wholeText == m_text)
        return;
    // A cumulative snapshot that extends what we have is just a delta for listeners.
    if (wholeText.startsWith(m_text)) {
        appendText(wholeText.mid(m_text.size()));
        return;
    }
    m_text = wholeText;
    Q_EMIT textReplaced(wholeText);
}

void ChatStream::setUsage(const TokenUsage &usage)
{
    if (!isRunning() || !usage.isValid())
        return;
    m_usage = usage;
    Q_EMIT usageReported(usage);
}

void ChatStream::reportRetry(int waitMs, int attempt, const ProviderError &reason)
{
    if (isRunning())
        Q_EMIT retryScheduled(waitMs, attempt, reason);
}

void ChatStream::finish(FinishReason reason, const QString &detail)
{
    if (!isRunning())
        return;
    m_finishReason = reason;
    m_finishDetail = detail;
    end(State::Finished);
    Q_EMIT finished(reason);
    Q_EMIT ended();
}

void ChatStream::fail(const ProviderError &error)
{
    if (!isRunning())
        return;
    m_error = error;
    end(State::Failed);
    Q_EMIT failed(error);
    Q_EMIT ended();
}

void ChatStream::end(State state)
{
    m_state = state;
}
