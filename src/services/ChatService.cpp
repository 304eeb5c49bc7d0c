// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatService.h"

#include "ContextBuilder.h"
#include "ContextLengths.h"
#include "PriceTable.h"
#include "ProviderManager.h"
#include "TokenEstimate.h"

#include "llm/ChatProvider.h"
#include "llm/ChatStream.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/StreamCheckpointer.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChat, "mmchat.services.chat")

namespace {

MessageUsage usageFrom(const TokenUsage &usage)
{
    MessageUsage result;
    if (usage.inputTokens >= 0)
        result.promptTokens = usage.inputTokens;
    if (usage.outputTokens >= 0)
        result.completionTokens = usage.outputTokens;
    if (usage.cachedInputTokens >= 0)
        result.cachedTokens = usage.cachedInputTokens;
    return result;
}

// A conversation's title from its first prompt: the first line, cut at a word near 60 chars.
QString titleFor(const QString &prompt)
{
    QString line = prompt.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 60) {
        const int cut = line.lastIndexOf(QLatin1Char(' '), 60);
        line = line.left(cut > 20 ? cut : 60) + QStringLiteral("…");
    }
    return line;
}

} // namespace

ChatService::ChatService(Database &db, ProviderManager &providers, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_providers(providers)
{}

ChatService::~ChatService()
{
    // An answer still streaming when the program closes is kept, marked interrupted.
    if (m_stream)
        m_stream->cancel();
}

qint64 ChatService::createConversation(const QString &providerId, const QString &model, qint64 projectId)
{
    Conversation conversation;
    conversation.projectId = projectId;
    conversation.providerId = providerId;
    conversation.model = model;
    return ConversationRepository(m_db).create(conversation);
}

qint64 ChatService::streamingMessageId() const
{
    return m_checkpointer ? m_checkpointer->messageId() : 0;
}

qint64 ChatService::addContextFiles(qint64 conversationId, const QList<Attachment> &files)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(conversationId);
    if (!conversation || files.isEmpty())
        return 0;
    // What the model reads before the files' fenced blocks.
    return storePrompt(
        *conversation,
        QStringLiteral("Files for context: %1").arg(Attachment::namesOf(files).join(QStringLiteral(", "))),
        files);
}

qint64 ChatService::storePrompt(const Conversation &conversation, const QString &text,
                                const QList<Attachment> &attachments)
{
    MessageRepository messages(m_db);
    Message user;
    user.conversationId = conversation.id;
    user.role = MessageRole::User;
    user.content = text;
    const qint64 userId =
        conversation.activeLeafId ? messages.addChild(conversation.activeLeafId, user) : messages.add(user);
    if (!userId) {
        Q_EMIT errorOccurred(conversation.id, messages.lastError().userMessage());
        return 0;
    }
    AttachmentRepository attachmentStore(m_db);
    for (Attachment attachment : attachments) {
        attachment.messageId = userId;
        if (!attachmentStore.add(attachment)) {
            messages.deleteSubtree(userId); // all or nothing
            Q_EMIT errorOccurred(conversation.id, attachmentStore.lastError().userMessage());
            return 0;
        }
    }
    ConversationRepository(m_db).setActiveLeaf(conversation.id, userId);
    if (const auto stored = messages.message(userId))
        Q_EMIT messageAdded(*stored);
    return userId;
}

qint64 ChatService::send(qint64 conversationId, const QString &text, const QList<Attachment> &attachments)
{
    ConversationRepository conversations(m_db);
    const std::optional<Conversation> conversation = conversations.conversation(conversationId);
    if (!conversation) {
        Q_EMIT errorOccurred(conversationId, tr("The conversation no longer exists."));
        return 0;
    }
    if (isStreaming()) {
        Q_EMIT errorOccurred(conversationId, tr("Wait for the current answer to finish, or stop it first."));
        return 0;
    }
    // Check the provider first: without a usable one the prompt stays in the input box.
    QString providerError;
    if (!m_providers.provider(conversation->providerId, &providerError)) {
        Q_EMIT errorOccurred(conversationId, providerError);
        return 0;
    }
    const qint64 userId = storePrompt(*conversation, text, attachments);
    if (!userId)
        return 0;
    titleFromPrompt(*conversation,
                    text.isEmpty() && !attachments.isEmpty() ? attachments.first().fileName : text);
    startReply(*conversation, userId);
    return userId;
}

bool ChatService::answer(qint64 userMessageId)
{
    const std::optional<Message> user = MessageRepository(m_db).message(userMessageId);
    if (!user)
        return false;
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(user->conversationId);
    return conversation && startReply(*conversation, userMessageId);
}

bool ChatService::regenerate(qint64 assistantMessageId)
{
    const std::optional<Message> answer = MessageRepository(m_db).message(assistantMessageId);
    if (!answer || answer->role != MessageRole::Assistant || !answer->parentId)
        return false;
    return this->answer(answer->parentId);
}

qint64 ChatService::editAndResend(qint64 userMessageId, const QString &text)
{
    MessageRepository messages(m_db);
    const std::optional<Message> original = messages.message(userMessageId);
    if (!original || original->role != MessageRole::User || isStreaming())
        return 0;
    Message edited;
    edited.conversationId = original->conversationId;
    edited.role = MessageRole::User;
    edited.content = text;
    const qint64 id =
        original->parentId ? messages.addChild(original->parentId, edited) : messages.add(edited);
    if (!id)
        return 0;
    ConversationRepository(m_db).setActiveLeaf(original->conversationId, id);
    if (const auto stored = messages.message(id))
        Q_EMIT messageAdded(*stored);
    answer(id);
    return id;
}

ContextPlan ChatService::contextFor(const Conversation &conversation, const QList<Message> &path,
                                    const QList<Attachment> &unsentFiles) const
{
    QHash<qint64, QList<Attachment>> attachments;
    AttachmentRepository attachmentStore(m_db);
    for (const Message &message : path) {
        if (message.role == MessageRole::User)
            attachments.insert(message.id, message.id ? attachmentStore.forMessage(message.id) : unsentFiles);
    }
    Conversation settings = effectiveSettings(conversation);
    if (settings.model.isEmpty())
        settings.model = m_providers.instance(conversation.providerId).defaultModel;
    const int contextLength =
        ContextLengths::lookup(m_providers.config().provider(conversation.providerId), settings.model);
    const QList<Attachment> projectFiles =
        conversation.projectId ? attachmentStore.forProject(conversation.projectId) : QList<Attachment>();
    return ContextBuilder::plan(settings, path, attachments, contextLength, projectFiles);
}

bool ChatService::suggestTitle(qint64 conversationId)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(conversationId);
    const QList<Message> path = MessageRepository(m_db).activePath(conversationId);
    if (!conversation || path.isEmpty())
        return false;
    QString error;
    ChatProvider *provider = m_providers.provider(conversation->providerId, &error);
    if (!provider) {
        Q_EMIT errorOccurred(conversationId, error);
        return false;
    }
    // The first exchanges say what a conversation is about; a few thousand characters are enough.
    QString excerpt;
    for (const Message &message : path) {
        if (message.role == MessageRole::System || excerpt.size() > 3000)
            continue;
        excerpt +=
            (message.role == MessageRole::User ? QStringLiteral("User: ") : QStringLiteral("Assistant: ")) +
            message.content.left(1000) + QStringLiteral("\n\n");
    }
    ChatRequest request;
    request.model = conversation->model.isEmpty()
                        ? m_providers.instance(conversation->providerId).defaultModel
                        : conversation->model;
    request.systemPrompt = QStringLiteral(
        "Write a title of at most six words for the conversation below, in the language of the conversation. "
        "Reply with the title only: no quotes, no full stop.");
    request.messages << ChatMessage{ChatMessage::Role::User, excerpt};
    request.maxTokens = 30;
    ChatStream *stream = provider->chat(request);
    stream->setParent(this);
    connect(stream, &ChatStream::ended, this, [this, stream, conversationId] {
        stream->deleteLater();
        if (stream->state() != ChatStream::State::Finished) {
            Q_EMIT errorOccurred(conversationId, stream->error().userMessage());
            return;
        }
        QString title = stream->text().section(QLatin1Char('\n'), 0, 0).simplified();
        static const QString quotes = QStringLiteral("\"'«»“”„`*#. ");
        while (!title.isEmpty() && quotes.contains(title.front()))
            title.remove(0, 1);
        while (!title.isEmpty() && quotes.contains(title.back()))
            title.chop(1);
        title = titleFor(title);
        if (title.isEmpty() || !ConversationRepository(m_db).rename(conversationId, title)) {
            Q_EMIT errorOccurred(conversationId, tr("The model gave no usable title."));
            return;
        }
        Q_EMIT titleSuggested(conversationId, title);
    });
    return true;
}

ContextPlan ChatService::previewContext(qint64 conversationId, const QString &prompt,
                                        const QList<Attachment> &files) const
{
    std::optional<Conversation> conversation = ConversationRepository(m_db).conversation(conversationId);
    QList<Message> path;
    if (conversation) {
        path = MessageRepository(m_db).activePath(conversationId);
    } else {
        // Not stored yet: the new conversation the first send will create.
        conversation = Conversation();
    }
    if (!prompt.trimmed().isEmpty() || !files.isEmpty()) {
        // The prompt being typed, as it would go (id 0: not stored).
        Message typed;
        typed.role = MessageRole::User;
        typed.content = prompt.trimmed();
        path << typed;
    }
    return contextFor(*conversation, path, files);
}

bool ChatService::startReply(const Conversation &conversation, qint64 userMessageId)
{
    if (isStreaming()) {
        Q_EMIT errorOccurred(conversation.id, tr("Wait for the current answer to finish, or stop it first."));
        return false;
    }
    QString error;
    ChatProvider *provider = m_providers.provider(conversation.providerId, &error);
    if (!provider) {
        Q_EMIT errorOccurred(conversation.id, error);
        return false;
    }

    MessageRepository messages(m_db);
    const ContextPlan plan = contextFor(conversation, messages.pathTo(userMessageId));
    const ChatRequest &request = plan.request;
    if (plan.trimmedMessages > 0) {
        qCInfo(lcChat) << "left" << plan.trimmedMessages << "older messages out to fit" << plan.contextLength
                       << "tokens";
        Q_EMIT contextTrimmed(conversation.id, plan.trimmedMessages, plan.contextLength);
    }

    m_checkpointer = std::make_unique<StreamCheckpointer>(m_db);
    const qint64 answerId = m_checkpointer->begin(userMessageId, conversation.providerId, request.model);
    if (!answerId) {
        Q_EMIT errorOccurred(conversation.id, m_checkpointer->lastError().userMessage());
        m_checkpointer.reset();
        return false;
    }
    m_conversationId = conversation.id;
    m_replyProviderId = conversation.providerId;
    m_replyModel = request.model;
    m_promptEstimate = plan.estimatedTokens;
    m_firstTokenMs = -1;
    m_elapsed.start();
    qCInfo(lcChat).noquote() << "answering message" << userMessageId << "with" << conversation.providerId
                             << request.model << "," << request.messages.size() << "messages in context";

    ChatStream *stream = provider->chat(request);
    stream->setParent(this);
    m_stream = stream;
    connect(stream, &ChatStream::textDelta, this, [this, answerId](const QString &delta) {
        if (m_firstTokenMs < 0)
            m_firstTokenMs = m_elapsed.elapsed();
        m_checkpointer->append(delta);
        Q_EMIT replyDelta(answerId, delta);
    });
    connect(stream, &ChatStream::thinkingDelta, this, [this, answerId](const QString &delta) {
        m_checkpointer->appendThinking(delta);
        Q_EMIT replyThinking(answerId, delta);
    });
    connect(stream, &ChatStream::textReplaced, this, [this, answerId](const QString &wholeText) {
        if (m_firstTokenMs < 0)
            m_firstTokenMs = m_elapsed.elapsed();
        m_checkpointer->replaceContent(wholeText);
        Q_EMIT replyReplaced(answerId, wholeText);
    });
    connect(stream, &ChatStream::retryScheduled, this,
            [this, answerId](int waitMs, int attempt, const ProviderError &reason) {
                Q_EMIT replyRetrying(answerId, waitMs, attempt, reason);
            });
    connect(stream, &ChatStream::finished, this, [this](FinishReason reason) {
        // A plain stop needs no note; a cut-off or filtered answer says why under it.
        if (reason != FinishReason::Stop && reason != FinishReason::Unknown)
            m_checkpointer->setFinishReason(FinishReasons::name(reason),
                                            m_stream ? m_stream->finishDetail() : QString());
        endReply(MessageState::Complete, ProviderError());
    });
    connect(stream, &ChatStream::failed, this, [this](const ProviderError &failure) {
        endReply(m_checkpointer->content().isEmpty() ? MessageState::Error : MessageState::Interrupted,
                 failure);
    });
    connect(stream, &ChatStream::cancelled, this, [this] {
        endReply(MessageState::Interrupted, ProviderError(ProviderError::Kind::Cancelled, QString()));
    });
    Q_EMIT replyStarted(conversation.id, answerId);
    return true;
}

void ChatService::endReply(MessageState state, const ProviderError &error)
{
    if (!m_checkpointer)
        return;
    MessageUsage usage = m_stream ? usageFrom(m_stream->usage()) : MessageUsage();
    if (m_firstTokenMs >= 0)
        usage.firstTokenMs = m_firstTokenMs;
    usage.durationMs = m_elapsed.elapsed();
    if (!usage.promptTokens && !usage.completionTokens && !m_checkpointer->content().isEmpty()) {
        // The provider reported no counts (a cut stream, a server without usage): estimate
        // them, and say so wherever they are shown.
        usage.promptTokens = m_promptEstimate;
        usage.completionTokens = TokenEstimate::ofText(m_checkpointer->content());
        usage.estimated = true;
    }
    // The cost is fixed when the answer ends, at the prices known then (PriceTable); a price
    // change later can recompute it (CostRecalculator).
    PriceTable::shipped().applyTo(usage, m_replyProviderId, m_providers.config().provider(m_replyProviderId),
                                  m_replyModel);
    const qint64 messageId = m_checkpointer->messageId();
    const bool stopped = error.kind() == ProviderError::Kind::Cancelled;
    m_checkpointer->finish(state, usage, error.isError() ? error.kindName() : QString(),
                           error.isError() && !stopped ? error.userMessage() : QString());
    if (error.isError() && !stopped)
        qCWarning(lcChat).noquote() << "answer" << messageId << "failed:" << error.toString();
    m_checkpointer.reset();
    if (m_stream)
        m_stream->deleteLater();
    m_stream.clear();
    ConversationRepository(m_db).touch(m_conversationId);
    if (const auto stored = MessageRepository(m_db).message(messageId))
        Q_EMIT replyEnded(*stored, error);
}

Conversation ChatService::effectiveSettings(const Conversation &conversation) const
{
    // Precedence: built-in defaults < config.json < the project's defaults < the conversation.
    const QJsonObject file = m_providers.config().json().value(QLatin1String("generation")).toObject();
    GenerationSettings settings;
    if (file.contains(QLatin1String("temperature")))
        settings.temperature = file.value(QLatin1String("temperature")).toDouble();
    if (file.contains(QLatin1String("max_tokens")))
        settings.maxTokens = qint64(file.value(QLatin1String("max_tokens")).toDouble());
    if (file.contains(QLatin1String("top_p")))
        settings.topP = file.value(QLatin1String("top_p")).toDouble();
    QString systemPrompt = file.value(QLatin1String("system_prompt")).toString();
    auto overlay = [&settings](const GenerationSettings &more) {
        if (more.temperature)
            settings.temperature = more.temperature;
        if (more.maxTokens)
            settings.maxTokens = more.maxTokens;
        if (more.topP)
            settings.topP = more.topP;
    };
    if (conversation.projectId) {
        if (const std::optional<Project> project = ProjectRepository(m_db).project(conversation.projectId)) {
            overlay(project->defaultGeneration);
            if (!project->defaultSystemPrompt.isEmpty())
                systemPrompt = project->defaultSystemPrompt;
        }
    }
    overlay(conversation.generation);
    Conversation effective = conversation;
    effective.generation = settings;
    if (effective.systemPrompt.isEmpty())
        effective.systemPrompt = systemPrompt;
    return effective;
}

void ChatService::stop()
{
    if (m_stream)
        m_stream->cancel();
}

void ChatService::titleFromPrompt(const Conversation &conversation, const QString &text)
{
    if (!conversation.title.isEmpty())
        return;
    ConversationRepository(m_db).rename(conversation.id, titleFor(text));
}
