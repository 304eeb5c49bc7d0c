// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QObject>

// The provider's own count of the tokens a request's messages take (GigaChat /tokens/count,
// YandexGPT tokenizeCompletion). Finished once, always queued.
class TokenCountReply : public QObject
{
    Q_OBJECT

public:
    explicit TokenCountReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    int tokens() const { return m_tokens; }
    ProviderError error() const { return m_error; }

    // Provider side; the first call wins.
    void finish(int tokens);
    void fail(const ProviderError &error);

Q_SIGNALS:
    void finished();

private:
    void deliver();

    bool m_finished = false;
    int m_tokens = -1;
    ProviderError m_error;
};
