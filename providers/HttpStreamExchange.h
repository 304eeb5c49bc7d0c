// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatRequest.h"
#include "providers/NdjsonDecoder.h"
#include "providers/RetryPolicy.h"
#include "providers/SseDecoder.h"
#include "providers/StreamDecodeContext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ChatStream;
class HttpChatProvider;
class QNetworkReply;

// Runs one streamed chat request for HttpChatProvider: attempts with retries before the first
// token, timeouts, decoding, cancellation. A child of its ChatStream, so it dies with it.
class HttpStreamExchange : public QObject
{
    Q_OBJECT

public:
    HttpStreamExchange(HttpChatProvider *provider, const ChatRequest &request, ChatStream *stream);
    ~HttpStreamExchange() override;

    void start();

private:
    void beginAttempt();
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void onCancelRequested();
    void consume(const QByteArray &bytes);
    void consumeEndOfStream();
    bool settleIfDecided(); // true when the stream ended because of what was decoded
    void handleFailure(const ProviderError &error);
    void complete();
    void dropReply();
    bool replyIsSuccess() const { return m_status >= 200 && m_status < 300; }

    QPointer<HttpChatProvider> m_provider;
    ChatRequest m_request;
    ChatStream *m_stream;
    RetryPolicy m_policy;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    std::unique_ptr<SseDecoder> m_sse;
    std::unique_ptr<NdjsonDecoder> m_ndjson;
    std::unique_ptr<StreamDecodeContext> m_context;
    QList<StreamEvent> m_events;
    QByteArray m_errorBody;
    qint64 m_bytes = 0;
    qint64 m_eventCount = 0;
    int m_attempt = 0;
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_authRetried = false;
    bool m_ended = false;
};
