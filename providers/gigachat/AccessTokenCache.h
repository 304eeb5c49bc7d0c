// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// A short-lived access token (GigaChat OAuth, Yandex IAM) shared by every request of one
// provider instance. Kept in memory only. Requests that need it while it is being fetched wait
// for that one fetch; it is fetched again refreshMarginMs before it expires, after maxAgeMs
// (when set) or after invalidate() (the API said 401).
class AccessTokenCache : public QObject
{
    Q_OBJECT

public:
    struct Token
    {
        QString value;
        qint64 expiresAtMs = 0; // Unix time in ms; 0: unknown (maxAgeMs applies)
    };
    using FetchDone = std::function<void(const Token &token, const ProviderError &error)>;
    using Fetcher = std::function<void(const FetchDone &done)>;
    using Clock = std::function<qint64()>; // Unix time in ms
    using Ready = std::function<void(const ProviderError &error)>;

    explicit AccessTokenCache(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRefreshMarginMs(qint64 ms) { m_refreshMarginMs = ms; }
    void setMaxAgeMs(qint64 ms) { m_maxAgeMs = ms; }

    // Calls ready at once when a fresh token is cached, otherwise after the (shared) fetch.
    void ensure(const Ready &ready);
    QString token() const { return m_token.value; }
    bool isFresh() const;
    void invalidate();
    // The last fetch was refused: a 401 then came from the token service, not the API, and
    // fetching again would not help.
    bool lastFetchFailed() const { return m_lastFetchFailed; }

    qint64 nowMs() const;
    int fetchCount() const { return m_fetchCount; }

private:
    void onFetched(quint64 generation, const Token &token, const ProviderError &error);

    Fetcher m_fetcher;
    Clock m_clock;
    Token m_token;
    qint64 m_fetchedAtMs = 0;
    qint64 m_refreshMarginMs = 60 * 1000;
    qint64 m_maxAgeMs = 0;
    QList<Ready> m_waiting;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_lastFetchFailed = false;
    int m_fetchCount = 0;
};
