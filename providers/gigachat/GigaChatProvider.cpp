// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gigachat/GigaChatProvider.h"

#include "core/SecretMasker.h"
#include "providers/HttpErrors.h"
#include "providers/gigachat/OneShotRequest.h"
#include "providers/gigachat/SerialStreamQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGigaChat, "mmchat.providers.gigachat")

namespace {

// GigaChat reports prompt tokens served from its cache as precached_prompt_tokens.
void setCachedTokens(TokenUsage &usage, qint64 cached)
{
    usage.cachedInputTokens = cached;
}

qint64 readCount(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? number : -1;
}

TokenUsage usageFrom(const QJsonObject &usage)
{
    TokenUsage result;
    result.inputTokens = readCount(usage, "prompt_tokens");
    result.outputTokens = readCount(usage, "completion_tokens");
    result.totalTokens = readCount(usage, "total_tokens");
    const qint64 cached = readCount(usage, "precached_prompt_tokens");
    if (cached >= 0)
        setCachedTokens(result, cached);
    return result;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("GigaChatProvider", text);
}

} // namespace

GigaChatProvider::GigaChatProvider(ProviderInstanceConfig config, QObject *parent)
    : HttpChatProvider(std::move(config), parent)
    , m_tokens(new AccessTokenCache(this))
{
    m_tokens->setRefreshMarginMs(60 * 1000);
    m_tokens->setFetcher([this](const AccessTokenCache::FetchDone &done) { fetchToken(done); });
    m_queue =
        new SerialStreamQueue([this](const ChatRequest &request) { return HttpChatProvider::chat(request); },
                              [](const ProviderError &error) { return explainTlsError(error); }, this);
    m_queue->setMaxActive(this->config().optionInt(QStringLiteral("maxConcurrentStreams"), 1));
    const QByteArray credential = basicCredential();
    if (!credential.isEmpty())
        SecretMasker::instance().addSecret(QString::fromLatin1(credential));
    if (!verifiesCertificates())
        qCWarning(lcGigaChat).noquote() << securityWarning();
}

GigaChatProvider::~GigaChatProvider() = default;

ChatStream *GigaChatProvider::chat(const ChatRequest &request)
{
    return m_queue->enqueue(request, this);
}

bool GigaChatProvider::verifiesCertificates() const
{
    return !config().optionBool(QStringLiteral("insecureSkipTlsVerify"), false);
}

QString GigaChatProvider::securityWarning() const
{
    if (verifiesCertificates())
        return QString();
    return translate(
        "Certificate checks are switched off for this provider: anyone on the network path can read "
        "and change the conversation. Use this only for testing; add the CA certificates file "
        "instead in Settings → Providers.");
}

QByteArray GigaChatProvider::basicCredential() const
{
    QString key = config().apiKey().trimmed();
    if (key.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive))
        key = key.mid(6).trimmed();
    if (!key.isEmpty()) {
        // "client_id:client_secret" pasted as is: encode it the way the cabinet would.
        if (key.contains(QLatin1Char(':')))
            return key.toUtf8().toBase64();
        return key.toLatin1();
    }
    const QString clientId = config().optionString(QStringLiteral("clientId")).trimmed();
    const QString clientSecret = config().secret(kClientSecret);
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return QByteArray();
    return (clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64();
}

void GigaChatProvider::setClock(const AccessTokenCache::Clock &clock)
{
    m_tokens->setClock(clock);
}

int GigaChatProvider::tokenFetchCount() const
{
    return m_tokens->fetchCount();
}

ProviderError GigaChatProvider::explainTlsError(const ProviderError &error)
{
    if (error.kind() != ProviderError::Kind::Tls)
        return error;
    ProviderError explained = error;
    explained.setProviderCode(QStringLiteral("untrusted_certificate"));
    explained.setAdvice(
        translate(
            "The certificate of the GigaChat server could not be verified (%1). Sber's servers use "
            "certificates issued by the Russian Trusted Root CA, which most system certificate stores do "
            "not include. Download the “Russian Trusted Root CA” certificate (PEM) from "
            "https://www.gosuslugi.ru/crt and choose it as “CA certificates” for this provider in "
            "Settings → Providers; it is then trusted for this provider only.")
            .arg(error.message()));
    return explained;
}

void GigaChatProvider::authorize(const std::function<void(const ProviderError &)> &done)
{
    m_tokens->ensure(done);
}

bool GigaChatProvider::invalidateAuthorization()
{
    if (m_tokens->lastFetchFailed())
        return false;
    qCInfo(lcGigaChat) << "access token rejected; fetching a new one";
    m_tokens->invalidate();
    return true;
}

void GigaChatProvider::fetchToken(const AccessTokenCache::FetchDone &done)
{
    const QByteArray credential = basicCredential();
    if (credential.isEmpty()) {
        done({}, ProviderError(ProviderError::Kind::Auth,
                               translate("No GigaChat authorization key is set. Paste the authorization key "
                                         "from Sber's developer cabinet in Settings → Providers.")));
        return;
    }
    HttpRequestSpec spec;
    spec.url = QUrl(config().optionString(QStringLiteral("authUrl"), kDefaultAuthUrl));
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("RqUID"), QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    spec.setHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credential);
    const QString scope = config().optionString(QStringLiteral("scope"), kDefaultScope);
    spec.body = QByteArrayLiteral("scope=") + QUrl::toPercentEncoding(scope);
    qCInfo(lcGigaChat).noquote()
        << QStringLiteral("requesting an access token from %1 (scope %2)").arg(spec.url.host(), scope);
    QNetworkReply *reply = send(spec);
    OneShotRequest::await(
        reply, connectTimeoutMs(), this,
        [this, done](int status, const QByteArray &body, const ProviderError &transportError) {
            if (transportError.isError()) {
                qCWarning(lcGigaChat).noquote()
                    << "access token request failed:" << transportError.toString();
                done({}, transportError);
                return;
            }
            if (status < 200 || status >= 300) {
                const ProviderError error = oauthError(status, body);
                qCWarning(lcGigaChat).noquote() << "access token refused:" << error.toString();
                done({}, error);
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            AccessTokenCache::Token token;
            token.value = object.value(QStringLiteral("access_token")).toString();
            QJsonValue expires = object.value(QStringLiteral("expires_at"));
            if (token.value.isEmpty()) { // legacy user/password flow: {"tok", "exp"}
                token.value = object.value(QStringLiteral("tok")).toString();
                expires = object.value(QStringLiteral("exp"));
            }
            qint64 expiresAt = qint64(expires.toDouble());
            if (expiresAt > 0 && expiresAt < 100000000000LL)
                expiresAt *= 1000; // seconds, not milliseconds
            if (expiresAt <= 0)
                expiresAt = m_tokens->nowMs() + 30 * 60 * 1000; // documented lifetime
            token.expiresAtMs = expiresAt;
            if (token.value.isEmpty()) {
                done({}, ProviderError(ProviderError::Kind::BadResponse,
                                       translate("The GigaChat authorization service sent no "
                                                 "access token."),
                                       status));
                return;
            }
            qCInfo(lcGigaChat) << "access token received";
            done(token, ProviderError());
        });
}

ProviderError GigaChatProvider::oauthError(int status, const QByteArray &body) const
{
    ProviderError error = decodeErrorBody(status, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue code = object.value(QStringLiteral("code"));
    const int oauthCode = code.isDouble() ? code.toInt() : code.toString().toInt();
    // 6: credentials do not match; 7: the key does not include the requested scope.
    if (status == 401 || status == 403 || oauthCode == 6 || oauthCode == 7)
        error.setKind(ProviderError::Kind::Auth);
    error.setMessage(translate("GigaChat authorization failed: %1").arg(error.message()));
    return error;
}

QJsonObject GigaChatProvider::requestBody(const ChatRequest &request) const
{
    // GigaChat accepts one system message and only as the first one (else 422).
    QStringList system;
    if (!request.systemPrompt.isEmpty())
        system.append(request.systemPrompt);
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            system.append(message.text);
            continue;
        }
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("content"), message.text}});
    }
    if (!system.isEmpty())
        messages.prepend(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), system.join(QStringLiteral("\n\n"))}});
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    return body;
}

void GigaChatProvider::addCommonHeaders(HttpRequestSpec &spec) const
{
    spec.setHeader(QByteArrayLiteral("Authorization"),
                   QByteArrayLiteral("Bearer ") + m_tokens->token().toUtf8());
    // No connection is shared with instances of other TLS settings: NetworkService keeps one
    // manager per CA file / insecure switch.
}

HttpRequestSpec GigaChatProvider::buildChatRequest(const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/chat/completions"));
    addCommonHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    spec.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    spec.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return spec;
}

void GigaChatProvider::decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const
{
    if (event.data.trimmed() == "[DONE]") {
        context.markDone();
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        context.fail(
            ProviderError(ProviderError::Kind::BadResponse,
                          translate("Unreadable event in the stream: %1").arg(parseError.errorString())));
        return;
    }
    const QJsonObject chunk = document.object();
    if (!chunk.contains(QStringLiteral("choices")) && chunk.contains(QStringLiteral("message"))) {
        // An error sent inside a 200 stream: {"status":429,"message":"Too many requests"}.
        const QJsonValue status = chunk.value(QStringLiteral("status"));
        ProviderError error = decodeErrorBody(status.isDouble() ? status.toInt() : 500, event.data);
        error.setHttpStatus(0);
        context.fail(error);
        return;
    }
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonValue content =
            choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content"));
        if (content.isString())
            context.appendText(content.toString());
        const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty())
            context.setProviderFinish(finish.toString()); // blacklist → filter
    }
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject())
        context.setUsage(usageFrom(usage.toObject()));
}

ProviderError GigaChatProvider::decodeErrorBody(int status, const QByteArray &body) const
{
    ProviderError error = HttpChatProvider::decodeErrorBody(status, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // API errors {"status", "message"}; OAuth errors {"code", "message"}.
    const QJsonValue code = object.contains(QStringLiteral("code")) ? object.value(QStringLiteral("code"))
                                                                    : object.value(QStringLiteral("status"));
    if (code.isDouble())
        error.setProviderCode(QString::number(code.toInt()));
    else if (code.isString())
        error.setProviderCode(code.toString());
    const QString message = error.message();
    if (status == 413 || message.contains(QLatin1String("payload too large"), Qt::CaseInsensitive))
        error.setKind(ProviderError::Kind::ContextTooLong);
    else if (status == 402)
        error.setKind(ProviderError::Kind::QuotaExhausted);
    else if (status == 429)
        error.setAdvice(
            translate(
                "%1 — GigaChat allows a personal account one request at a time. This program already sends "
                "them one by one, so another program or device is probably using the same key; wait a "
                "moment and press Retry.")
                .arg(message));
    return error;
}

HttpRequestSpec GigaChatProvider::buildModelsRequest() const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(QStringLiteral("/models"));
    addCommonHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return spec;
}

QList<ModelInfo> GigaChatProvider::parseModels(const QByteArray &body, bool *ok) const
{
    const QJsonValue data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data"));
    *ok = data.isArray();
    QList<ModelInfo> models;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QJsonValue type = object.value(QStringLiteral("type"));
        // Embedders, filters and detectors are listed too; only chat models answer here.
        if (id.isEmpty() || (type.isString() && type.toString() != QLatin1String("chat")))
            continue;
        models.append(ModelInfo{id, QString(), 0});
    }
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}

HttpRequestSpec GigaChatProvider::buildTokenCountRequest(const ChatRequest &request) const
{
    // POST /tokens/count {"model", "input": [texts]} → [{"object":"tokens","tokens","characters"}]
    HttpRequestSpec spec;
    spec.url = endpoint(QStringLiteral("/tokens/count"));
    addCommonHeaders(spec);
    spec.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    spec.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QJsonArray input;
    if (!request.systemPrompt.isEmpty())
        input.append(request.systemPrompt);
    for (const ChatMessage &message : request.messages)
        input.append(message.text);
    spec.body =
        QJsonDocument(QJsonObject{{QStringLiteral("model"), request.model}, {QStringLiteral("input"), input}})
            .toJson(QJsonDocument::Compact);
    return spec;
}

int GigaChatProvider::parseTokenCount(const QByteArray &body, bool *ok) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    *ok = document.isArray();
    int tokens = 0;
    for (const QJsonValue &value : document.array()) {
        const QJsonValue count = value.toObject().value(QLatin1String("tokens"));
        if (!count.isDouble())
            *ok = false;
        tokens += count.toInt();
    }
    return tokens;
}

void GigaChatProvider::fetchModels(ModelListReply *reply)
{
    fetchModelsAttempt(reply, false);
}

void GigaChatProvider::fetchModelsAttempt(ModelListReply *target, bool retried)
{
    QPointer<ModelListReply> guarded(target);
    auto *attempt = new ModelListReply(this);
    connect(attempt, &ModelListReply::finished, this, [this, attempt, guarded, retried] {
        attempt->deleteLater();
        if (!guarded)
            return;
        const ProviderError error = attempt->error();
        if (!error.isError()) {
            guarded->finish(attempt->models());
            return;
        }
        if (error.kind() == ProviderError::Kind::Auth && !retried && error.httpStatus() == 401 &&
            invalidateAuthorization()) {
            fetchModelsAttempt(guarded, true);
            return;
        }
        guarded->fail(explainTlsError(error));
    });
    HttpChatProvider::fetchModels(attempt);
}
