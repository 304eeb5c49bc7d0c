// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationImporter.h"

#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<qint64> optionalInt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

Message messageFrom(const QJsonObject &object)
{
    Message message;
    message.role = Message::roleFromName(object.value(QLatin1String("role")).toString());
    message.content = object.value(QLatin1String("content")).toString();
    message.state =
        Message::stateFromName(object.value(QLatin1String("state")).toString(QStringLiteral("complete")));
    message.providerId = object.value(QLatin1String("provider")).toString();
    message.model = object.value(QLatin1String("model")).toString();
    message.inContext = object.value(QLatin1String("in_context")).toBool(true);
    message.pinned = object.value(QLatin1String("pinned")).toBool(false);
    message.label = object.value(QLatin1String("label")).toString();
    message.usage.promptTokens = optionalInt(object, "prompt_tokens");
    message.usage.completionTokens = optionalInt(object, "completion_tokens");
    message.usage.cachedTokens = optionalInt(object, "cached_tokens");
    message.usage.reasoningTokens = optionalInt(object, "reasoning_tokens");
    message.usage.firstTokenMs = optionalInt(object, "first_token_ms");
    message.usage.durationMs = optionalInt(object, "duration_ms");
    if (object.value(QLatin1String("cost")).isDouble())
        message.usage.cost = object.value(QLatin1String("cost")).toDouble();
    message.usage.currency = object.value(QLatin1String("currency")).toString();
    message.usage.estimated = object.value(QLatin1String("usage_estimated")).toBool(false);
    message.thinking = object.value(QLatin1String("thinking")).toString();
    message.finishReason = object.value(QLatin1String("finish_reason")).toString();
    message.finishDetail = object.value(QLatin1String("finish_detail")).toString();
    message.createdAt =
        QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    return message;
}

} // namespace

ConversationImporter::Result ConversationImporter::import(Database &db, const QByteArray &json,
                                                          const Defaults &defaults)
{
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    const QJsonArray messages = root.value(QLatin1String("messages")).toArray();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || messages.isEmpty()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("This is not JSON (%1 at offset %2).")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                           : tr("This is not a conversation exported by Multimodel Chat as JSON.");
        return result;
    }
    Conversation conversation;
    conversation.title = root.value(QLatin1String("title")).toString();
    conversation.providerId = root.value(QLatin1String("provider")).toString(defaults.provider);
    conversation.model = root.value(QLatin1String("model")).toString(defaults.model);
    conversation.systemPrompt = root.value(QLatin1String("system_prompt")).toString();
    conversation.projectId = defaults.projectId;
    result.title = conversation.title;

    ConversationRepository conversations(db);
    MessageRepository repository(db);
    const qint64 id = conversations.create(conversation);
    if (!id) {
        result.error = conversations.lastError().userMessage();
        return result;
    }
    // Files with parents rebuild the tree; older ones are one thread in file order.
    const bool tree = messages.at(0).toObject().contains(QLatin1String("parent"));
    QHash<qint64, qint64> newIds; // id in the file → id stored
    qint64 previous = 0;
    for (const QJsonValue &value : messages) {
        const QJsonObject object = value.toObject();
        Message message = messageFrom(object);
        message.conversationId = id;
        qint64 parent = previous;
        if (tree) {
            const QJsonValue fileParent = object.value(QLatin1String("parent"));
            parent = fileParent.isDouble() ? newIds.value(qint64(fileParent.toDouble()), -1) : 0;
        }
        const qint64 stored =
            parent < 0 ? 0 : (parent ? repository.addChild(parent, message) : repository.add(message));
        if (!stored) {
            result.error = parent < 0 ? tr("Message %1 names a parent that is not in the file.")
                                            .arg(object.value(QLatin1String("id")).toVariant().toString())
                                      : repository.lastError().userMessage();
            conversations.remove(id);
            return result;
        }
        newIds.insert(qint64(object.value(QLatin1String("id")).toDouble()), stored);
        previous = stored;
        ++result.messages;
    }
    const qint64 leaf = newIds.value(qint64(root.value(QLatin1String("active_leaf")).toDouble()), previous);
    if (!conversations.setActiveLeaf(id, leaf)) {
        result.error = conversations.lastError().userMessage();
        conversations.remove(id);
        return result;
    }
    result.conversationId = id;
    return result;
}
