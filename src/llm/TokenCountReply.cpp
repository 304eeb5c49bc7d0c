// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/TokenCountReply.h"

#include <QTimer>

TokenCountReply::TokenCountReply(QObject *parent)
    : QObject(parent)
{}

void TokenCountReply::finish(int tokens)
{
    if (m_finished)
        return;
    m_tokens = tokens;
    deliver();
}

void TokenCountReply::fail(const ProviderError &error)
{
    if (m_finished)
        return;
    m_error = error;
    deliver();
}

void TokenCountReply::deliver()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}
