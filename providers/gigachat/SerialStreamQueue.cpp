// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gigachat/SerialStreamQueue.h"

#include <QTimer>

SerialStreamQueue::SerialStreamQueue(Starter starter, ErrorFilter filter, QObject *parent)
    : QObject(parent)
    , m_starter(std::move(starter))
    , m_filter(std::move(filter))
{}

ChatStream *SerialStreamQueue::enqueue(const ChatRequest &request, QObject *streamParent)
{
    auto *outer = new ChatStream(streamParent);
    m_waiting.append({QPointer<ChatStream>(outer), request});
    // Stopped while still waiting: just leave the queue (the stream ends itself as cancelled).
    connect(outer, &ChatStream::cancelRequested, this, [this, outer] {
        for (int i = 0; i < m_waiting.size(); ++i) {
            if (m_waiting.at(i).outer == outer) {
                m_waiting.removeAt(i);
                return;
            }
        }
    });
    // Always from the event loop, so the caller connects before anything happens.
    scheduleNext();
    return outer;
}

int SerialStreamQueue::activeCount() const
{
    int count = 0;
    for (const QPointer<ChatStream> &inner : m_active) {
        if (inner && inner->isRunning())
            ++count;
    }
    return count;
}

void SerialStreamQueue::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startNext();
    });
}

void SerialStreamQueue::startNext()
{
    for (int i = int(m_active.size()) - 1; i >= 0; --i) {
        if (!m_active.at(i) || !m_active.at(i)->isRunning())
            m_active.removeAt(i);
    }
    while (int(m_active.size()) < m_maxActive && !m_waiting.isEmpty()) {
        const Pending next = m_waiting.takeFirst();
        if (next.outer && next.outer->isRunning())
            start(next.outer, next.request);
    }
}

void SerialStreamQueue::start(ChatStream *outer, const ChatRequest &request)
{
    ChatStream *inner = m_starter(request);
    // Deleting the caller's stream deletes the exchange with it (which aborts the request).
    inner->setParent(outer);
    m_active.append(QPointer<ChatStream>(inner));
    connect(inner, &ChatStream::textDelta, outer, &ChatStream::appendText);
    connect(inner, &ChatStream::textReplaced, outer, &ChatStream::replaceText);
    connect(inner, &ChatStream::thinkingDelta, outer, &ChatStream::appendThinking);
    connect(inner, &ChatStream::usageReported, outer, &ChatStream::setUsage);
    // The caller may reparent its stream and outlive the provider (and this queue): the relays
    // keep their own copy of the filter.
    const ErrorFilter filter = m_filter;
    connect(inner, &ChatStream::retryScheduled, outer,
            [filter, outer](int waitMs, int attempt, const ProviderError &reason) {
                outer->reportRetry(waitMs, attempt, filter ? filter(reason) : reason);
            });
    QPointer<SerialStreamQueue> self(this);
    connect(inner, &ChatStream::ended, outer, [self, filter, inner, outer] {
        relayEnd(inner, outer, filter);
        if (self)
            self->scheduleNext();
    });
    connect(inner, &QObject::destroyed, this, &SerialStreamQueue::scheduleNext);
    connect(outer, &ChatStream::cancelRequested, inner, &ChatStream::cancel);
    if (!inner->isRunning()) {
        relayEnd(inner, outer, filter);
        scheduleNext();
    }
}

void SerialStreamQueue::relayEnd(ChatStream *inner, ChatStream *outer, const ErrorFilter &filter)
{
    switch (inner->state()) {
    case ChatStream::State::Finished: outer->finish(inner->finishReason(), inner->finishDetail()); break;
    case ChatStream::State::Failed: outer->fail(filter ? filter(inner->error()) : inner->error()); break;
    case ChatStream::State::Cancelled: break; // only the outer stream cancels it, and ends itself
    case ChatStream::State::Running: break;
    }
}
