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
namespace ContextBuilder {

ChatRequest build(const Conversation &conversation, const QList<Message> &path,
                  const QHash<qint64, QList<Attachment>> &attachments = {});

} // namespace ContextBuilder
