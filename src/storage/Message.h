// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

enum class MessageRole { System, User, Assistant };
enum class MessageState { Complete, Streaming, Interrupted, Error };

// What a provider reported about one answer. Absent values are unknown, not zero.
struct MessageUsage
{
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> cachedTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<double> cost;
    QString currency;                   // ISO 4217 code, e.g. "USD", "RUB"
    std::optional<qint64> firstTokenMs; // latency to the first token
    std::optional<qint64> durationMs;
    // The token counts are our estimate: the provider reported none (schema version 3).
    bool estimated = false;

    bool operator==(const MessageUsage &other) const = default;
};

// One node of a conversation tree. Siblings (same parent) are alternative versions: an edited
// prompt or a regenerated answer.
struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0; // 0 for a root
    MessageRole role = MessageRole::User;
    QString content;
    QString providerId;
    QString model;
    MessageState state = MessageState::Complete;
    QString errorKind;
    QString errorText;
    bool inContext = true; // sent to the model as part of the history
    bool pinned = false;
    QString label;    // optional branch name (schema version 2)
    QString thinking; // the model's reasoning, kept apart from the answer (schema version 3)
    // Why a complete answer ended when not a plain stop ("length", "content_filter" …), and the
    // provider's own word for it ("SAFETY", "blacklist"); both empty otherwise (version 3).
    QString finishReason;
    QString finishDetail;
    MessageUsage usage;
    QDateTime createdAt;

    static QString roleName(MessageRole role);
    static MessageRole roleFromName(const QString &name, bool *ok = nullptr);
    static QString stateName(MessageState state);
    static MessageState stateFromName(const QString &name, bool *ok = nullptr);

    // Every path from a root to a leaf (a message nobody's parent), root first, in the order
    // the leaves appear in `messages`. A parent chain that loops (a damaged file) ends at the
    // first message it meets again.
    static QList<QList<Message>> leafPaths(const QList<Message> &messages);
};

// Where a message sits among its siblings: "2 of 3", with the neighbours to switch to.
struct SiblingPosition
{
    int index = 0; // 1-based; 0 when the message does not exist
    int count = 0;
    qint64 previousId = 0;
    qint64 nextId = 0;
};

Q_DECLARE_METATYPE(Message)
