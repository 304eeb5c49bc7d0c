// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretMasker.h"
#include "providers/gigachat/AccessTokenCache.h"

#include <QTest>

// The fetcher is driven by hand: pending fetches wait in m_pending until the test answers them.
class TestAccessTokenCache : public QObject
{
    Q_OBJECT

private:
    QList<AccessTokenCache::FetchDone> m_pending;
    qint64 m_now = 1000000;

    void setUp(AccessTokenCache &cache)
    {
        m_pending.clear();
        m_now = 1000000;
        cache.setClock([this] { return m_now; });
        cache.setFetcher([this](const AccessTokenCache::FetchDone &done) { m_pending.append(done); });
    }

    void answer(const QString &token, qint64 expiresAtMs)
    {
        QVERIFY(!m_pending.isEmpty());
        m_pending.takeFirst()({token, expiresAtMs}, ProviderError());
    }

private Q_SLOTS:
    void concurrentCallers_shareOneFetch()
    {
        AccessTokenCache cache;
        setUp(cache);
        int ready = 0;
        for (int i = 0; i < 3; ++i)
            cache.ensure([&ready](const ProviderError &error) { ready += error.isError() ? 100 : 1; });
        QCOMPARE(m_pending.size(), 1);
        QCOMPARE(ready, 0);
        answer(QStringLiteral("shared-token-value"), m_now + 60 * 60 * 1000);
        QCOMPARE(ready, 3);
        QCOMPARE(cache.token(), QStringLiteral("shared-token-value"));
        cache.ensure([&ready](const ProviderError &) { ++ready; }); // cached: answered at once
        QCOMPARE(ready, 4);
        QCOMPARE(cache.fetchCount(), 1);
    }

    void refreshedWithinMarginBeforeExpiry()
    {
        AccessTokenCache cache;
        setUp(cache);
        cache.setRefreshMarginMs(60 * 1000);
        cache.ensure([](const ProviderError &) {});
        answer(QStringLiteral("token-one-value"), m_now + 30 * 60 * 1000);
        m_now += 30 * 60 * 1000 - 60 * 1000 - 1;
        QVERIFY(cache.isFresh());
        m_now += 1;
        QVERIFY(!cache.isFresh());
        cache.ensure([](const ProviderError &) {});
        QCOMPARE(cache.fetchCount(), 2);
    }

    void maxAge_forcesRefreshOfLongLivedToken()
    {
        AccessTokenCache cache;
        setUp(cache);
        cache.setMaxAgeMs(60 * 60 * 1000);
        cache.ensure([](const ProviderError &) {});
        answer(QStringLiteral("long-lived-token"), m_now + 12 * 60 * 60 * 1000);
        m_now += 60 * 60 * 1000 - 1;
        QVERIFY(cache.isFresh());
        m_now += 1;
        QVERIFY(!cache.isFresh());
    }

    void invalidate_dropsToken()
    {
        AccessTokenCache cache;
        setUp(cache);
        cache.ensure([](const ProviderError &) {});
        answer(QStringLiteral("rejected-token"), m_now + 60 * 60 * 1000);
        cache.invalidate();
        QVERIFY(!cache.isFresh());
        QVERIFY(cache.token().isEmpty());
    }

    void failedFetch_reachesEveryWaiterAndIsRemembered()
    {
        AccessTokenCache cache;
        setUp(cache);
        QList<ProviderError::Kind> kinds;
        for (int i = 0; i < 2; ++i)
            cache.ensure([&kinds](const ProviderError &error) { kinds.append(error.kind()); });
        m_pending.takeFirst()({}, ProviderError(ProviderError::Kind::Auth, QStringLiteral("bad key")));
        QCOMPARE(kinds, (QList<ProviderError::Kind>{ProviderError::Kind::Auth, ProviderError::Kind::Auth}));
        QVERIFY(cache.lastFetchFailed());
        cache.ensure([](const ProviderError &) {});
        answer(QStringLiteral("good-token-value"), m_now + 60 * 60 * 1000);
        QVERIFY(!cache.lastFetchFailed());
    }

    void emptyToken_isBadResponse()
    {
        AccessTokenCache cache;
        setUp(cache);
        ProviderError result;
        cache.ensure([&result](const ProviderError &error) { result = error; });
        answer(QString(), m_now + 60 * 60 * 1000);
        QCOMPARE(result.kind(), ProviderError::Kind::BadResponse);
    }

    void fetchedToken_isMaskedInLogs()
    {
        AccessTokenCache cache;
        setUp(cache);
        cache.ensure([](const ProviderError &) {});
        answer(QStringLiteral("masked-token-0123456789"), m_now + 60 * 60 * 1000);
        QVERIFY(!SecretMasker::masked(QStringLiteral("Bearer masked-token-0123456789 sent"))
                     .contains(QLatin1String("masked-token-0123456789")));
    }
};

QTEST_GUILESS_MAIN(TestAccessTokenCache)
#include "TestAccessTokenCache.moc"
