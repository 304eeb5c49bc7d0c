// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"
#include "services/ContextBuilder.h"
#include "storage/Attachment.h"
#include "storage/Conversation.h"
#include "storage/Message.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class ChatStream;
class Database;
class ProviderManager;
class StreamCheckpointer;

// One conversation turn from start to end, for both programs: stores the prompt, builds the
// context from the active path, starts the provider's stream, checkpoints the answer into the
// history as it arrives, and finalises it with usage, latency and duration. Stop, a failure or a
// cut connection keep the text received so far (marked interrupted).
class ChatService : public QObject
{
    Q_OBJECT
public:
    ChatService(Database &db, ProviderManager &providers, QObject *parent = nullptr);
    ~ChatService() override;

    // A new conversation with the given provider and model (title empty until the first prompt).
    qint64 createConversation(const QString &providerId, const QString &model, qint64 projectId = 0);

    // Adds `text` as a user message under the conversation's active leaf and starts the answer.
    // Returns the user message id, 0 on failure (errorOccurred says why; nothing is lost).
    // Attached files are stored with the prompt and sent after it as fenced blocks.
    qint64 send(qint64 conversationId, const QString &text, const QList<Attachment> &attachments = {});
    // Files as a message of their own under the active leaf (no answer is asked for): they stay
    // in the context of every later prompt of the branch, and can be left out or pinned like
    // any message. Returns the message id, 0 on failure (errorOccurred says why).
    qint64 addContextFiles(qint64 conversationId, const QList<Attachment> &files);
    // A new answer to the same prompt, as a sibling of `assistantMessageId`.
    bool regenerate(qint64 assistantMessageId);
    // A new version of a user message (a sibling), answered at once; the old branch stays.
    qint64 editAndResend(qint64 userMessageId, const QString &text);
    // Answers `userMessageId` (used by Retry after a failure).
    bool answer(qint64 userMessageId);

    void stop();
    bool isStreaming() const { return !m_stream.isNull(); }
    // What the next prompt of the conversation would be sent with (its active path, then the
    // prompt being typed with its files), fitted into the model's context; for the preview.
    ContextPlan previewContext(qint64 conversationId, const QString &prompt = QString(),
                               const QList<Attachment> &files = {}) const;
    // Asks the conversation's model for a short title (a separate, unsaved request) and renames
    // the conversation with it; titleSuggested() or errorOccurred() follows.
    bool suggestTitle(qint64 conversationId);
    qint64 streamingMessageId() const;

Q_SIGNALS:
    void messageAdded(const Message &message);
    void replyStarted(qint64 conversationId, qint64 messageId);
    void replyDelta(qint64 messageId, const QString &delta);
    void replyReplaced(qint64 messageId, const QString &wholeText);
    // The model's reasoning (Anthropic, Gemini, DeepSeek …), apart from the answer.
    void replyThinking(qint64 messageId, const QString &delta);
    void replyRetrying(qint64 messageId, int waitMs, int attempt, const ProviderError &reason);
    // The answer ended (complete, stopped or failed); `message` is as stored.
    void replyEnded(const Message &message, const ProviderError &error);
    // Something the user must read (e.g. no key for the provider); nothing was sent.
    void errorOccurred(qint64 conversationId, const QString &message);
    // Older messages were left out of a request so that it fits the model's context.
    void contextTrimmed(qint64 conversationId, int messages, int contextLength);
    void titleSuggested(qint64 conversationId, const QString &title);

private:
    // Stores a user message with its files under the active leaf and makes it the leaf.
    qint64 storePrompt(const Conversation &conversation, const QString &text,
                       const QList<Attachment> &attachments);
    bool startReply(const Conversation &conversation, qint64 userMessageId);
    // unsentFiles belong to a prompt in path that is not stored yet (id 0).
    ContextPlan contextFor(const Conversation &conversation, const QList<Message> &path,
                           const QList<Attachment> &unsentFiles = {}) const;
    void endReply(MessageState state, const ProviderError &error);
    // The conversation's settings with the gaps filled from its project and config.json.
    Conversation effectiveSettings(const Conversation &conversation) const;
    void titleFromPrompt(const Conversation &conversation, const QString &text);

    Database &m_db;
    ProviderManager &m_providers;
    std::unique_ptr<StreamCheckpointer> m_checkpointer;
    QPointer<ChatStream> m_stream;
    qint64 m_conversationId = 0;
    QString m_replyProviderId; // of the answer streaming now, for its price
    QString m_replyModel;
    int m_promptEstimate = 0; // of the context sent, for an answer whose usage is not reported
    QElapsedTimer m_elapsed;
    qint64 m_firstTokenMs = -1;
};
