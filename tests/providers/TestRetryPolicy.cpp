// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/RetryPolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expected");
        QTest::newRow("retry-after-ms wins") << QByteArray("250") << QByteArray("9") << 250;
        QTest::newRow("seconds") << QByteArray() << QByteArray("2") << 2000;
        QTest::newRow("fractional seconds") << QByteArray() << QByteArray("5.289") << 5289;
        QTest::newRow("http date") << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30000;
        QTest::newRow("date in the past") << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray() << QByteArray("soon") << -1;
        QTest::newRow("absent") << QByteArray() << QByteArray() << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfterMs(retryAfterMs, retryAfter, now), expected);
    }

    void delay_backsOffExponentiallyWithJitter()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.random = [] { return 0.5; }; // the middle of the jitter band
        const ProviderError error(ProviderError::Kind::Overloaded, QString());
        QCOMPARE(policy.delayMs(1, error), 1000);
        QCOMPARE(policy.delayMs(2, error), 2000);
        policy.random = [] { return 0.0; };
        QCOMPARE(policy.delayMs(2, error), 1500);
    }

    void delay_honoursProviderHint()
    {
        RetryPolicy policy;
        ProviderError error(ProviderError::Kind::RateLimited, QString(), 429);
        error.setRetryAfterMs(4321);
        QCOMPARE(policy.delayMs(1, error), 4321);
    }

    void shouldRetry_rules()
    {
        RetryPolicy policy;
        const ProviderError overloaded(ProviderError::Kind::Overloaded, QString(), 503);
        QVERIFY(policy.shouldRetry(1, overloaded, false));
        QVERIFY(policy.shouldRetry(2, overloaded, false));
        QVERIFY(!policy.shouldRetry(3, overloaded, false)); // three attempts in all
        QVERIFY(!policy.shouldRetry(1, overloaded, true));  // text arrived
        QVERIFY(!policy.shouldRetry(1, ProviderError(ProviderError::Kind::QuotaExhausted, QString(), 429),
                                    false));
        QVERIFY(!policy.shouldRetry(1, ProviderError(ProviderError::Kind::Auth, QString(), 401), false));
        ProviderError longWait(ProviderError::Kind::RateLimited, QString(), 429);
        longWait.setRetryAfterMs(policy.maxDelayMs + 1);
        QVERIFY(!policy.shouldRetry(1, longWait, false));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
