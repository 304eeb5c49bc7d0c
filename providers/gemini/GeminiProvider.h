// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"

#include <QJsonObject>

Q_DECLARE_LOGGING_CATEGORY(lcGemini)

// Type "gemini": Google's Generative Language API, POST
// /v1beta/models/{model}:streamGenerateContent?alt=sse (PROTOCOLS.md §8). The key goes in the
// x-goog-api-key header, never in the URL, so it cannot reach a log. Roles are user/model, the
// system prompt is systemInstruction. Each SSE chunk carries new text and running usage; there is
// no end marker: the answer is complete when the connection closes after a finishReason.
// Blocking finish reasons (SAFETY, RECITATION, …) end as content_filter; the reason itself is
// kept as the stream's finishDetail(). Thought parts go to ChatStream::appendThinking().
// Options: includeThoughts (false): ask thinking models for thought summaries.
class GeminiProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    static inline const QString kType = QStringLiteral("gemini");
    static inline const QString kDefaultBaseUrl = QStringLiteral("https://generativelanguage.googleapis.com");

    explicit GeminiProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    // The JSON body of a chat request (public for tests and the CLI's --dry-run).
    QJsonObject requestBody(const ChatRequest &request) const;

    static FinishReason finishReasonFor(const QString &value);
    // "34s", "1.5s" (protobuf Duration JSON) → ms; -1 when unreadable.
    static int parseDurationMs(const QString &value);

protected:
    const QLoggingCategory &logCategory() const override { return lcGemini(); }
    Framing framing() const override { return Framing::Sse; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    ProviderError decodeErrorBody(int status, const QByteArray &body) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;
    void fetchModels(ModelListReply *reply) override;

private:
    void addHeaders(HttpRequestSpec &spec) const;
    HttpRequestSpec modelsRequest(const QString &pageToken) const;
    void fetchModelPage(ModelListReply *reply, const QString &pageToken, const QList<ModelInfo> &soFar,
                        int page);
};
