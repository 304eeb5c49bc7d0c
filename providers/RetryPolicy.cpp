// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <cmath>

bool RetryPolicy::shouldRetry(int attempt, const ProviderError &error, bool textArrived) const
{
    if (textArrived || attempt >= maxAttempts || !error.isTransient())
        return false;
    return error.retryAfterMs() <= maxDelayMs;
}

int RetryPolicy::delayMs(int attempt, const ProviderError &error) const
{
    if (error.retryAfterMs() >= 0)
        return error.retryAfterMs();
    const double base = double(baseDelayMs) * std::pow(2.0, qMax(0, attempt - 1));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double withJitter = base * (1.0 - jitter + 2.0 * jitter * r);
    return int(qBound(0.0, withJitter, double(maxDelayMs)));
}

int RetryPolicy::parseRetryAfterMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                   const QDateTime &nowUtc)
{
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0)
        return int(std::ceil(ms));
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? int(std::ceil(seconds * 1000.0)) : -1;
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString text = QString::fromLatin1(value);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, nowUtc.msecsTo(when)));
}
