// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"
#include "providers/gigachat/AccessTokenCache.h"

#include <QJsonObject>

class SerialStreamQueue;

Q_DECLARE_LOGGING_CATEGORY(lcGigaChat)

// Type "gigachat" (Sber): OAuth access tokens, Chat Completions v1 over SSE, GET /models.
// Credentials: the "authorization key" from Sber's cabinet (secret apiKey, base64 of
// client_id:client_secret) or option clientId + secret clientSecret. Options:
//   authUrl (kDefaultAuthUrl), scope (GIGACHAT_API_PERS | GIGACHAT_API_B2B | GIGACHAT_API_CORP),
//   maxConcurrentStreams (1: personal accounts allow one stream at a time),
//   caCertificatesFile (PEM with the Russian Trusted Root CA, trusted by this instance only),
//   insecureSkipTlsVerify (testing only; securityWarning() says so while it is on).
// The access token lives in memory only and is shared by every request of the instance.
class GigaChatProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    static inline const QString kType = QStringLiteral("gigachat");
    static inline const QString kDefaultBaseUrl =
        QStringLiteral("https://gigachat.devices.sberbank.ru/api/v1");
    static inline const QString kDefaultAuthUrl =
        QStringLiteral("https://ngw.devices.sberbank.ru:9443/api/v2/oauth");
    static inline const QString kDefaultScope = QStringLiteral("GIGACHAT_API_PERS");
    static inline const QString kClientSecret = QStringLiteral("clientSecret");

    explicit GigaChatProvider(ProviderInstanceConfig config, QObject *parent = nullptr);
    ~GigaChatProvider() override;

    // Queued behind the instance's running stream(s); see maxConcurrentStreams.
    ChatStream *chat(const ChatRequest &request) override;

    QJsonObject requestBody(const ChatRequest &request) const;

    // Non-empty (and permanent) while certificate checks are switched off for this instance.
    QString securityWarning() const;
    bool verifiesCertificates() const;

    // The value after "Basic " in the OAuth request; empty when no credentials are configured.
    QByteArray basicCredential() const;

    // For tests: the clock the token expiry is compared with (Unix ms) and the fetch counter.
    void setClock(const AccessTokenCache::Clock &clock);
    int tokenFetchCount() const;

    // A TLS failure rewritten to explain the Russian Trusted Root CA and where to set it.
    static ProviderError explainTlsError(const ProviderError &error);

protected:
    const QLoggingCategory &logCategory() const override { return lcGigaChat(); }
    Framing framing() const override { return Framing::Sse; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    ProviderError decodeErrorBody(int status, const QByteArray &body) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;
    void authorize(const std::function<void(const ProviderError &)> &done) override;
    bool invalidateAuthorization() override;
    void fetchModels(ModelListReply *reply) override;
    HttpRequestSpec buildTokenCountRequest(const ChatRequest &request) const override;
    int parseTokenCount(const QByteArray &body, bool *ok) const override;

private:
    void fetchToken(const AccessTokenCache::FetchDone &done);
    ProviderError oauthError(int status, const QByteArray &body) const;
    void fetchModelsAttempt(ModelListReply *target, bool retried);
    void addCommonHeaders(HttpRequestSpec &spec) const;

    AccessTokenCache *m_tokens;
    SerialStreamQueue *m_queue;
};
