// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Message.h"

#include <QHash>
#include <QSet>

QString Message::roleName(MessageRole role)
{
    switch (role) {
    case MessageRole::System: return QStringLiteral("system");
    case MessageRole::User: return QStringLiteral("user");
    case MessageRole::Assistant: return QStringLiteral("assistant");
    }
    return QString();
}

MessageRole Message::roleFromName(const QString &name, bool *ok)
{
    if (ok) {
        *ok = true;
    }
    if (name == QLatin1String("system")) {
        return MessageRole::System;
    }
    if (name == QLatin1String("assistant")) {
        return MessageRole::Assistant;
    }
    if (ok && name != QLatin1String("user")) {
        *ok = false;
    }
    return MessageRole::User;
}

QString Message::stateName(MessageState state)
{
    switch (state) {
    case MessageState::Complete: return QStringLiteral("complete");
    case MessageState::Streaming: return QStringLiteral("streaming");
    case MessageState::Interrupted: return QStringLiteral("interrupted");
    case MessageState::Error: return QStringLiteral("error");
    }
    return QString();
}

MessageState Message::stateFromName(const QString &name, bool *ok)
{
    if (ok) {
        *ok = true;
    }
    if (name == QLatin1String("streaming")) {
        return MessageState::Streaming;
    }
    if (name == QLatin1String("interrupted")) {
        return MessageState::Interrupted;
    }
    if (name == QLatin1String("error")) {
        return MessageState::Error;
    }
    if (ok && name != QLatin1String("complete")) {
        *ok = false;
    }
    return MessageState::Complete;
}

QList<QList<Message>> Message::leafPaths(const QList<Message> &messages)
{
    QHash<qint64, const Message *> byId;
    QSet<qint64> parents;
    for (const Message &message : messages) {
        byId.insert(message.id, &message);
        if (message.parentId)
            parents.insert(message.parentId);
    }
    QList<QList<Message>> paths;
    for (const Message &leaf : messages) {
        if (parents.contains(leaf.id))
            continue;
        QList<Message> path;
        QSet<qint64> seen;
        for (const Message *node = &leaf; node && !seen.contains(node->id);
             node = byId.value(node->parentId)) {
            seen.insert(node->id);
            path.prepend(*node);
        }
        paths << path;
    }
    return paths;
}
