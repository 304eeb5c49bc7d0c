// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/OpenAiCompatibleProvider.h"

#include "providers/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOpenAi, "mmchat.providers.openai")

namespace {

TokenUsage usageFrom(const QJsonObject &usage)
{
    TokenUsage result;
    const auto read = [&usage](const char *name) {
        const QJsonValue value = usage.value(QLatin1String(name));
        return value.isDouble() ? qint64(value.toDouble()) : qint64(-1);
    };
    result.inputTokens = read("prompt_tokens");
    result.outputTokens = read("completion_tokens");
    result.totalTokens = read("total_tokens");
    // OpenAI (and DeepSeek through the same field) count cache hits inside prompt_tokens.
    const QJsonValue cached = usage.value(QStringLiteral("prompt_tokens_details"))
                                  .toObject()
                                  .value(QStringLiteral("cached_tokens"));
    if (cached.isDouble())
        result.cachedInputTokens = qint64(cached.toDouble());
    return result;
}

} // namespace

OpenAiCompatibleProvider::OpenAiCompatibleProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
{}

QJsonObject OpenAiCompatibleProvider::requestBody(const ChatRequest &request) const
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.systemPrompt}});
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("content"), message.text}});
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (config().optionBool(QStringLiteral("includeUsage"), true))
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        body.insert(config().optionString(QStringLiteral("maxTokensField"), QStringLiteral("max_tokens")),
                    *request.maxTokens);
    if (!request.stopSequences.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stopSequences));
    return body;
}

void OpenAiCompatibleProvider::addAuthorization(HttpRequestSpec &spec) const
{
    const QString key = config().apiKey();
    if (!key.isEmpty())
        spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8());
}

HttpRequestSpec OpenAiCompatibleProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/chat/completions"));
    addAuthorization(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

void OpenAiCompatibleProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    if (event.data.startsWith("[DONE]")) {
        context.markDone();
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(ProviderError(
            ProviderError::Kind::BadResponse,
            QCoreApplication::translate("OpenAiCompatibleProvider", "Unreadable event in the stream: %1")
                .arg(parseError.errorString())));
        return;
    }
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value(QStringLiteral("error"));
    if (error.isObject() || error.isString()) {
        // An error after the stream started (OpenAI, OpenRouter, Groq): the text so far stays.
        const QJsonValue code = error.toObject().value(QStringLiteral("code"));
        const int status = code.isDouble() ? code.toInt() : 500;
        ProviderError failure = decodeErrorBody(status, event.data);
        const QString type = error.toObject().value(QStringLiteral("type")).toString();
        if (failure.kind() == ProviderError::Kind::ServerError &&
            (type.contains(QLatin1String("overloaded")) || type.contains(QLatin1String("unavailable"))))
            failure.setKind(ProviderError::Kind::Overloaded);
        else if (failure.kind() == ProviderError::Kind::ServerError &&
                 type.contains(QLatin1String("rate_limit")))
            failure.setKind(ProviderError::Kind::RateLimited);
        failure.setHttpStatus(0);
        context.fail(failure);
        return;
    }
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        // Reasoning models stream their thinking apart from the answer: DeepSeek and vLLM as
        // reasoning_content, OpenRouter and Groq as reasoning.
        for (const QLatin1String field : {QLatin1String("reasoning_content"), QLatin1String("reasoning")}) {
            const QJsonValue reasoning = delta.value(field);
            if (reasoning.isString())
                context.stream()->appendThinking(reasoning.toString());
        }
        const QJsonValue content = delta.value(QStringLiteral("content"));
        if (content.isString())
            context.appendText(content.toString());
        const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty())
            context.setProviderFinish(finish.toString());
    }
    // Usage: the include_usage chunk, or the finish chunk (Mistral, OpenRouter), or x_groq.usage.
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        context.setUsage(usageFrom(usage.toObject()));
    } else {
        const QJsonObject groq = chunk.value(QStringLiteral("x_groq")).toObject();
        const QJsonValue groqUsage = groq.value(QStringLiteral("usage"));
        if (groqUsage.isObject())
            context.setUsage(usageFrom(groqUsage.toObject()));
        const QJsonValue groqError = groq.value(QStringLiteral("error"));
        if (groqError.isString() && !groqError.toString().isEmpty())
            context.fail(ProviderError(ProviderError::Kind::ServerError, groqError.toString()));
    }
}

HttpRequestSpec OpenAiCompatibleProvider::buildModelsRequest() const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/models"));
    addAuthorization(spec);
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return spec;
}

QList<ModelInfo> OpenAiCompatibleProvider::parseModels(const QByteArray &body, bool *ok) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value(QStringLiteral("data"));
    *ok = data.isArray();
    QList<ModelInfo> models;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo model;
        model.id = object.value(QStringLiteral("id")).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value(QStringLiteral("name")).toString();
        const QJsonValue context = object.contains(QStringLiteral("context_length"))
                                       ? object.value(QStringLiteral("context_length"))
                                       : object.value(QStringLiteral("context_window"));
        model.contextLength = context.toInt();
        models.append(model);
    }
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}
