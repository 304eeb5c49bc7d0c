// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/HttpErrors.h"

#include "core/SecretMasker.h"

#include <QCoreApplication>

ProviderError::Kind HttpErrors::kindForStatus(int status)
{
    using Kind = ProviderError::Kind;
    switch (status) {
    case 400:
    case 409:
    case 422: return Kind::InvalidRequest;
    case 401: return Kind::Auth;
    case 402: return Kind::QuotaExhausted;
    case 403: return Kind::Permission;
    case 404: return Kind::NotFound;
    case 408: return Kind::Timeout;
    case 413: return Kind::ContextTooLong;
    case 429: return Kind::RateLimited;
    case 503:
    case 529: return Kind::Overloaded;
    default: break;
    }
    if (status >= 500)
        return Kind::ServerError;
    if (status >= 400)
        return Kind::InvalidRequest;
    return Kind::BadResponse;
}

bool HttpErrors::looksLikeContextTooLong(const QString &message)
{
    static const char *const hints[] = {
        "context length",       "context_length",    "maximum context",
        "context window",       "too many tokens",   "prompt is too long",
        "input tokens must be", "reduce the length", "too long",
    };
    const QString lower = message.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

ProviderError HttpErrors::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString)
{
    using Kind = ProviderError::Kind;
    Kind kind = Kind::Network;
    switch (error) {
    case QNetworkReply::TimeoutError: kind = Kind::Timeout; break;
    case QNetworkReply::SslHandshakeFailedError: kind = Kind::Tls; break;
    default: break;
    }
    ProviderError result(kind, SecretMasker::masked(errorString));
    // Proxy trouble is the user's own setting, so say which setting.
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        result.setAdvice(QCoreApplication::translate(
            "HttpErrors", "The proxy refused the user name or password. Check them in Settings → Network, "
                          "or in the proxy of this provider, then press Retry."));
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        result.setAdvice(QCoreApplication::translate(
                             "HttpErrors", "Could not get through the proxy (%1). Check its host and "
                                           "port in Settings → Network, then press Retry.")
                             .arg(result.message()));
        break;
    default: break;
    }
    return result;
}
