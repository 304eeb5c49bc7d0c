// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"

#include <QJsonObject>

Q_DECLARE_LOGGING_CATEGORY(lcAnthropic)

// Type "anthropic": the Messages API (POST /v1/messages) streamed as named SSE events
// (PROTOCOLS.md §7). The system prompt is the top-level "system" field, consecutive turns of one
// role are merged, max_tokens is always sent. Thinking deltas go to ChatStream::appendThinking(), never into
// the answer. Options:
//   defaultMaxTokens: max_tokens when the request has none (kDefaultMaxTokens)
//   anthropicVersion: the anthropic-version header (kApiVersion)
//   anthropicBeta: an anthropic-beta header, sent when set
//   thinkingBudgetTokens: turns extended thinking on with this budget (at least
//     kMinThinkingBudget; 0, the default, is off); max_tokens then grows by the budget
class AnthropicProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    static inline const QString kType = QStringLiteral("anthropic");
    static inline const QString kDefaultBaseUrl = QStringLiteral("https://api.anthropic.com");
    static inline const QString kApiVersion = QStringLiteral("2023-06-01");
    static constexpr int kDefaultMaxTokens = 4096;
    static constexpr int kMinThinkingBudget = 1024;

    explicit AnthropicProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    // The JSON body of a chat request (public for tests and the CLI's --dry-run).
    QJsonObject requestBody(const ChatRequest &request) const;

    // Kind for an Anthropic error type ("overloaded_error", …); None when the type is unknown.
    static ProviderError::Kind kindForErrorType(const QString &type);

protected:
    const QLoggingCategory &logCategory() const override { return lcAnthropic(); }
    Framing framing() const override { return Framing::Sse; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    ProviderError decodeErrorBody(int status, const QByteArray &body) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;
    void fetchModels(ModelListReply *reply) override;
    QByteArray requestIdHeader() const override { return QByteArrayLiteral("request-id"); }

private:
    void addHeaders(HttpRequestSpec &spec) const;
    HttpRequestSpec modelsRequest(const QString &afterId) const;
    void fetchModelPage(ModelListReply *reply, const QString &afterId, const QList<ModelInfo> &soFar,
                        int page);
};
