// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Figures shown under an answer once they are known; negative means unknown.
struct ChatViewUsage
{
    int promptTokens = -1;
    int completionTokens = -1;
    double cost = -1; // in `currency`
    QString currency; // "USD", "RUB" …
    qint64 firstTokenMs = -1;
    double tokensPerSecond = -1;
    bool estimated = false; // the counts are ours: the provider reported none
};

// One message as the chat view shows it. The view does not own conversations: the caller
// gives it messages and then streams into the one that is being answered.
struct ChatViewMessage
{
    enum class Role { User, Assistant, System };
    enum class State { Complete, Streaming, Interrupted, Failed };

    QString id;
    Role role = Role::Assistant;
    QString model;
    QDateTime time;
    QString text; // Markdown
    State state = State::Complete;
    QString error;              // for Failed (and optionally Interrupted)
    bool stoppedByUser = false; // Interrupted because the user pressed Stop
    // Why a complete answer ended early ("Cut off at the token limit"); empty for a plain stop.
    QString finishNote;
    // The model's reasoning, kept apart from the answer and shown only on request.
    QString thinking;
    bool thinkingShown = false;
    ChatViewUsage usage;
    // Alternatives of this message (edits of a prompt, regenerated answers): ‹ index / count ›.
    int siblingIndex = 0; // 1-based; 0 when there are none
    int siblingCount = 0;
    bool inContext = true; // false: left out of what is sent to the model
    bool pinned = false;   // kept when the context is trimmed
    // Whether the actions that change the conversation (edit, regenerate, context) are offered.
    bool editable = true;
};

using ChatViewMessageList = QList<ChatViewMessage>;
