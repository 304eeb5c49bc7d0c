// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatProvider.h"
#include "providers/HttpRequestSpec.h"
#include "providers/RetryPolicy.h"
#include "providers/StreamDecodeContext.h"
#include "providers/StreamEvent.h"

#include <QLoggingCategory>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Base of every HTTP provider type, in the template-method style: it runs the exchange
// (NetworkService's manager, retries before the first token, connect/first-byte and idle
// timeouts, cancellation, masked logging, error mapping); a type supplies the request, the
// decoding of stream events and of error bodies, and the model list.
class HttpChatProvider : public ChatProvider
{
    Q_OBJECT

public:
    enum class Framing { Sse, Ndjson };

    explicit HttpChatProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    ChatStream *chat(const ChatRequest &request) override;
    TokenCountReply *countTokens(const ChatRequest &request) override;

    // From the options (connectTimeoutMs, idleTimeoutMs, maxAttempts, retryBaseDelayMs).
    int connectTimeoutMs() const;
    int idleTimeoutMs() const;
    RetryPolicy retryPolicy() const;

protected:
    virtual const QLoggingCategory &logCategory() const = 0;
    virtual Framing framing() const = 0;
    virtual HttpRequestSpec buildChatRequest(const ChatRequest &request) const = 0;
    // One SSE event or NDJSON line of a successful (2xx) response.
    virtual void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const = 0;
    // A non-2xx response. The default maps the status and reads common JSON error shapes
    // ({"error":{"message","type","code"}}, {"error":"text"}, {"message"}); the base adds the
    // request id and retry hint from the headers afterwards.
    virtual ProviderError decodeErrorBody(int status, const QByteArray &body) const;
    virtual HttpRequestSpec buildModelsRequest() const = 0;
    // A provider with a token counter returns its request here (an empty URL: none) and reads
    // the answer in parseTokenCount().
    virtual HttpRequestSpec buildTokenCountRequest(const ChatRequest &request) const;
    virtual int parseTokenCount(const QByteArray &body, bool *ok) const;
    virtual QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const = 0;

    // Runs before every attempt (e.g. an OAuth token fetch); call done with an error to fail
    // the request or with a default-constructed one to go on. Default: ready at once.
    virtual void authorize(const std::function<void(const ProviderError &)> &done);
    // On a 401, may drop a cached token and return true: the request is authorized and sent
    // once more. Default: false.
    virtual bool invalidateAuthorization() { return false; }

    // TLS settings for this instance: system roots plus the PEM file in caCertificatesFile.
    virtual QSslConfiguration sslConfiguration() const;

    // baseUrl + path, keeping the base's own path ("…/openai/v1" + "/chat/completions").
    QUrl endpoint(const QString &path) const;
    QNetworkRequest networkRequest(const HttpRequestSpec &spec) const;
    QNetworkReply *send(const HttpRequestSpec &spec) const;
    QNetworkAccessManager *network() const;

    void fetchModels(ModelListReply *reply) override;

    // The request id header this provider sends back (x-request-id by default).
    virtual QByteArray requestIdHeader() const { return QByteArrayLiteral("x-request-id"); }

private:
    friend class HttpStreamExchange;
    ProviderError errorFromResponse(QNetworkReply *reply, const QByteArray &body) const;

    mutable QSslConfiguration m_sslConfiguration;
    mutable bool m_sslConfigured = false;
};
