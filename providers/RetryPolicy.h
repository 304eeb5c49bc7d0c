// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

// When to try a failed chat request again. Only before the first token: once text has arrived
// nothing is retried automatically. Exponential backoff with jitter; the provider's own hint
// (retry-after-ms, Retry-After seconds or HTTP date) wins when it is given.
class RetryPolicy
{
public:
    int maxAttempts = 3;
    int baseDelayMs = 1000;
    int maxDelayMs = 60 * 1000; // a longer hint means "do not retry now": the error goes to the user
    double jitter = 0.25;       // ± fraction of the computed delay

    // attempt is the 1-based number of the attempt that failed.
    bool shouldRetry(int attempt, const ProviderError &error, bool textArrived) const;
    int delayMs(int attempt, const ProviderError &error) const;

    // Parses the retry hint headers; -1 when there is none or it cannot be read.
    static int parseRetryAfterMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                 const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // For tests: a deterministic source of jitter in [0, 1).
    std::function<double()> random;
};
