// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/HttpStreamExchange.h"

#include "core/SecretMasker.h"
#include "llm/ChatStream.h"
#include "providers/HttpChatProvider.h"
#include "providers/HttpErrors.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace {

constexpr qsizetype kMaxErrorBodyBytes = 256 * 1024;

} // namespace

HttpStreamExchange::HttpStreamExchange(HttpChatProvider *provider, const ChatRequest &request,
                                       ChatStream *stream)
    : QObject(stream)
    , m_provider(provider)
    , m_request(request)
    , m_stream(stream)
    , m_policy(provider->retryPolicy())
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // the UI shows the wait as a countdown
    connect(&m_timeout, &QTimer::timeout, this, &HttpStreamExchange::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpStreamExchange::beginAttempt);
    connect(stream, &ChatStream::cancelRequested, this, &HttpStreamExchange::onCancelRequested);
}

HttpStreamExchange::~HttpStreamExchange()
{
    dropReply();
}

void HttpStreamExchange::start()
{
    m_clock.start();
    beginAttempt();
}

void HttpStreamExchange::beginAttempt()
{
    if (m_ended || !m_provider)
        return;
    ++m_attempt;
    QPointer<HttpStreamExchange> self(this);
    m_provider->authorize([self](const ProviderError &error) {
        if (!self || self->m_ended)
            return;
        if (error.isError()) {
            self->handleFailure(error);
            return;
        }
        self->sendRequest();
    });
}

void HttpStreamExchange::sendRequest()
{
    const HttpRequestSpec spec = m_provider->buildChatRequest(m_request);
    const QLoggingCategory &category = m_provider->logCategory();
    qCInfo(category).noquote() << QStringLiteral("%1 %2 model=%3 attempt=%4")
                                      .arg(QString::fromLatin1(spec.method),
                                           SecretMasker::masked(spec.url.toString()), m_request.model)
                                      .arg(m_attempt);
    if (category.isDebugEnabled()) {
        for (const auto &header : spec.headers)
            qCDebug(category).noquote()
                << SecretMasker::masked(QString::fromLatin1(header.first + ": " + header.second));
    }

    m_sse = std::make_unique<SseDecoder>();
    m_ndjson = std::make_unique<NdjsonDecoder>();
    m_context = std::make_unique<StreamDecodeContext>(m_stream);
    m_errorBody.clear();
    m_status = 0;
    m_headersSeen = false;

    m_reply = m_provider->send(spec);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStreamExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStreamExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStreamExchange::onFinished);
    m_timeout.start(m_provider->connectTimeoutMs());
}

void HttpStreamExchange::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_headersSeen = true;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_timeout.start(m_provider->idleTimeoutMs());
}

void HttpStreamExchange::onReadyRead()
{
    if (!m_reply || m_ended)
        return;
    if (!m_headersSeen)
        onMetaDataChanged();
    m_timeout.start(m_provider->idleTimeoutMs());
    const QByteArray bytes = m_reply->readAll();
    if (!replyIsSuccess()) {
        if (m_errorBody.size() < kMaxErrorBodyBytes)
            m_errorBody.append(bytes.left(kMaxErrorBodyBytes - m_errorBody.size()));
        return;
    }
    consume(bytes);
    settleIfDecided();
}

void HttpStreamExchange::consume(const QByteArray &bytes)
{
    m_bytes += bytes.size();
    m_events.clear();
    if (m_provider->framing() == HttpChatProvider::Framing::Sse)
        m_sse->feed(bytes.constData(), bytes.size(), m_events);
    else
        m_ndjson->feed(bytes.constData(), bytes.size(), m_events);
    for (const StreamEvent &event : std::as_const(m_events)) {
        ++m_eventCount;
        m_provider->decodeEvent(event, *m_context);
        if (m_context->hasFailed() || m_context->isDone())
            break;
    }
    if (!m_context->hasFailed() && (m_sse->hasError() || m_ndjson->hasError())) {
        const QString reason = m_sse->hasError() ? m_sse->errorString() : m_ndjson->errorString();
        m_context->fail(ProviderError(ProviderError::Kind::BadResponse, reason, m_status));
    }
}

void HttpStreamExchange::consumeEndOfStream()
{
    m_events.clear();
    if (m_provider->framing() == HttpChatProvider::Framing::Sse) {
        m_sse->finish();
    } else {
        m_ndjson->finish(m_events);
        for (const StreamEvent &event : std::as_const(m_events)) {
            m_provider->decodeEvent(event, *m_context);
            if (m_context->hasFailed() || m_context->isDone())
                break;
        }
    }
}

bool HttpStreamExchange::settleIfDecided()
{
    if (m_ended)
        return true;
    if (m_context->hasFailed()) {
        dropReply();
        ProviderError error = m_context->error();
        if (error.httpStatus() == 0)
            error.setHttpStatus(m_status);
        handleFailure(error);
        return true;
    }
    if (m_context->isDone()) {
        dropReply();
        complete();
        return true;
    }
    return false;
}

void HttpStreamExchange::onFinished()
{
    if (!m_reply || m_ended)
        return;
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (!m_headersSeen)
        onMetaDataChanged();
    const QByteArray rest = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_status != 0 && !replyIsSuccess()) {
        m_errorBody.append(rest.left(kMaxErrorBodyBytes));
        const ProviderError error = m_provider->errorFromResponse(reply, m_errorBody);
        dropReply();
        handleFailure(error);
        return;
    }
    if (m_status == 0) {
        const ProviderError error = HttpErrors::fromNetworkError(networkError, reply->errorString());
        dropReply();
        handleFailure(error);
        return;
    }
    consume(rest);
    if (settleIfDecided())
        return;
    consumeEndOfStream();
    if (settleIfDecided())
        return;
    dropReply();
    if (networkError == QNetworkReply::NoError && m_context->hasFinishReason()) {
        complete(); // providers that end by closing the connection (Gemini)
        return;
    }
    ProviderError error(ProviderError::Kind::Network,
                        QCoreApplication::translate("HttpStreamExchange",
                                                    "The connection closed before the answer was complete."),
                        m_status);
    if (networkError != QNetworkReply::NoError)
        error.setMessage(error.message() + QLatin1Char(' ') + SecretMasker::masked(reply->errorString()));
    handleFailure(error);
}

void HttpStreamExchange::onTimeout()
{
    if (m_ended || !m_reply)
        return;
    const bool firstByte = m_headersSeen;
    const int limitMs = firstByte ? m_provider->idleTimeoutMs() : m_provider->connectTimeoutMs();
    dropReply();
    const QString message =
        firstByte
            ? QCoreApplication::translate("HttpStreamExchange", "No data from the provider for %1 s.")
                  .arg(limitMs / 1000.0)
            : QCoreApplication::translate("HttpStreamExchange", "The provider did not answer within %1 s.")
                  .arg(limitMs / 1000.0);
    handleFailure(ProviderError(ProviderError::Kind::Timeout, message, m_status));
}

void HttpStreamExchange::onCancelRequested()
{
    if (m_ended)
        return;
    m_ended = true;
    m_retryTimer.stop();
    dropReply();
    if (m_provider)
        qCInfo(m_provider->logCategory()).noquote() << QStringLiteral("cancelled after %1 ms, %2 chars kept")
                                                           .arg(m_clock.elapsed())
                                                           .arg(m_stream->text().size());
}

void HttpStreamExchange::handleFailure(const ProviderError &error)
{
    if (m_ended || !m_provider)
        return;
    const QLoggingCategory &category = m_provider->logCategory();
    const bool textArrived = m_stream->hasText() || (m_context && m_context->textArrived());
    if (error.kind() == ProviderError::Kind::Auth && !m_authRetried && !textArrived &&
        m_provider->invalidateAuthorization()) {
        m_authRetried = true;
        qCInfo(category) << "authorization rejected; authorizing again";
        beginAttempt();
        return;
    }
    if (m_policy.shouldRetry(m_attempt, error, textArrived)) {
        const int waitMs = m_policy.delayMs(m_attempt, error);
        qCWarning(category).noquote() << QStringLiteral("attempt %1 failed: %2; retrying in %3 ms")
                                             .arg(m_attempt)
                                             .arg(SecretMasker::masked(error.toString()))
                                             .arg(waitMs);
        m_stream->reportRetry(waitMs, m_attempt + 1, error);
        m_retryTimer.start(waitMs);
        return;
    }
    m_ended = true;
    qCWarning(category).noquote() << QStringLiteral("failed after %1 ms (attempt %2, %3 chars kept): %4")
                                         .arg(m_clock.elapsed())
                                         .arg(m_attempt)
                                         .arg(m_stream->text().size())
                                         .arg(SecretMasker::masked(error.toString()));
    m_stream->fail(error);
}

void HttpStreamExchange::complete()
{
    if (m_ended)
        return;
    m_ended = true;
    const FinishReason reason = m_context->hasFinishReason() ? m_context->finishReason() : FinishReason::Stop;
    if (m_provider)
        qCInfo(m_provider->logCategory()).noquote()
            << QStringLiteral("finished (%1) in %2 ms: %3 events, %4 bytes, %5 chars")
                   .arg(FinishReasons::name(reason))
                   .arg(m_clock.elapsed())
                   .arg(m_eventCount)
                   .arg(m_bytes)
                   .arg(m_stream->text().size());
    m_stream->finish(reason, m_context->finishDetail());
}

void HttpStreamExchange::dropReply()
{
    m_timeout.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
