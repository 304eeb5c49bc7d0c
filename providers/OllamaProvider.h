// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/HttpChatProvider.h"

#include <QJsonObject>

Q_DECLARE_LOGGING_CATEGORY(lcOllama)

// Type "ollama": the native /api/chat NDJSON stream and /api/tags. No key (one is sent as a
// Bearer token when configured, for servers behind an authenticating proxy).
class OllamaProvider : public HttpChatProvider
{
    Q_OBJECT

public:
    static inline const QString kType = QStringLiteral("ollama");
    static inline const QString kDefaultBaseUrl = QStringLiteral("http://127.0.0.1:11434");

    explicit OllamaProvider(ProviderInstanceConfig config, QObject *parent = nullptr);

    QJsonObject requestBody(const ChatRequest &request) const;

protected:
    const QLoggingCategory &logCategory() const override { return lcOllama(); }
    Framing framing() const override { return Framing::Ndjson; }
    HttpRequestSpec buildChatRequest(const ChatRequest &request) const override;
    void decodeEvent(const StreamEvent &event, StreamDecodeContext &context) const override;
    HttpRequestSpec buildModelsRequest() const override;
    QList<ModelInfo> parseModels(const QByteArray &body, bool *ok) const override;

private:
    void addAuthorization(HttpRequestSpec &spec) const;
};
