// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextBuilder.h"

#include "AttachmentLoader.h"
#include "TokenEstimate.h"

ChatRequest ContextBuilder::build(const Conversation &conversation, const QList<Message> &path,
                                  const QHash<qint64, QList<Attachment>> &attachments)
{
    return plan(conversation, path, attachments, 0).request;
}

ContextPlan ContextBuilder::plan(const Conversation &conversation, const QList<Message> &path,
                                 const QHash<qint64, QList<Attachment>> &attachments, int contextLength,
                                 const QList<Attachment> &projectFiles)
{
    ContextPlan plan;
    plan.contextLength = contextLength;
    QList<bool> pinned; // parallel to request.messages
    ChatRequest request;
    request.model = conversation.model;
    request.systemPrompt = conversation.systemPrompt;
    if (!projectFiles.isEmpty()) {
        QStringList blocks;
        for (const Attachment &file : projectFiles)
            blocks << AttachmentLoader::asContext(file);
        const QString files = QStringLiteral("Project files:\n\n") + blocks.join(QStringLiteral("\n\n"));
        request.systemPrompt =
            request.systemPrompt.isEmpty() ? files : request.systemPrompt + QStringLiteral("\n\n") + files;
    }
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
        pinned << message.pinned;
    }

    const auto cost = [](const QString &text) {
        return TokenEstimate::ofText(text) + TokenEstimate::kPerMessageOverhead;
    };
    int total = request.systemPrompt.isEmpty() ? 0 : cost(request.systemPrompt);
    QList<int> costs;
    for (const ChatMessage &message : std::as_const(request.messages)) {
        costs << cost(message.text);
        total += costs.constLast();
    }
    if (contextLength > 0) {
        plan.reservedForAnswer = request.maxTokens ? *request.maxTokens : kDefaultAnswerReserve;
        const int budget = contextLength - plan.reservedForAnswer;
        // Oldest first; the last message is the prompt being answered and always stays.
        for (int i = 0; total > budget && i + 1 < int(request.messages.size());) {
            if (pinned.at(i)) {
                ++i;
                continue;
            }
            total -= costs.at(i);
            request.messages.removeAt(i);
            pinned.removeAt(i);
            costs.removeAt(i);
            ++plan.trimmedMessages;
        }
    }
    plan.estimatedTokens = total;
    plan.request = request;
    return plan;
}
