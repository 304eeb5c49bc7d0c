// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gemini/GeminiProvider.h"

#include "core/SecretMasker.h"
#include "providers/HttpErrors.h"
#include "providers/gigachat/OneShotRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <cmath>

Q_LOGGING_CATEGORY(lcGemini, "mmchat.providers.gemini")

namespace {

constexpr int kMaxModelPages = 20;

QString translate(const char *text)
{
    return QCoreApplication::translate("GeminiProvider", text);
}

qint64 count(const QJsonObject &usage, const char *name)
{
    const QJsonValue value = usage.value(QLatin1String(name));
    return value.isDouble() ? qint64(value.toDouble()) : qint64(-1);
}

QJsonObject textContent(const QString &role, const QString &text)
{
    return QJsonObject{{QStringLiteral("role"), role},
                       {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}}};
}

// Ids in requests are bare ("gemini-2.5-flash"); the list names them "models/gemini-2.5-flash".
QString bareModel(const QString &model)
{
    const QString trimmed = model.trimmed();
    return trimmed.startsWith(QLatin1String("models/")) ? trimmed.mid(7) : trimmed;
}

ProviderError::Kind kindForStatus(const QString &status)
{
    using Kind = ProviderError::Kind;
    if (status == QLatin1String("UNAUTHENTICATED"))
        return Kind::Auth;
    if (status == QLatin1String("PERMISSION_DENIED"))
        return Kind::Permission;
    if (status == QLatin1String("RESOURCE_EXHAUSTED"))
        return Kind::RateLimited;
    if (status == QLatin1String("NOT_FOUND"))
        return Kind::NotFound;
    if (status == QLatin1String("UNAVAILABLE"))
        return Kind::Overloaded;
    if (status == QLatin1String("INTERNAL"))
        return Kind::ServerError;
    if (status == QLatin1String("DEADLINE_EXCEEDED"))
        return Kind::Timeout;
    if (status == QLatin1String("INVALID_ARGUMENT") || status == QLatin1String("FAILED_PRECONDITION"))
        return Kind::InvalidRequest;
    return Kind::None;
}

} // namespace

GeminiProvider::GeminiProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
{}

QJsonObject GeminiProvider::requestBody(const ChatRequest &request) const
{
    QStringList system;
    if (!request.systemPrompt.isEmpty())
        system.append(request.systemPrompt);
    QJsonArray contents;
    QString lastRole;
    QString text;
    const auto flush = [&] {
        if (!lastRole.isEmpty())
            contents.append(textContent(lastRole, text));
    };
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            if (!message.text.isEmpty())
                system.append(message.text);
            continue;
        }
        if (message.text.trimmed().isEmpty())
            continue;
        const QString role =
            message.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user");
        if (role == lastRole) {
            // Gemini wants user and model turns to alternate.
            text += QStringLiteral("\n\n") + message.text;
            continue;
        }
        flush();
        lastRole = role;
        text = message.text;
    }
    flush();

    QJsonObject body{{QStringLiteral("contents"), contents}};
    if (!system.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("parts"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("text"), system.join(QStringLiteral("\n\n"))}}}}});
    QJsonObject generation;
    if (request.temperature)
        generation.insert(QStringLiteral("temperature"), qBound(0.0, *request.temperature, 2.0));
    if (request.maxTokens && *request.maxTokens > 0)
        generation.insert(QStringLiteral("maxOutputTokens"), *request.maxTokens);
    if (request.topP)
        generation.insert(QStringLiteral("topP"), *request.topP);
    if (!request.stopSequences.isEmpty())
        generation.insert(QStringLiteral("stopSequences"), QJsonArray::fromStringList(request.stopSequences));
    if (config().optionBool(QStringLiteral("includeThoughts"), false))
        generation.insert(QStringLiteral("thinkingConfig"),
                          QJsonObject{{QStringLiteral("includeThoughts"), true}});
    if (!generation.isEmpty())
        body.insert(QStringLiteral("generationConfig"), generation);
    return body;
}

void GeminiProvider::addHeaders(HttpRequestSpec &spec) const
{
    const QString key = config().apiKey();
    if (!key.isEmpty())
        spec.setHeader(QByteArrayLiteral("x-goog-api-key"), key.toUtf8());
}

HttpRequestSpec GeminiProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(
        QStringLiteral("/v1beta/models/%1:streamGenerateContent?alt=sse").arg(bareModel(request.model)));
    addHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

FinishReason GeminiProvider::finishReasonFor(const QString &value)
{
    if (value == QLatin1String("STOP"))
        return FinishReason::Stop;
    if (value == QLatin1String("MAX_TOKENS"))
        return FinishReason::Length;
    if (value.isEmpty() || value == QLatin1String("FINISH_REASON_UNSPECIFIED") ||
        value == QLatin1String("OTHER") || value == QLatin1String("MALFORMED_FUNCTION_CALL") ||
        value == QLatin1String("UNEXPECTED_TOOL_CALL"))
        return FinishReason::Unknown;
    // SAFETY, RECITATION, LANGUAGE, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY and any
    // blocking reason added later.
    return FinishReason::ContentFilter;
}

void GeminiProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(
            ProviderError(ProviderError::Kind::BadResponse,
                          translate("Unreadable event in the stream: %1").arg(parseError.errorString())));
        return;
    }
    const QJsonObject chunk = document.object();
    if (chunk.value(QStringLiteral("error")).isObject()) {
        // A failure after the stream started; the text so far stays.
        const QJsonValue code = chunk.value(QStringLiteral("error")).toObject().value(QStringLiteral("code"));
        ProviderError error = decodeErrorBody(code.isDouble() ? code.toInt() : 500, event.data);
        error.setHttpStatus(0);
        context.fail(error);
        return;
    }
    QString finish;
    const QJsonArray candidates = chunk.value(QStringLiteral("candidates")).toArray();
    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        const QJsonArray parts =
            candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray();
        for (const QJsonValue &value : parts) {
            const QJsonObject part = value.toObject();
            const QString text = part.value(QStringLiteral("text")).toString();
            if (part.value(QStringLiteral("thought")).toBool())
                context.stream()->appendThinking(text);
            else
                context.appendText(text);
        }
        finish = candidate.value(QStringLiteral("finishReason")).toString();
    }
    // A blocked prompt: no candidates, only the reason.
    const QString blockReason = chunk.value(QStringLiteral("promptFeedback"))
                                    .toObject()
                                    .value(QStringLiteral("blockReason"))
                                    .toString();
    if (finish.isEmpty() && !blockReason.isEmpty()) {
        finish = blockReason;
        context.setFinishReason(FinishReason::ContentFilter);
    } else if (!finish.isEmpty()) {
        context.setFinishReason(finishReasonFor(finish));
    }
    if (!finish.isEmpty() && finish != QLatin1String("STOP")) {
        qCInfo(lcGemini).noquote() << "finish reason" << finish;
        context.setFinishDetail(finish);
    }

    const QJsonValue usageValue = chunk.value(QStringLiteral("usageMetadata"));
    if (usageValue.isObject()) {
        // Running totals: every chunk replaces the previous numbers.
        const QJsonObject usage = usageValue.toObject();
        TokenUsage tokens;
        tokens.inputTokens = count(usage, "promptTokenCount");
        const qint64 candidatesTokens = count(usage, "candidatesTokenCount");
        const qint64 thoughts = count(usage, "thoughtsTokenCount");
        if (candidatesTokens >= 0 || thoughts >= 0)
            tokens.outputTokens = qMax<qint64>(0, candidatesTokens) + qMax<qint64>(0, thoughts);
        tokens.totalTokens = count(usage, "totalTokenCount");
        tokens.cachedInputTokens = count(usage, "cachedContentTokenCount");
        context.setUsage(tokens);
    }
}

int GeminiProvider::parseDurationMs(const QString &value)
{
    QString text = value.trimmed();
    if (!text.endsWith(QLatin1Char('s')))
        return -1;
    text.chop(1);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0)
        return -1;
    return int(std::ceil(seconds * 1000.0));
}

ProviderError GeminiProvider::decodeErrorBody(int status, const QByteArray &body) const
{
    // {"error":{"code":429,"message":"…","status":"RESOURCE_EXHAUSTED","details":[…]}}, sometimes
    // wrapped in an array.
    QJsonDocument document = QJsonDocument::fromJson(body);
    QByteArray normalized = body;
    if (document.isArray() && !document.array().isEmpty() && document.array().first().isObject()) {
        document = QJsonDocument(document.array().first().toObject());
        normalized = document.toJson(QJsonDocument::Compact);
    }
    ProviderError error = HttpChatProvider::decodeErrorBody(status, normalized);
    const QJsonObject details = document.object().value(QStringLiteral("error")).toObject();
    const QString grpcStatus = details.value(QStringLiteral("status")).toString();
    QString reason;
    bool dailyQuota = false;
    for (const QJsonValue &value : details.value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = value.toObject();
        const QString type = detail.value(QStringLiteral("@type")).toString();
        if (type.endsWith(QLatin1String("google.rpc.ErrorInfo")))
            reason = detail.value(QStringLiteral("reason")).toString();
        else if (type.endsWith(QLatin1String("google.rpc.RetryInfo")))
            error.setRetryAfterMs(parseDurationMs(detail.value(QStringLiteral("retryDelay")).toString()));
        else if (type.endsWith(QLatin1String("google.rpc.QuotaFailure")))
            dailyQuota = dailyQuota || QJsonDocument(detail).toJson().contains("PerDay");
    }
    const ProviderError::Kind kind = kindForStatus(grpcStatus);
    if (kind != ProviderError::Kind::None &&
        (status < 400 || status == 500 || kind != ProviderError::Kind::InvalidRequest))
        error.setKind(kind);
    // A used-up daily quota (quotaId …PerDay…) does not clear within a retry.
    if (error.kind() == ProviderError::Kind::RateLimited && dailyQuota)
        error.setKind(ProviderError::Kind::QuotaExhausted);
    // An invalid key is a 400 INVALID_ARGUMENT: only the reason tells it apart.
    if (reason == QLatin1String("API_KEY_INVALID") || reason == QLatin1String("API_KEY_EXPIRED"))
        error.setKind(ProviderError::Kind::Auth);
    const QString lower = error.message().toLower();
    if (error.kind() == ProviderError::Kind::InvalidRequest &&
        ((lower.contains(QLatin1String("input token count")) && lower.contains(QLatin1String("exceeds"))) ||
         HttpErrors::looksLikeContextTooLong(lower)))
        error.setKind(ProviderError::Kind::ContextTooLong);
    error.setProviderCode(!reason.isEmpty() ? reason : grpcStatus);
    return error;
}

HttpRequestSpec GeminiProvider::modelsRequest(const QString &pageToken) const
{
    QString query = QStringLiteral("?pageSize=1000");
    if (!pageToken.isEmpty())
        query += QStringLiteral("&pageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/v1beta/models") + query);
    addHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return spec;
}

HttpRequestSpec GeminiProvider::buildModelsRequest() const
{
    return modelsRequest(QString());
}

QList<ModelInfo> GeminiProvider::parseModels(const QByteArray &body, bool *ok) const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue list = object.value(QStringLiteral("models"));
    // An account with no models answers {} (the field is left out when empty).
    *ok = list.isArray() || (list.isUndefined() && QJsonDocument::fromJson(body).isObject());
    QList<ModelInfo> models;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonArray methods = entry.value(QStringLiteral("supportedGenerationMethods")).toArray();
        if (!methods.contains(QJsonValue(QStringLiteral("generateContent"))))
            continue; // embedding, AQA and other models that cannot chat
        ModelInfo model;
        model.id = bareModel(entry.value(QStringLiteral("name")).toString());
        if (model.id.isEmpty())
            continue;
        model.displayName = entry.value(QStringLiteral("displayName")).toString();
        model.contextLength = entry.value(QStringLiteral("inputTokenLimit")).toInt();
        models.append(model);
    }
    return models;
}

void GeminiProvider::fetchModels(ModelListReply *reply)
{
    fetchModelPage(reply, QString(), {}, 1);
}

void GeminiProvider::fetchModelPage(ModelListReply *reply, const QString &pageToken,
                                    const QList<ModelInfo> &soFar, int page)
{
    const HttpRequestSpec spec = modelsRequest(pageToken);
    qCInfo(lcGemini).noquote() << QStringLiteral("GET %1").arg(SecretMasker::masked(spec.url.toString()));
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
                qCWarning(lcGemini).noquote() << "model list failed:" << error.toString();
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
            const QString next =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("nextPageToken")).toString();
            if (!next.isEmpty() && page < kMaxModelPages) {
                fetchModelPage(target, next, models, page + 1);
                return;
            }
            target->finish(models);
        });
}
