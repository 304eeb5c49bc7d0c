// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ProviderError.h"

#include <QCoreApplication>

bool ProviderError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Overloaded:
    case Kind::Network:
    case Kind::Timeout: return true;
    default: return false;
    }
}

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Permission: return QStringLiteral("permission");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::QuotaExhausted: return QStringLiteral("quota_exhausted");
    case Kind::ContextTooLong: return QStringLiteral("context_too_long");
    case Kind::InvalidRequest: return QStringLiteral("invalid_request");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::ServerError: return QStringLiteral("server_error");
    case Kind::Overloaded: return QStringLiteral("overloaded");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::BadResponse: return QStringLiteral("bad_response");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ProviderError::userMessage() const
{
    if (m_kind != Kind::None && !m_advice.isEmpty())
        return m_advice;
    if (m_kind == Kind::RateLimited && m_retryAfterMs > 0)
        return QCoreApplication::translate(
            "ProviderError",
            "The provider's rate limit was reached. It asks to wait %n second(s); "
            "then press Retry.",
            nullptr, (m_retryAfterMs + 999) / 1000);
    const char *text = "";
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Auth:
        text = QT_TRANSLATE_NOOP("ProviderError",
                                 "The provider rejected the API key. Check the key in Settings → Providers.");
        break;
    case Kind::Permission:
        text = QT_TRANSLATE_NOOP("ProviderError", "The key has no access to this model or service. Check the "
                                                  "account's permissions or pick another model.");
        break;
    case Kind::RateLimited:
        text = QT_TRANSLATE_NOOP("ProviderError",
                                 "The provider's rate limit was reached. Wait a moment and press Retry.");
        break;
    case Kind::QuotaExhausted:
        text = QT_TRANSLATE_NOOP("ProviderError", "The account has run out of credit or quota. Top up or "
                                                  "check the plan in the provider's console.");
        break;
    case Kind::ContextTooLong:
        text = QT_TRANSLATE_NOOP("ProviderError", "The conversation is too long for this model. Start a new "
                                                  "branch, remove attachments or pick a model with a larger "
                                                  "context.");
        break;
    case Kind::InvalidRequest:
        text = QT_TRANSLATE_NOOP("ProviderError",
                                 "The provider refused the request. Check the model and its parameters.");
        break;
    case Kind::NotFound:
        text = QT_TRANSLATE_NOOP("ProviderError", "The model or endpoint was not found. Refresh the model "
                                                  "list or check the base URL.");
        break;
    case Kind::ServerError:
        text = QT_TRANSLATE_NOOP("ProviderError", "The provider had an internal error. Press Retry later.");
        break;
    case Kind::Overloaded:
        text = QT_TRANSLATE_NOOP(
            "ProviderError", "The provider is overloaded. Press Retry in a minute or pick another model.");
        break;
    case Kind::Network:
        text =
            QT_TRANSLATE_NOOP("ProviderError", "Could not reach the provider. Check the network, the proxy "
                                               "and the base URL, then press Retry.");
        break;
    case Kind::Timeout:
        text = QT_TRANSLATE_NOOP("ProviderError",
                                 "The provider stopped answering. The text so far was kept; press Retry.");
        break;
    case Kind::Tls:
        text =
            QT_TRANSLATE_NOOP("ProviderError", "The secure connection failed. Check the system time and, for "
                                               "providers with their own root certificate, the CA file in "
                                               "Settings → Providers.");
        break;
    case Kind::BadResponse:
        text =
            QT_TRANSLATE_NOOP("ProviderError", "The provider sent a response that could not be read. Press "
                                               "Retry; if it persists, check the base URL.");
        break;
    case Kind::Cancelled: text = QT_TRANSLATE_NOOP("ProviderError", "Stopped."); break;
    }
    return QCoreApplication::translate("ProviderError", text);
}

QString ProviderError::toString() const
{
    QString line = kindName();
    if (m_httpStatus > 0)
        line += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_message.isEmpty())
        line += QStringLiteral(": ") + m_message;
    return line;
}
