// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gigachat/AccessTokenCache.h"

#include "core/SecretMasker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <utility>

AccessTokenCache::AccessTokenCache(QObject *parent)
    : QObject(parent)
{}

qint64 AccessTokenCache::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool AccessTokenCache::isFresh() const
{
    if (m_token.value.isEmpty())
        return false;
    const qint64 now = nowMs();
    if (m_token.expiresAtMs > 0 && now >= m_token.expiresAtMs - m_refreshMarginMs)
        return false;
    if (m_maxAgeMs > 0 && now - m_fetchedAtMs >= m_maxAgeMs)
        return false;
    return true;
}

void AccessTokenCache::invalidate()
{
    m_token = Token();
}

void AccessTokenCache::ensure(const Ready &ready)
{
    if (isFresh()) {
        ready(ProviderError());
        return;
    }
    m_waiting.append(ready);
    if (m_fetching)
        return;
    if (!m_fetcher) {
        onFetched(
            m_generation, Token(),
            ProviderError(ProviderError::Kind::Auth,
                          QCoreApplication::translate("AccessTokenCache", "No way to obtain a token.")));
        return;
    }
    m_fetching = true;
    ++m_fetchCount;
    const quint64 generation = ++m_generation;
    QPointer<AccessTokenCache> self(this);
    m_fetcher([self, generation](const Token &token, const ProviderError &error) {
        if (self)
            self->onFetched(generation, token, error);
    });
}

void AccessTokenCache::onFetched(quint64 generation, const Token &token, const ProviderError &error)
{
    if (generation != m_generation)
        return;
    m_fetching = false;
    ProviderError result = error;
    if (!result.isError() && token.value.isEmpty())
        result = ProviderError(
            ProviderError::Kind::BadResponse,
            QCoreApplication::translate("AccessTokenCache", "The token service sent no token."));
    m_lastFetchFailed = result.isError();
    if (!result.isError()) {
        // Never let the token reach a log line or an error message.
        SecretMasker::instance().addSecret(token.value);
        m_token = token;
        m_fetchedAtMs = nowMs();
    }
    const QList<Ready> waiting = std::exchange(m_waiting, {});
    for (const Ready &ready : waiting)
        ready(result);
}
