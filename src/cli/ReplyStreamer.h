// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"
#include "storage/Message.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class ChatService;
class SigintNotifier;
class Terminal;

// Prints one answer as it streams in and waits for its end in a local event loop. Ctrl+C
// (through SigintNotifier) stops the answer; the service keeps the partial text.
class ReplyStreamer : public QObject
{
    Q_OBJECT
public:
    ReplyStreamer(ChatService &chat, Terminal &terminal, SigintNotifier *sigint, QObject *parent = nullptr);

    // Calls start (which asks the service for an answer) and waits until the answer ended.
    // Returns the exit code: 0 complete, 1 failed or stopped, 3 rejected credentials.
    int run(const std::function<bool()> &start);

    Message answer() const { return m_answer; }
    bool wasStopped() const { return m_stopped; }

private:
    ChatService &m_chat;
    Terminal &m_terminal;
    SigintNotifier *m_sigint;
    Message m_answer;
    QString m_printed;
    QString m_serviceError;
    bool m_stopped = false;
    bool m_thinkingShown = false; // the reasoning of this answer has begun on stderr
};
