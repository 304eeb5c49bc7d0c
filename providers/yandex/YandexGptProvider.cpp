// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/yandex/YandexGptProvider.h"

#include "providers/HttpErrors.h"
#include "providers/gigachat/OneShotRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcYandexGpt, "mmchat.providers.yandexgpt")

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("YandexGptProvider", text);
}

// int64 fields arrive as JSON strings (proto3 JSON); accept numbers too.
qint64 readCount(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? number : -1;
}

ProviderError::Kind kindForGrpcCode(int code)
{
    using Kind = ProviderError::Kind;
    switch (code) {
    case 3: return Kind::InvalidRequest; // INVALID_ARGUMENT
    case 4: return Kind::Timeout;        // DEADLINE_EXCEEDED
    case 5: return Kind::NotFound;       // NOT_FOUND
    case 7: return Kind::Permission;     // PERMISSION_DENIED
    case 8: return Kind::RateLimited;    // RESOURCE_EXHAUSTED
    case 14: return Kind::Overloaded;    // UNAVAILABLE
    case 16: return Kind::Auth;          // UNAUTHENTICATED
    default: return code > 0 ? Kind::ServerError : Kind::None;
    }
}

QString grpcName(int code)
{
    switch (code) {
    case 3: return QStringLiteral("INVALID_ARGUMENT");
    case 4: return QStringLiteral("DEADLINE_EXCEEDED");
    case 5: return QStringLiteral("NOT_FOUND");
    case 7: return QStringLiteral("PERMISSION_DENIED");
    case 8: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 12: return QStringLiteral("UNIMPLEMENTED");
    case 13: return QStringLiteral("INTERNAL");
    case 14: return QStringLiteral("UNAVAILABLE");
    case 16: return QStringLiteral("UNAUTHENTICATED");
    default: return QString::number(code);
    }
}

bool isContextOverflow(const QString &message)
{
    // "number of input tokens must be no more than 8192, got 28498" and
    // "text length is 349354, which is outside the range (0, 100000]".
    const QString lower = message.toLower();
    return lower.contains(QLatin1String("number of input tokens must be")) ||
           (lower.contains(QLatin1String("text length")) &&
            lower.contains(QLatin1String("outside the range"))) ||
           HttpErrors::looksLikeContextTooLong(message);
}

// RFC 3339 with up to nanoseconds ("2025-07-29T04:16:59.559278450Z"); Qt reads milliseconds.
qint64 parseExpiresAt(const QString &text)
{
    QString trimmed = text.trimmed();
    trimmed.replace(QRegularExpression(QStringLiteral("(\\.\\d{3})\\d+")), QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

YandexGptProvider::YandexGptProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
    , m_iamTokens(new AccessTokenCache(this))
{
    // IAM tokens live up to 12 h; Yandex asks clients to take a new one about every hour.
    m_iamTokens->setRefreshMarginMs(5 * 60 * 1000);
    m_iamTokens->setMaxAgeMs(60 * 60 * 1000);
    m_iamTokens->setFetcher([this](const AccessTokenCache::FetchDone &done) { exchangeOAuthToken(done); });
}

YandexGptProvider::AuthMode YandexGptProvider::authMode() const
{
    const QString mode = config().optionString(QStringLiteral("authMode")).toLower();
    if (mode == QLatin1String("oauth"))
        return AuthMode::OAuth;
    if (mode == QLatin1String("iam"))
        return AuthMode::Iam;
    if (mode.isEmpty() && config().apiKey().startsWith(QLatin1String("t1.")))
        return AuthMode::Iam; // documented IAM token prefix
    return AuthMode::ApiKey;
}

QString YandexGptProvider::folderId() const
{
    return config().optionString(QStringLiteral("folderId")).trimmed();
}

QString YandexGptProvider::modelUri(const QString &model) const
{
    const QString name = model.trimmed();
    if (name.contains(QLatin1String("://")))
        return name;
    if (name.contains(QLatin1Char('/'))) // "yandexgpt/rc", "<base>/<version>@<suffix>"
        return QStringLiteral("gpt://%1/%2").arg(folderId(), name);
    const QString branch = config().optionString(QStringLiteral("modelBranch"), QStringLiteral("latest"));
    return QStringLiteral("gpt://%1/%2/%3")
        .arg(folderId(), name, branch.isEmpty() ? QStringLiteral("latest") : branch);
}

QList<ModelInfo> YandexGptProvider::staticModels()
{
    return {
        ModelInfo{QStringLiteral("yandexgpt-lite"), QStringLiteral("YandexGPT Lite"), 32000},
        ModelInfo{QStringLiteral("yandexgpt"), QStringLiteral("YandexGPT Pro"), 32000},
        ModelInfo{QStringLiteral("llama-lite"), QStringLiteral("Llama 8B"), 8192},
        ModelInfo{QStringLiteral("llama"), QStringLiteral("Llama 70B"), 8192},
    };
}

void YandexGptProvider::setClock(const AccessTokenCache::Clock &clock)
{
    m_iamTokens->setClock(clock);
}

int YandexGptProvider::tokenFetchCount() const
{
    return m_iamTokens->fetchCount();
}

ProviderError YandexGptProvider::configurationError(const ChatRequest &request) const
{
    if (config().apiKey().isEmpty())
        return ProviderError(ProviderError::Kind::Auth,
                             translate("No Yandex Cloud API key, IAM token or OAuth token is set. Add one in "
                                       "Settings → Providers."));
    const bool fullUri = request.model.contains(QLatin1String("://"));
    if (folderId().isEmpty() && (authMode() != AuthMode::ApiKey || !fullUri))
        return ProviderError(
            ProviderError::Kind::InvalidRequest,
            translate("The Yandex Cloud folder id is not set. Add it in Settings → Providers "
                      "(it is needed to build the model URI and for IAM or OAuth tokens)."));
    return ProviderError();
}

ChatStream *YandexGptProvider::chat(const ChatRequest &request)
{
    const ProviderError error = configurationError(request);
    if (!error.isError())
        return HttpChatProvider::chat(request);
    qCWarning(lcYandexGpt).noquote() << "not sent:" << error.toString();
    auto *stream = new ChatStream(this);
    // From the event loop, so the caller has connected by then.
    QTimer::singleShot(0, stream, [stream, error] { stream->fail(error); });
    return stream;
}

QJsonObject YandexGptProvider::requestBody(const ChatRequest &request) const
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("text"), request.systemPrompt}});
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("text"), message.text}});
    QJsonObject options{{QStringLiteral("stream"), true}};
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), qBound(0.0, *request.temperature, 1.0));
    if (request.maxTokens)
        options.insert(QStringLiteral("maxTokens"), QString::number(*request.maxTokens)); // int64 as string
    return QJsonObject{
        {QStringLiteral("modelUri"), modelUri(request.model)},
        {QStringLiteral("completionOptions"), options},
        {QStringLiteral("messages"), messages},
    };
}

void YandexGptProvider::addAuthHeaders(HttpRequestSpec &spec) const
{
    if (authMode() == AuthMode::ApiKey)
        spec.setHeader(QByteArrayLiteral("Authorization"),
                       QByteArrayLiteral("Api-Key ") + config().apiKey().toUtf8());
    else if (authMode() == AuthMode::Iam)
        spec.setHeader(QByteArrayLiteral("Authorization"),
                       QByteArrayLiteral("Bearer ") + config().apiKey().toUtf8());
    else
        spec.setHeader(QByteArrayLiteral("Authorization"),
                       QByteArrayLiteral("Bearer ") + m_iamTokens->token().toUtf8());
    if (!folderId().isEmpty())
        spec.setHeader(QByteArrayLiteral("x-folder-id"), folderId().toUtf8());
}

HttpRequestSpec YandexGptProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/foundationModels/v1/completion"));
    addAuthHeaders(spec);
    // Yandex keeps prompts for service improvement unless told not to; opt out by default.
    if (!config().optionBool(QStringLiteral("allowDataLogging"), false))
        spec.setHeader(QByteArrayLiteral("x-data-logging-enabled"), QByteArrayLiteral("false"));
    spec.setHeader(QByteArrayLiteral("x-client-request-id"),
                   QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

HttpRequestSpec YandexGptProvider::buildTokenCountRequest(const ChatRequest &request) const
{
    // tokenizeCompletion takes the completion request itself and lists its tokens.
    HttpRequestSpec spec = buildChatRequest(request);
    spec.url = endpoint(QStringLiteral("/foundationModels/v1/tokenizeCompletion"));
    return spec;
}

int YandexGptProvider::parseTokenCount(const QByteArray &body, bool *ok) const
{
    const QJsonValue tokens = QJsonDocument::fromJson(body).object().value(QLatin1String("tokens"));
    *ok = tokens.isArray();
    return int(tokens.toArray().size());
}

void YandexGptProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(
            ProviderError(ProviderError::Kind::BadResponse,
                          translate("Unreadable line in the stream: %1").arg(parseError.errorString())));
        return;
    }
    const QJsonObject object = document.object();
    if (object.contains(QStringLiteral("error"))) {
        const QJsonObject details = object.value(QStringLiteral("error")).toObject();
        const QJsonValue httpCode = details.value(QStringLiteral("httpCode"));
        ProviderError error = decodeErrorBody(httpCode.isDouble() ? httpCode.toInt() : 500, event.data);
        context.fail(error);
        return;
    }
    const QJsonObject result = object.contains(QStringLiteral("result"))
                                   ? object.value(QStringLiteral("result")).toObject()
                                   : object;
    const QJsonArray alternatives = result.value(QStringLiteral("alternatives")).toArray();
    if (!alternatives.isEmpty()) {
        const QJsonObject alternative = alternatives.first().toObject();
        const QJsonValue text =
            alternative.value(QStringLiteral("message")).toObject().value(QStringLiteral("text"));
        // Each snapshot is the whole text so far; the stream turns an extension into a delta and
        // anything else (a revision) into a replacement.
        QString &previous = context.scratch();
        if (text.isString() && text.toString() != previous) {
            previous = text.toString();
            context.replaceText(previous);
        }
        const QString status = alternative.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("ALTERNATIVE_STATUS_FINAL"))
            context.setFinishReason(FinishReason::Stop);
        else if (status == QLatin1String("ALTERNATIVE_STATUS_TRUNCATED_FINAL"))
            context.setFinishReason(FinishReason::Length);
        else if (status == QLatin1String("ALTERNATIVE_STATUS_CONTENT_FILTER"))
            context.setFinishReason(FinishReason::ContentFilter);
        else if (status == QLatin1String("ALTERNATIVE_STATUS_TOOL_CALLS"))
            context.setFinishReason(FinishReason::ToolCalls);
    }
    const QJsonValue usage = result.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        TokenUsage tokens;
        tokens.inputTokens = readCount(counts, "inputTextTokens");
        tokens.outputTokens = readCount(counts, "completionTokens");
        tokens.totalTokens = readCount(counts, "totalTokens");
        context.setUsage(tokens);
    }
    if (context.hasFinishReason())
        context.markDone(); // every status but PARTIAL is the last one
}

ProviderError YandexGptProvider::decodeErrorBody(int status, const QByteArray &body) const
{
    // grpc-gateway bodies: {"error":{"grpcCode","httpCode","message","httpStatus","details"}}, the
    // plain gateway shape {"code","message","details"}, or plain text.
    ProviderError error = HttpChatProvider::decodeErrorBody(status, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonObject details = object.value(QStringLiteral("error")).isObject()
                                    ? object.value(QStringLiteral("error")).toObject()
                                    : object;
    QJsonValue grpc = details.value(QStringLiteral("grpcCode"));
    if (!grpc.isDouble())
        grpc = details.value(QStringLiteral("code"));
    const int grpcCode = grpc.isDouble() ? grpc.toInt() : 0;
    if (grpcCode > 0) {
        error.setProviderCode(grpcName(grpcCode));
        if (status < 400 || status == 500) // the HTTP status says less than the gRPC code
            error.setKind(kindForGrpcCode(grpcCode));
    }
    if ((error.kind() == ProviderError::Kind::InvalidRequest ||
         error.kind() == ProviderError::Kind::ContextTooLong) &&
        isContextOverflow(error.message()))
        error.setKind(ProviderError::Kind::ContextTooLong);
    return error;
}

void YandexGptProvider::authorize(const std::function<void(const ProviderError &)> &done)
{
    if (authMode() != AuthMode::OAuth) {
        done(ProviderError());
        return;
    }
    m_iamTokens->ensure(done);
}

bool YandexGptProvider::invalidateAuthorization()
{
    if (authMode() != AuthMode::OAuth || m_iamTokens->lastFetchFailed())
        return false; // a fixed key or IAM token cannot be refreshed here; a refused exchange neither
    qCInfo(lcYandexGpt) << "IAM token rejected; exchanging the OAuth token again";
    m_iamTokens->invalidate();
    return true;
}

void YandexGptProvider::exchangeOAuthToken(const AccessTokenCache::FetchDone &done)
{
    HttpRequestSpec spec;
    spec.url = QUrl(config().optionString(QStringLiteral("iamUrl"), kDefaultIamUrl));
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("yandexPassportOauthToken"), config().apiKey()}})
                    .toJson(QJsonDocument::Compact);
    qCInfo(lcYandexGpt).noquote() << "exchanging the OAuth token for an IAM token at" << spec.url.host();
    QNetworkReply *reply = send(spec);
    OneShotRequest::await(
        reply, connectTimeoutMs(), this,
        [this, done](int status, const QByteArray &body, const ProviderError &transportError) {
            if (transportError.isError()) {
                done({}, transportError);
                return;
            }
            if (status < 200 || status >= 300) {
                ProviderError error = decodeErrorBody(status, body);
                if (status == 400 || status == 401 || status == 403)
                    error.setKind(ProviderError::Kind::Auth);
                error.setMessage(translate("Exchanging the Yandex OAuth token for an IAM token "
                                           "failed: %1")
                                     .arg(error.message()));
                qCWarning(lcYandexGpt).noquote() << error.toString();
                done({}, error);
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            AccessTokenCache::Token token;
            token.value = object.value(QStringLiteral("iamToken")).toString();
            token.expiresAtMs = parseExpiresAt(object.value(QStringLiteral("expiresAt")).toString());
            if (token.expiresAtMs <= 0)
                token.expiresAtMs = m_iamTokens->nowMs() + 60 * 60 * 1000;
            qCInfo(lcYandexGpt) << "IAM token received";
            done(token, ProviderError());
        });
}

HttpRequestSpec YandexGptProvider::buildModelsRequest() const
{
    // Not used: there is no native list endpoint (see fetchModels).
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/foundationModels/v1/completion"));
    return spec;
}

QList<ModelInfo> YandexGptProvider::parseModels(const QByteArray &body, bool *ok) const
{
    Q_UNUSED(body)
    *ok = true;
    return staticModels();
}

HealthReply *YandexGptProvider::checkHealth()
{
    // ChatProvider::checkHealth() asks fetchModels() synchronously; the flag turns that one call
    // into a real request.
    m_healthProbe = true;
    HealthReply *reply = ChatProvider::checkHealth();
    m_healthProbe = false;
    return reply;
}

void YandexGptProvider::probe(ModelListReply *reply)
{
    ChatRequest request;
    request.model =
        config().defaultModel.isEmpty() ? QStringLiteral("yandexgpt-lite") : config().defaultModel;
    const ProviderError invalid = configurationError(request);
    if (invalid.isError()) {
        reply->fail(invalid);
        return;
    }
    QPointer<ModelListReply> target(reply);
    authorize([this, target, request](const ProviderError &authError) {
        if (!target)
            return;
        if (authError.isError()) {
            target->fail(authError);
            return;
        }
        HttpRequestSpec spec;
        spec.url = endpoint(QStringLiteral("/foundationModels/v1/tokenize"));
        addAuthHeaders(spec);
        spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        spec.body = QJsonDocument(QJsonObject{{QStringLiteral("modelUri"), modelUri(request.model)},
                                              {QStringLiteral("text"), QStringLiteral("ping")}})
                        .toJson(QJsonDocument::Compact);
        OneShotRequest::await(
            send(spec), connectTimeoutMs(), this,
            [this, target](int status, const QByteArray &body, const ProviderError &transport) {
                if (!target)
                    return;
                if (transport.isError())
                    target->fail(transport);
                else if (status < 200 || status >= 300)
                    target->fail(decodeErrorBody(status, body));
                else
                    target->finish(staticModels());
            });
    });
}

void YandexGptProvider::fetchModels(ModelListReply *reply)
{
    if (m_healthProbe) {
        probe(reply);
        return;
    }
    // The list is static; with OAuth the token exchange still proves the credentials work.
    QPointer<ModelListReply> target(reply);
    authorize([target](const ProviderError &error) {
        if (!target)
            return;
        if (error.isError())
            target->fail(error);
        else
            target->finish(staticModels());
    });
}
