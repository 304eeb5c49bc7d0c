// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList ConversationExporter::formats()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")};
}

QString ConversationExporter::render(const QString &format, const Conversation &conversation,
                                     const QList<Message> &path, const QList<Message> &tree)
{
    if (format == QLatin1String("json"))
        return json(conversation, tree.isEmpty() ? path : tree, path.isEmpty() ? 0 : path.constLast().id,
                    !tree.isEmpty());
    if (format == QLatin1String("md"))
        return markdown(conversation, path);
    if (format == QLatin1String("html"))
        return html(conversation, path);
    return text(conversation, path);
}

QString ConversationExporter::speaker(const Message &message)
{
    switch (message.role) {
    case MessageRole::System: return tr("System");
    case MessageRole::User: return tr("User");
    case MessageRole::Assistant:
        return message.model.isEmpty() ? tr("Assistant")
                                       : tr("Assistant (%1.%2)").arg(message.providerId, message.model);
    }
    return QString();
}

QString ConversationExporter::text(const Conversation &conversation, const QList<Message> &path)
{
    QString result = conversation.title + QStringLiteral("\n\n");
    for (const Message &message : path)
        result += QStringLiteral("%1:\n%2\n\n").arg(speaker(message), message.content.trimmed());
    return result;
}

QString ConversationExporter::markdown(const Conversation &conversation, const QList<Message> &path)
{
    QString result = QStringLiteral("# %1\n\n").arg(conversation.title);
    for (const Message &message : path)
        result += QStringLiteral("**%1**\n\n%2\n\n").arg(speaker(message), message.content.trimmed());
    return result;
}

QString ConversationExporter::html(const Conversation &conversation, const QList<Message> &path)
{
    QString result =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body>\n<h1>%1</h1>\n")
            .arg(conversation.title.toHtmlEscaped());
    for (const Message &message : path) {
        result +=
            QStringLiteral("<section class=\"%1\"><h2>%2</h2><pre style=\"white-space: pre-wrap\">%3</pre>"
                           "</section>\n")
                .arg(Message::roleName(message.role), speaker(message).toHtmlEscaped(),
                     message.content.trimmed().toHtmlEscaped());
    }
    return result + QStringLiteral("</body></html>\n");
}

QString ConversationExporter::json(const Conversation &conversation, const QList<Message> &messages,
                                   qint64 activeLeaf, bool withParents)
{
    QJsonArray array;
    for (const Message &message : messages) {
        QJsonObject object{{QStringLiteral("id"), message.id},
                           {QStringLiteral("role"), Message::roleName(message.role)},
                           {QStringLiteral("content"), message.content},
                           {QStringLiteral("state"), Message::stateName(message.state)},
                           {QStringLiteral("created_at"), message.createdAt.toString(Qt::ISODateWithMs)}};
        if (withParents)
            object.insert(QStringLiteral("parent"),
                          message.parentId ? QJsonValue(message.parentId) : QJsonValue());
        if (!message.inContext)
            object.insert(QStringLiteral("in_context"), false);
        if (message.pinned)
            object.insert(QStringLiteral("pinned"), true);
        if (!message.label.isEmpty())
            object.insert(QStringLiteral("label"), message.label);
        if (message.role == MessageRole::Assistant) {
            object.insert(QStringLiteral("provider"), message.providerId);
            object.insert(QStringLiteral("model"), message.model);
            const MessageUsage &u = message.usage;
            const auto put = [&object](const char *key, const auto &value) {
                if (value)
                    object.insert(QLatin1String(key), QJsonValue(double(*value)));
            };
            put("prompt_tokens", u.promptTokens);
            put("completion_tokens", u.completionTokens);
            put("cached_tokens", u.cachedTokens);
            put("reasoning_tokens", u.reasoningTokens);
            put("cost", u.cost);
            put("first_token_ms", u.firstTokenMs);
            put("duration_ms", u.durationMs);
            if (!u.currency.isEmpty())
                object.insert(QStringLiteral("currency"), u.currency);
        }
        array.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("multimodel-chat-conversation")},
                     {QStringLiteral("version"), withParents ? 2 : 1},
                     {QStringLiteral("id"), conversation.id},
                     {QStringLiteral("title"), conversation.title},
                     {QStringLiteral("provider"), conversation.providerId},
                     {QStringLiteral("model"), conversation.model},
                     {QStringLiteral("system_prompt"), conversation.systemPrompt},
                     {QStringLiteral("created_at"), conversation.createdAt.toString(Qt::ISODate)},
                     {QStringLiteral("messages"), array}};
    if (activeLeaf)
        root.insert(QStringLiteral("active_leaf"), activeLeaf);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}
