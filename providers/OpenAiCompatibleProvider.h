// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"

#include <QJsonObject>

Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)

// Type "openai": Chat Completions over SSE (OpenAI, Groq, OpenRouter, Mistral, DeepSeek,
// LM Studio, vLLM, any compatible server). Options:
//   maxTokensField: "max_tokens" (default) or "max_completion_tokens" (OpenAI's newer models)
//   includeUsage: send stream_options.include_usage (default true; Mistral rejects it)
class OpenAiCompatibleProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    static inline const QString kType = QStringLiteral("openai");

    explicit OpenAiCompatibleProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    // The JSON body of a chat request (public for tests and the CLI's --dry-run).
    QJsonObject requestBody(const ChatRequest &request) const;

protected:
    const QLoggingCategory &logCategory() const override { return lcOpenAi(); }
    Framing framing() const override { return Framing::Sse; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;

private:
    void addAuthorization(HttpRequestSpec &spec) const;
};
