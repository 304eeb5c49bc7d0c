// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <QString>

// A typed failure of a provider call. kind drives retries and what the UI offers; message is
// the provider's own text (for the details pane and the log); userMessage() says what to do.
class ProviderError
{
public:
    enum class Kind {
        None,
        Auth,
        Permission,
        RateLimited,
        QuotaExhausted,
        ContextTooLong,
        InvalidRequest,
        NotFound,
        ServerError,
        Overloaded,
        Network,
        Timeout,
        Tls,
        BadResponse,
        Cancelled,
    };

    ProviderError() = default;
    ProviderError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_httpStatus(httpStatus)
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }           // the provider's own words (masked)
    QString providerCode() const { return m_providerCode; } // e.g. "insufficient_quota"
    QString requestId() const { return m_requestId; }
    int retryAfterMs() const { return m_retryAfterMs; } // -1 when the provider gave no hint

    void setKind(Kind kind) { m_kind = kind; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setMessage(const QString &message) { m_message = message; }
    void setProviderCode(const QString &code) { m_providerCode = code; }
    void setRequestId(const QString &id) { m_requestId = id; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }
    // What a provider type knows to say about this failure (GigaChat's root certificate, its one
    // stream per account): translated, and shown instead of the generic sentence of the kind.
    QString advice() const { return m_advice; }
    void setAdvice(const QString &advice) { m_advice = advice; }

    // Worth retrying automatically (before any text has arrived)?
    bool isTransient() const;

    // Stable lower-case name: "rate_limited", "quota_exhausted", …
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(m_kind); }

    // Translated text for the user that says what happened and what to do about it.
    QString userMessage() const;

    // One line for logs and tests: "rate_limited (HTTP 429): <message>".
    QString toString() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_providerCode;
    QString m_requestId;
    int m_retryAfterMs = -1;
    QString m_advice;
};

Q_DECLARE_METATYPE(ProviderError)
