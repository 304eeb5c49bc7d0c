// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/anthropic/AnthropicProvider.h"

#include "core/SecretMasker.h"
#include "providers/HttpErrors.h"
#include "providers/gigachat/OneShotRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAnthropic, "mmchat.providers.anthropic")

namespace {

constexpr int kMaxModelPages = 20; // 1,000 models a page: far more than Anthropic offers

QString translate(const char *text)
{
    return QCoreApplication::translate("AnthropicProvider", text);
}

qint64 count(const QJsonObject &usage, const char *name)
{
    const QJsonValue value = usage.value(QLatin1String(name));
    return value.isDouble() ? qint64(value.toDouble()) : qint64(-1);
}

// Anthropic counts cache reads and writes apart from input_tokens; TokenUsage wants them inside.
void readUsage(const QJsonObject &usage, TokenUsage &tokens)
{
    const qint64 input = count(usage, "input_tokens");
    if (input >= 0) {
        const qint64 created = qMax<qint64>(0, count(usage, "cache_creation_input_tokens"));
        const qint64 read = count(usage, "cache_read_input_tokens");
        tokens.inputTokens = input + created + qMax<qint64>(0, read);
        if (read >= 0)
            tokens.cachedInputTokens = read;
    }
    const qint64 output = count(usage, "output_tokens");
    if (output >= 0)
        tokens.outputTokens = output; // a running total: the last one is the answer's size
    if (tokens.inputTokens >= 0 && tokens.outputTokens >= 0)
        tokens.totalTokens = tokens.inputTokens + tokens.outputTokens;
}

} // namespace

AnthropicProvider::AnthropicProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
{}

QJsonObject AnthropicProvider::requestBody(const ChatRequest &request) const
{
    // No system role in messages: every system text goes to the top-level field.
    QStringList system;
    if (!request.systemPrompt.isEmpty())
        system.append(request.systemPrompt);
    QJsonArray messages;
    QString lastRole;
    QString text;
    const auto flush = [&] {
        if (!lastRole.isEmpty())
            messages.append(
                QJsonObject{{QStringLiteral("role"), lastRole}, {QStringLiteral("content"), text}});
    };
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            if (!message.text.isEmpty())
                system.append(message.text);
            continue;
        }
        if (message.text.trimmed().isEmpty())
            continue; // the API rejects empty content
        const QString role = ChatMessage::roleName(message.role);
        if (role == lastRole) {
            // The API wants turns to alternate; two in a row (e.g. after a failed answer) become one.
            text += QStringLiteral("\n\n") + message.text;
            continue;
        }
        flush();
        lastRole = role;
        text = message.text;
    }
    flush();

    const int maxTokens =
        request.maxTokens && *request.maxTokens > 0
            ? *request.maxTokens
            : qMax(1, config().optionInt(QStringLiteral("defaultMaxTokens"), kDefaultMaxTokens));
    // Extended thinking: the budget counts against max_tokens, and the API refuses temperature
    // and top_p changes while it is on.
    const int thinkingBudget = config().optionInt(QStringLiteral("thinkingBudgetTokens"), 0);
    const bool thinking = thinkingBudget >= kMinThinkingBudget;
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), thinking ? thinkingBudget + maxTokens : maxTokens},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    if (thinking)
        body.insert(QStringLiteral("thinking"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                {QStringLiteral("budget_tokens"), thinkingBudget}});
    if (request.temperature && !thinking)
        body.insert(QStringLiteral("temperature"), qBound(0.0, *request.temperature, 1.0));
    if (request.topP && !thinking)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stopSequences.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(request.stopSequences));
    return body;
}

void AnthropicProvider::addHeaders(HttpRequestSpec &spec) const
{
    const QString key = config().apiKey();
    if (!key.isEmpty())
        spec.setHeader(QByteArrayLiteral("x-api-key"), key.toUtf8());
    spec.setHeader(QByteArrayLiteral("anthropic-version"),
                   config().optionString(QStringLiteral("anthropicVersion"), kApiVersion).toUtf8());
    const QString beta = config().optionString(QStringLiteral("anthropicBeta"));
    if (!beta.isEmpty())
        spec.setHeader(QByteArrayLiteral("anthropic-beta"), beta.toUtf8());
}

HttpRequestSpec AnthropicProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/v1/messages"));
    addHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

void AnthropicProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    if (event.type == QLatin1String("ping"))
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(
            ProviderError(ProviderError::Kind::BadResponse,
                          translate("Unreadable event in the stream: %1").arg(parseError.errorString())));
        return;
    }
    const QJsonObject object = document.object();
    // The event name and the JSON type agree; the name wins, the type covers unnamed events.
    const QString type =
        event.type == QLatin1String("message") ? object.value(QStringLiteral("type")).toString() : event.type;

    if (type == QLatin1String("message_start")) {
        TokenUsage usage = context.usage();
        readUsage(
            object.value(QStringLiteral("message")).toObject().value(QStringLiteral("usage")).toObject(),
            usage);
        context.setUsage(usage);
    } else if (type == QLatin1String("content_block_start")) {
        const QJsonObject block = object.value(QStringLiteral("content_block")).toObject();
        const QString blockType = block.value(QStringLiteral("type")).toString();
        if (blockType == QLatin1String("text"))
            context.appendText(block.value(QStringLiteral("text")).toString());
        else if (blockType == QLatin1String("thinking"))
            context.stream()->appendThinking(block.value(QStringLiteral("thinking")).toString());
    } else if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = object.value(QStringLiteral("delta")).toObject();
        const QString deltaType = delta.value(QStringLiteral("type")).toString();
        if (deltaType == QLatin1String("text_delta"))
            context.appendText(delta.value(QStringLiteral("text")).toString());
        else if (deltaType == QLatin1String("thinking_delta"))
            context.stream()->appendThinking(delta.value(QStringLiteral("thinking")).toString());
        // signature_delta, input_json_delta, citations_delta: nothing to show.
    } else if (type == QLatin1String("message_delta")) {
        const QJsonValue stop =
            object.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason"));
        if (stop.isString() && !stop.toString().isEmpty())
            context.setProviderFinish(stop.toString());
        TokenUsage usage = context.usage();
        readUsage(object.value(QStringLiteral("usage")).toObject(), usage);
        context.setUsage(usage);
    } else if (type == QLatin1String("message_stop")) {
        context.markDone();
    } else if (type == QLatin1String("error")) {
        // After a 200 the failure comes as an event; the text so far stays.
        ProviderError error = decodeErrorBody(0, event.data);
        if (error.kind() == ProviderError::Kind::BadResponse)
            error.setKind(ProviderError::Kind::ServerError);
        context.fail(error);
    }
    // content_block_stop and event types added later: nothing to do.
}

ProviderError::Kind AnthropicProvider::kindForErrorType(const QString &type)
{
    using Kind = ProviderError::Kind;
    if (type == QLatin1String("invalid_request_error"))
        return Kind::InvalidRequest;
    if (type == QLatin1String("authentication_error"))
        return Kind::Auth;
    if (type == QLatin1String("billing_error"))
        return Kind::QuotaExhausted;
    if (type == QLatin1String("permission_error"))
        return Kind::Permission;
    if (type == QLatin1String("not_found_error"))
        return Kind::NotFound;
    if (type == QLatin1String("request_too_large"))
        return Kind::ContextTooLong;
    if (type == QLatin1String("rate_limit_error"))
        return Kind::RateLimited;
    if (type == QLatin1String("api_error"))
        return Kind::ServerError;
    if (type == QLatin1String("overloaded_error"))
        return Kind::Overloaded;
    if (type == QLatin1String("timeout_error"))
        return Kind::Timeout;
    return Kind::None;
}

ProviderError AnthropicProvider::decodeErrorBody(int status, const QByteArray &body) const
{
    // {"type":"error","error":{"type":"rate_limit_error","message":"…"},"request_id":"req_…"}
    ProviderError error = HttpChatProvider::decodeErrorBody(status, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString type =
        object.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString();
    const ProviderError::Kind kind = kindForErrorType(type);
    if (kind != ProviderError::Kind::None && error.kind() != ProviderError::Kind::ContextTooLong)
        error.setKind(kind);
    const QString lower = error.message().toLower();
    if (kind == ProviderError::Kind::InvalidRequest && HttpErrors::looksLikeContextTooLong(lower))
        error.setKind(ProviderError::Kind::ContextTooLong);
    // Out of credit (400) or over the spend limit (429): waiting will not help.
    if (lower.contains(QLatin1String("credit balance")) || lower.contains(QLatin1String("usage limit")) ||
        lower.contains(QLatin1String("spend limit")))
        error.setKind(ProviderError::Kind::QuotaExhausted);
    const QString requestId = object.value(QStringLiteral("request_id")).toString();
    if (!requestId.isEmpty())
        error.setRequestId(requestId);
    return error;
}

HttpRequestSpec AnthropicProvider::modelsRequest(const QString &afterId) const
{
    QString query = QStringLiteral("?limit=1000");
    if (!afterId.isEmpty())
        query += QStringLiteral("&after_id=") + QString::fromLatin1(QUrl::toPercentEncoding(afterId));
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/v1/models") + query);
    addHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return spec;
}

HttpRequestSpec AnthropicProvider::buildModelsRequest() const
{
    return modelsRequest(QString());
}

QList<ModelInfo> AnthropicProvider::parseModels(const QByteArray &body, bool *ok) const
{
    const QJsonValue data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data"));
    *ok = data.isArray();
    QList<ModelInfo> models;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo model;
        model.id = object.value(QStringLiteral("id")).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value(QStringLiteral("display_name")).toString();
        model.contextLength = object.value(QStringLiteral("max_input_tokens")).toInt();
        models.append(model); // the API lists the newest first; keep that order
    }
    return models;
}

void AnthropicProvider::fetchModels(ModelListReply *reply)
{
    fetchModelPage(reply, QString(), {}, 1);
}

void AnthropicProvider::fetchModelPage(ModelListReply *reply, const QString &afterId,
                                       const QList<ModelInfo> &soFar, int page)
{
    const HttpRequestSpec spec = modelsRequest(afterId);
    qCInfo(lcAnthropic).noquote() << QStringLiteral("GET %1").arg(SecretMasker::masked(spec.url.toString()));
    QPointer<ModelListReply> target(reply);
    OneShotRequest::await(
        send(spec), connectTimeoutMs(), this,
        [this, target, soFar, page](int status, const QByteArray &body, const ProviderError &transport) {
            if (!target)
                return;
            if (transport.isError()) {
                target->fail(transport);
                return;
            }
            if (status < 200 || status >= 300) {
                ProviderError error = decodeErrorBody(status, body);
                error.setHttpStatus(status);
                qCWarning(lcAnthropic).noquote() << "model list failed:" << error.toString();
                target->fail(error);
                return;
            }
            bool ok = false;
            const QList<ModelInfo> models = soFar + parseModels(body, &ok);
            if (!ok) {
                target->fail(ProviderError(ProviderError::Kind::BadResponse,
                                           translate("The model list could not be read."), status));
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            const QString lastId = object.value(QStringLiteral("last_id")).toString();
            if (object.value(QStringLiteral("has_more")).toBool() && !lastId.isEmpty() &&
                page < kMaxModelPages) {
                fetchModelPage(target, lastId, models, page + 1);
                return;
            }
            target->finish(models);
        });
}
