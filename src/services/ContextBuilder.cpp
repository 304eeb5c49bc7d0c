// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextBuilder.h"

#include "AttachmentLoader.h"

ChatRequest ContextBuilder::build(const Conversation &conversation, const QList<Message> &path,
                                  const QHash<qint64, QList<Attachment>> &attachments)
{
    ChatRequest request;
    request.model = conversation.model;
    request.systemPrompt = conversation.systemPrompt;
    request.temperature = conversation.generation.temperature;
    if (conversation.generation.maxTokens)
        request.maxTokens = static_cast<int>(*conversation.generation.maxTokens);
    request.topP = conversation.generation.topP;

    for (const Message &message : path) {
        if (!message.inContext || (message.content.isEmpty() && attachments.value(message.id).isEmpty()))
            continue;
        // A failed answer carries no model text worth sending back.
        if (message.role == MessageRole::Assistant && message.state == MessageState::Error)
            continue;
        ChatMessage chat;
        switch (message.role) {
        case MessageRole::System: chat.role = ChatMessage::Role::System; break;
        case MessageRole::User: chat.role = ChatMessage::Role::User; break;
        case MessageRole::Assistant: chat.role = ChatMessage::Role::Assistant; break;
        }
        chat.text = message.content;
        for (const Attachment &attachment : attachments.value(message.id))
            chat.text += QStringLiteral("\n\n") + AttachmentLoader::asContext(attachment);
        request.messages << chat;
    }
    return request;
}
