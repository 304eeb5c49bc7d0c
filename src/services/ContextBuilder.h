// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatRequest.h"
#include "storage/Attachment.h"
#include "storage/Conversation.h"
#include "storage/Message.h"

#include <QHash>
#include <QList>

// Builds what is sent to the model from the path root → the message being answered:
// the conversation's system prompt and generation settings, then every message that is in
// the context (excluded, failed and empty ones are left out), each followed by its attached
// files as fenced blocks with their names.
// What is sent for one answer, and how it was fitted into the model's context.
struct ContextPlan
{
    ChatRequest request;
    int estimatedTokens = 0; // of the messages and system prompt sent (TokenEstimate)
    int trimmedMessages = 0; // older, unpinned messages left out to fit
    int contextLength = 0;   // of the model; 0: unknown, nothing trimmed
    int reservedForAnswer = 0;
};

namespace ContextBuilder {

// Answers are given this much room when the conversation leaves max tokens to the provider.
constexpr int kDefaultAnswerReserve = 1024;

ChatRequest build(const Conversation &conversation, const QList<Message> &path,
                  const QHash<qint64, QList<Attachment>> &attachments = {});
// As build(), then, when the estimate exceeds contextLength minus the room for the answer,
// leaves out the oldest messages that are not pinned (never the last one, the prompt).
// projectFiles (the files of the conversation's project) follow the system prompt as fenced
// blocks, so they are part of every request and never trimmed.
ContextPlan plan(const Conversation &conversation, const QList<Message> &path,
                 const QHash<qint64, QList<Attachment>> &attachments, int contextLength,
                 const QList<Attachment> &projectFiles = {});

} // namespace ContextBuilder
