// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatRequest.h"
#include "llm/ChatStream.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

// Runs the chat exchanges of one provider instance at most maxActive at a time (a GigaChat
// personal account allows one concurrent stream; a second one is answered with 429). enqueue()
// hands out a stream at once; the real exchange starts when a slot is free and is relayed into it.
// Errors pass through a filter so the provider can explain them in its own terms.
class SerialStreamQueue : public QObject
{
    Q_OBJECT

public:
    using Starter = std::function<ChatStream *(const ChatRequest &request)>;
    using ErrorFilter = std::function<ProviderError(const ProviderError &error)>;

    SerialStreamQueue(Starter starter, ErrorFilter filter, QObject *parent = nullptr);

    void setMaxActive(int count) { m_maxActive = qMax(1, count); }
    int maxActive() const { return m_maxActive; }

    // The returned stream is a child of streamParent; its caller deletes it.
    ChatStream *enqueue(const ChatRequest &request, QObject *streamParent);

    int activeCount() const;
    int waitingCount() const { return int(m_waiting.size()); }

private:
    struct Pending
    {
        QPointer<ChatStream> outer;
        ChatRequest request;
    };

    void scheduleNext();
    void startNext();
    void start(ChatStream *outer, const ChatRequest &request);
    static void relayEnd(ChatStream *inner, ChatStream *outer, const ErrorFilter &filter);

    Starter m_starter;
    ErrorFilter m_filter;
    QList<Pending> m_waiting;
    QList<QPointer<ChatStream>> m_active;
    int m_maxActive = 1;
    bool m_scheduled = false;
};
