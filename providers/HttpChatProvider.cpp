// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/HttpChatProvider.h"

#include "core/SecretMasker.h"
#include "providers/HttpErrors.h"
#include "providers/HttpStreamExchange.h"
#include "providers/NetworkService.h"
#include "providers/gigachat/OneShotRequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

HttpChatProvider::HttpChatProvider(ProviderInstanceConfig config, QObject *parent)
    : ChatProvider(std::move(config), parent)
{}

ChatStream *HttpChatProvider::chat(const ChatRequest &request)
{
    auto *stream = new ChatStream(this);
    auto *exchange = new HttpStreamExchange(this, request, stream);
    exchange->start();
    return stream;
}

int HttpChatProvider::connectTimeoutMs() const
{
    return qMax(1, config().optionInt(QStringLiteral("connectTimeoutMs"), 30 * 1000));
}

int HttpChatProvider::idleTimeoutMs() const
{
    return qMax(1, config().optionInt(QStringLiteral("idleTimeoutMs"), 60 * 1000));
}

RetryPolicy HttpChatProvider::retryPolicy() const
{
    RetryPolicy policy;
    policy.maxAttempts = qMax(1, config().optionInt(QStringLiteral("maxAttempts"), policy.maxAttempts));
    policy.baseDelayMs = qMax(0, config().optionInt(QStringLiteral("retryBaseDelayMs"), policy.baseDelayMs));
    policy.maxDelayMs = qMax(0, config().optionInt(QStringLiteral("retryMaxDelayMs"), policy.maxDelayMs));
    return policy;
}

ProviderError HttpChatProvider::decodeErrorBody(int status, const QByteArray &body) const
{
    ProviderError error(HttpErrors::kindForStatus(status), QString(), status);
    QString message;
    QString code;
    QString type;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue inner = object.value(QStringLiteral("error"));
        if (inner.isObject()) {
            const QJsonObject details = inner.toObject();
            message = details.value(QStringLiteral("message")).toString();
            const QJsonValue codeValue = details.value(QStringLiteral("code"));
            code = codeValue.isDouble() ? QString::number(codeValue.toInt()) : codeValue.toString();
            type = details.value(QStringLiteral("type")).toString();
            if (type.isEmpty())
                type = details.value(QStringLiteral("status")).toString(); // Google style
        } else if (inner.isString()) {
            message = inner.toString();
        } else {
            message = object.value(QStringLiteral("message")).toString();
        }
    }
    if (message.isEmpty() && !body.isEmpty()) {
        // HTML error pages from proxies and gateways: keep a readable snippet.
        QString text = QString::fromUtf8(body.left(4096));
        text.remove(QRegularExpression(QStringLiteral("<(script|style)[^>]*>.*</\\1>"),
                                       QRegularExpression::DotMatchesEverythingOption |
                                           QRegularExpression::CaseInsensitiveOption));
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        message = text.simplified().left(300);
    }
    if (message.isEmpty())
        message = QCoreApplication::translate("HttpChatProvider", "HTTP status %1").arg(status);

    if (code == QLatin1String("insufficient_quota") || type == QLatin1String("insufficient_quota"))
        error.setKind(ProviderError::Kind::QuotaExhausted);
    else if (code == QLatin1String("context_length_exceeded") ||
             ((status == 400 || status == 413 || status == 422) &&
              HttpErrors::looksLikeContextTooLong(message)))
        error.setKind(ProviderError::Kind::ContextTooLong);
    else if (code == QLatin1String("invalid_api_key"))
        error.setKind(ProviderError::Kind::Auth);
    else if (code == QLatin1String("model_not_found"))
        error.setKind(ProviderError::Kind::NotFound);
    error.setProviderCode(code.isEmpty() ? type : code);
    error.setMessage(SecretMasker::masked(message));
    return error;
}

void HttpChatProvider::authorize(const std::function<void(const ProviderError &)> &done)
{
    done(ProviderError());
}

QSslConfiguration HttpChatProvider::sslConfiguration() const
{
    if (m_sslConfigured)
        return m_sslConfiguration;
    m_sslConfigured = true;
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    const QString caFile = config().optionString(QStringLiteral("caCertificatesFile"));
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(logCategory()) << "no certificate could be read from" << caFile;
        m_sslConfiguration.setCaCertificates(m_sslConfiguration.caCertificates() + extra);
    }
    if (config().optionBool(QStringLiteral("insecureSkipTlsVerify"), false)) {
        qCWarning(logCategory()) << "TLS certificate checks are OFF for" << config().id;
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return m_sslConfiguration;
}

QUrl HttpChatProvider::endpoint(const QString &path) const
{
    QUrl url = config().baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QNetworkRequest HttpChatProvider::networkRequest(const HttpRequestSpec &spec) const
{
    QNetworkRequest request(spec.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, NetworkService::userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    const bool https = spec.url.scheme() == QLatin1String("https");
    // HTTP/2 where the server offers it (negotiated by ALPN); never a cleartext upgrade attempt.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, https);
    if (https && QSslSocket::supportsSsl())
        request.setSslConfiguration(sslConfiguration());
    for (const auto &header : spec.headers)
        request.setRawHeader(header.first, header.second);
    const QJsonObject extra = config().options.value(QStringLiteral("extraHeaders")).toObject();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    return request;
}

QNetworkAccessManager *HttpChatProvider::network() const
{
    return NetworkService::manager(config());
}

QNetworkReply *HttpChatProvider::send(const HttpRequestSpec &spec) const
{
    const QNetworkRequest request = networkRequest(spec);
    QNetworkAccessManager *nam = network();
    if (spec.method == "GET")
        return nam->get(request);
    if (spec.method == "POST")
        return nam->post(request, spec.body);
    return nam->sendCustomRequest(request, spec.method, spec.body);
}

ProviderError HttpChatProvider::errorFromResponse(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ProviderError error = decodeErrorBody(status, body);
    error.setHttpStatus(status);
    if (error.requestId().isEmpty()) {
        QByteArray id = reply->rawHeader(requestIdHeader());
        if (id.isEmpty())
            id = reply->rawHeader("request-id");
        error.setRequestId(QString::fromLatin1(id));
    }
    if (error.retryAfterMs() < 0)
        error.setRetryAfterMs(RetryPolicy::parseRetryAfterMs(reply->rawHeader("retry-after-ms"),
                                                             reply->rawHeader("retry-after")));
    return error;
}

HttpRequestSpec HttpChatProvider::buildTokenCountRequest(const ChatRequest &) const
{
    return {};
}

int HttpChatProvider::parseTokenCount(const QByteArray &, bool *ok) const
{
    *ok = false;
    return -1;
}

TokenCountReply *HttpChatProvider::countTokens(const ChatRequest &request)
{
    if (buildTokenCountRequest(request).url.isEmpty())
        return nullptr;
    auto *reply = new TokenCountReply(this);
    QPointer<TokenCountReply> target(reply);
    authorize([this, target, request](const ProviderError &authError) {
        if (!target)
            return;
        if (authError.isError()) {
            target->fail(authError);
            return;
        }
        const HttpRequestSpec spec = buildTokenCountRequest(request);
        qCInfo(logCategory()).noquote()
            << QStringLiteral("POST %1 (token count)").arg(SecretMasker::masked(spec.url.toString()));
        // A small, non-streamed answer: OneShotRequest owns the time limit and transport errors.
        OneShotRequest::await(
            send(spec), connectTimeoutMs(), this,
            [this, target](int status, const QByteArray &body, const ProviderError &transport) {
                if (!target)
                    return;
                if (transport.isError()) {
                    target->fail(transport);
                    return;
                }
                if (status < 200 || status >= 300) {
                    ProviderError error = decodeErrorBody(status, body);
                    error.setHttpStatus(status);
                    target->fail(error);
                    return;
                }
                bool ok = false;
                const int tokens = parseTokenCount(body, &ok);
                if (!ok) {
                    target->fail(ProviderError(
                        ProviderError::Kind::BadResponse,
                        QCoreApplication::translate("HttpChatProvider", "The token count could not be read."),
                        status));
                    return;
                }
                target->finish(tokens);
            });
    });
    return reply;
}

void HttpChatProvider::fetchModels(ModelListReply *reply)
{
    QPointer<ModelListReply> target(reply);
    authorize([this, target](const ProviderError &authError) {
        if (!target)
            return;
        if (authError.isError()) {
            target->fail(authError);
            return;
        }
        const HttpRequestSpec spec = buildModelsRequest();
        qCInfo(logCategory()).noquote()
            << QStringLiteral("GET %1").arg(SecretMasker::masked(spec.url.toString()));
        QNetworkReply *networkReply = send(spec);
        auto *timer = new QTimer(networkReply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, networkReply, [networkReply] {
            networkReply->setProperty("mmchatTimedOut", true);
            networkReply->abort();
        });
        timer->start(connectTimeoutMs());
        connect(networkReply, &QNetworkReply::finished, this, [this, networkReply, target] {
            networkReply->deleteLater();
            if (!target)
                return;
            const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = networkReply->readAll();
            if (networkReply->property("mmchatTimedOut").toBool()) {
                target->fail(ProviderError(
                    ProviderError::Kind::Timeout,
                    QCoreApplication::translate("HttpChatProvider", "The provider did not answer in time.")));
                return;
            }
            if (status == 0) {
                target->fail(
                    HttpErrors::fromNetworkError(networkReply->error(), networkReply->errorString()));
                return;
            }
            if (status < 200 || status >= 300) {
                const ProviderError error = errorFromResponse(networkReply, body);
                qCWarning(logCategory()).noquote() << "model list failed:" << error.toString();
                target->fail(error);
                return;
            }
            bool ok = false;
            const QList<ModelInfo> models = parseModels(body, &ok);
            if (!ok) {
                target->fail(ProviderError(
                    ProviderError::Kind::BadResponse,
                    QCoreApplication::translate("HttpChatProvider", "The model list could not be read."),
                    status));
                return;
            }
            target->finish(models);
        });
    });
}
