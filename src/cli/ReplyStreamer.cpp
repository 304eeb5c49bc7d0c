// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyStreamer.h"

#include "ExitCode.h"
#include "SigintNotifier.h"
#include "Terminal.h"

#include "services/ChatService.h"

#include <QEventLoop>

ReplyStreamer::ReplyStreamer(ChatService &chat, Terminal &terminal, SigintNotifier *sigint, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_terminal(terminal)
    , m_sigint(sigint)
{}

int ReplyStreamer::run(const std::function<bool()> &start)
{
    m_answer = Message();
    m_printed.clear();
    m_serviceError.clear();
    m_stopped = false;
    m_thinkingShown = false;
    ProviderError failure;
    bool ended = false;
    QEventLoop loop;

    QList<QMetaObject::Connection> connections;
    connections << connect(&m_chat, &ChatService::replyDelta, this, [this](qint64, const QString &delta) {
        if (m_thinkingShown && m_printed.isEmpty())
            m_terminal.errorText(QStringLiteral("\n"));
        m_printed += delta;
        m_terminal.out(delta);
    });
    connections << connect(&m_chat, &ChatService::replyThinking, this, [this](qint64, const QString &delta) {
        // The reasoning goes to stderr, dimmed: standard output carries the answer alone.
        if (!m_thinkingShown) {
            m_thinkingShown = true;
            m_terminal.errorText(m_terminal.styled(tr("thinking: "), Terminal::Style::Dim));
        }
        m_terminal.errorText(m_terminal.styled(delta, Terminal::Style::Dim));
    });
    connections << connect(&m_chat, &ChatService::replyReplaced, this, [this](qint64, const QString &whole) {
        // Providers that resend the whole text usually extend it: print only what is new.
        if (whole.startsWith(m_printed)) {
            m_terminal.out(whole.mid(m_printed.size()));
        } else {
            m_terminal.out(QLatin1Char('\n') + whole);
        }
        m_printed = whole;
    });
    connections << connect(&m_chat, &ChatService::replyRetrying, this,
                           [this](qint64, int waitMs, int attempt, const ProviderError &reason) {
                               m_terminal.warning(tr("%1 Trying again in %2 s (attempt %3).")
                                                      .arg(reason.userMessage())
                                                      .arg((waitMs + 999) / 1000)
                                                      .arg(attempt));
                           });
    connections << connect(&m_chat, &ChatService::errorOccurred, this,
                           [this](qint64, const QString &message) { m_serviceError = message; });
    connections << connect(&m_chat, &ChatService::replyEnded, this,
                           [&](const Message &message, const ProviderError &error) {
                               m_answer = message;
                               failure = error;
                               ended = true;
                               loop.quit();
                           });
    if (m_sigint) {
        m_sigint->clear();
        connections << connect(m_sigint, &SigintNotifier::interrupted, this, [this] {
            if (m_chat.isStreaming()) {
                m_stopped = true;
                m_chat.stop();
            }
        });
    }

    const bool started = start();
    if (started && !ended)
        loop.exec();
    for (const QMetaObject::Connection &connection : connections)
        disconnect(connection);

    if (!started) {
        if (!m_serviceError.isEmpty())
            m_terminal.error(m_serviceError);
        return ExitRuntime;
    }
    if (!m_printed.isEmpty() && !m_printed.endsWith(QLatin1Char('\n')))
        m_terminal.out(QStringLiteral("\n"));
    if (failure.kind() == ProviderError::Kind::Cancelled || m_stopped) {
        m_terminal.error(tr("stopped; the partial answer is kept"));
        return ExitRuntime;
    }
    if (failure.isError()) {
        m_terminal.error(failure.userMessage());
        const bool credentials =
            failure.kind() == ProviderError::Kind::Auth || failure.kind() == ProviderError::Kind::Permission;
        return credentials ? ExitCredentials : ExitRuntime;
    }
    // An answer that is not whole says why (the text itself went to stdout as it came).
    const QString detail = m_answer.finishDetail.isEmpty() || m_answer.finishDetail == m_answer.finishReason
                               ? QString()
                               : QStringLiteral(" (%1)").arg(m_answer.finishDetail);
    if (m_answer.finishReason == QLatin1String("length"))
        m_terminal.warning(
            tr("the answer was cut off at the token limit%1; --max-tokens raises it").arg(detail));
    else if (m_answer.finishReason == QLatin1String("content_filter"))
        m_terminal.warning(tr("the provider's content filter stopped the answer%1").arg(detail));
    return ExitSuccess;
}
