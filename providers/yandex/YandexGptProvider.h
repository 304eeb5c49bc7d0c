// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"
#include "providers/gigachat/AccessTokenCache.h"

#include <QJsonObject>

Q_DECLARE_LOGGING_CATEGORY(lcYandexGpt)

// Type "yandexgpt": Yandex Cloud Foundation Models, native completion API. The stream is NDJSON
// of cumulative snapshots ({"result":{...}} with the whole text so far); they become deltas, or a
// replaceText when Yandex revised earlier text. The credential is the secret apiKey, used as
// option authMode says:
//   "apiKey" (default): a service-account API key        → Authorization: Api-Key …
//   "iam":   an IAM token (t1.…; the default for such a key) → Authorization: Bearer …
//   "oauth": a Yandex OAuth token, exchanged at iamUrl for an IAM token that is refreshed before
//            it expires and at least hourly, and once more after a 401.
// Other options: folderId (required for iam/oauth and to build model URIs), modelBranch
// ("latest" default, "rc", "deprecated"), allowDataLogging (false: x-data-logging-enabled: false),
// iamUrl (kDefaultIamUrl).
class YandexGptProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    enum class AuthMode { ApiKey, Iam, OAuth };

    static inline const QString kType = QStringLiteral("yandexgpt");
    static inline const QString kDefaultBaseUrl = QStringLiteral("https://llm.api.cloud.yandex.net");
    static inline const QString kDefaultIamUrl =
        QStringLiteral("https://iam.api.cloud.yandex.net/iam/v1/tokens");

    explicit YandexGptProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    ChatStream *chat(const ChatRequest &request) override;
    // The model list is static, so health is probed with a tokenize call (authenticated, free).
    HealthReply *checkHealth() override;

    AuthMode authMode() const;
    QString folderId() const;
    // gpt://<folder>/<model>/<branch>, or the model as is when it already is a URI.
    QString modelUri(const QString &model) const;
    QJsonObject requestBody(const ChatRequest &request) const;
    HttpRequestSpec buildTokenCountRequest(const ChatRequest &request) const override;
    int parseTokenCount(const QByteArray &body, bool *ok) const override;

    // yandexgpt-lite, yandexgpt, llama-lite, llama (there is no list endpoint).
    static QList<ModelInfo> staticModels();

    // For tests: the clock IAM token expiry is compared with (Unix ms), and the exchange count.
    void setClock(const AccessTokenCache::Clock &clock);
    int tokenFetchCount() const;

protected:
    const QLoggingCategory &logCategory() const override { return lcYandexGpt(); }
    Framing framing() const override { return Framing::Ndjson; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    ProviderError decodeErrorBody(int status, const QByteArray &body) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;
    void authorize(const std::function<void(const ProviderError &)> &done) override;
    bool invalidateAuthorization() override;
    void fetchModels(ModelListReply *reply) override;

private:
    ProviderError configurationError(const ChatRequest &request) const;
    void addAuthHeaders(HttpRequestSpec &spec) const;
    void probe(ModelListReply *reply);
    void exchangeOAuthToken(const AccessTokenCache::FetchDone &done);

    AccessTokenCache *m_iamTokens;
    bool m_healthProbe = false;
};
