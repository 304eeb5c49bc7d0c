// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/OllamaProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOllama, "mmchat.providers.ollama")

OllamaProvider::OllamaProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
{}

QJsonObject OllamaProvider::requestBody(const ChatRequest &request) const
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.systemPrompt}});
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("content"), message.text}});
    QJsonObject options;
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        options.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        options.insert(QStringLiteral("num_predict"), *request.maxTokens);
    if (!request.stopSequences.isEmpty())
        options.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stopSequences));
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    return body;
}

void OllamaProvider::addAuthorization(HttpRequestSpec &spec) const
{
    const QString key = config().apiKey();
    if (!key.isEmpty())
        spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8());
}

HttpRequestSpec OllamaProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/api/chat"));
    addAuthorization(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/x-ndjson"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

void OllamaProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(
            ProviderError(ProviderError::Kind::BadResponse,
                          QCoreApplication::translate("OllamaProvider", "Unreadable line in the stream: %1")
                              .arg(parseError.errorString())));
        return;
    }
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isString()) {
        const QString message = error.toString();
        const bool notFound = message.contains(QLatin1String("not found"));
        context.fail(ProviderError(
            notFound ? ProviderError::Kind::NotFound : ProviderError::Kind::ServerError, message));
        return;
    }
    const QJsonObject message = object.value(QStringLiteral("message")).toObject();
    // Thinking models (with "think": true) send their reasoning as message.thinking.
    const QJsonValue thinking = message.value(QStringLiteral("thinking"));
    if (thinking.isString())
        context.stream()->appendThinking(thinking.toString());
    const QJsonValue content = message.value(QStringLiteral("content"));
    if (content.isString())
        context.appendText(content.toString());
    if (object.value(QStringLiteral("done")).toBool()) {
        TokenUsage usage;
        const QJsonValue prompt = object.value(QStringLiteral("prompt_eval_count"));
        const QJsonValue eval = object.value(QStringLiteral("eval_count"));
        // A cached prompt may leave prompt_eval_count out: it then counts as 0.
        usage.inputTokens = prompt.isDouble() ? qint64(prompt.toDouble()) : (eval.isDouble() ? 0 : -1);
        usage.outputTokens = eval.isDouble() ? qint64(eval.toDouble()) : -1;
        if (usage.inputTokens >= 0 && usage.outputTokens >= 0)
            usage.totalTokens = usage.inputTokens + usage.outputTokens;
        context.setUsage(usage);
        const QString reason = object.value(QStringLiteral("done_reason")).toString();
        context.setFinishReason(reason == QLatin1String("length") ? FinishReason::Length
                                                                  : FinishReason::Stop);
        context.markDone();
    }
}

HttpRequestSpec OllamaProvider::buildModelsRequest() const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/api/tags"));
    addAuthorization(spec);
    return spec;
}

QList<ModelInfo> OllamaProvider::parseModels(const QByteArray &body, bool *ok) const
{
    const QJsonValue list = QJsonDocument::fromJson(body).object().value(QStringLiteral("models"));
    *ok = list.isArray();
    QList<ModelInfo> models;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo model;
        model.id = object.value(QStringLiteral("name")).toString();
        if (model.id.isEmpty())
            model.id = object.value(QStringLiteral("model")).toString();
        if (model.id.isEmpty())
            continue;
        const QString size = object.value(QStringLiteral("details"))
                                 .toObject()
                                 .value(QStringLiteral("parameter_size"))
                                 .toString();
        if (!size.isEmpty())
            model.displayName = QStringLiteral("%1 (%2)").arg(model.id, size);
        models.append(model);
    }
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}
