// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/StreamDecodeContext.h"

void StreamDecodeContext::appendText(const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_textArrived = true;
    m_stream->appendText(delta);
}

void StreamDecodeContext::replaceText(const QString &wholeText)
{
    if (wholeText.isEmpty() && !m_textArrived)
        return;
    m_textArrived = true;
    m_stream->replaceText(wholeText);
}

void StreamDecodeContext::setUsage(const TokenUsage &usage)
{
    if (!usage.isValid())
        return;
    m_usage = usage;
    m_stream->setUsage(usage);
}

void StreamDecodeContext::fail(const ProviderError &error)
{
    if (!m_error.isError())
        m_error = error;
}
