// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <QtGlobal>

// Token counts reported by a provider; -1 means the provider did not say.
struct TokenUsage
{
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 totalTokens = -1;
    qint64 cachedInputTokens = -1; // part of inputTokens served from the provider's cache

    bool isValid() const { return inputTokens >= 0 || outputTokens >= 0 || totalTokens >= 0; }
    qint64 total() const
    {
        if (totalTokens >= 0)
            return totalTokens;
        return qMax<qint64>(inputTokens, 0) + qMax<qint64>(outputTokens, 0);
    }
    friend bool operator==(const TokenUsage &a, const TokenUsage &b)
    {
        return a.inputTokens == b.inputTokens && a.outputTokens == b.outputTokens &&
               a.totalTokens == b.totalTokens && a.cachedInputTokens == b.cachedInputTokens;
    }
};

Q_DECLARE_METATYPE(TokenUsage)
