// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/anthropic/ThinkingText.h"

#include "llm/ChatStream.h"

#include <QVariant>

void ThinkingText::append(ChatStream *stream, const QString &delta)
{
    if (!stream || delta.isEmpty())
        return;
    stream->setProperty(kProperty, of(stream) + delta);
}

QString ThinkingText::of(const ChatStream *stream)
{
    return stream ? stream->property(kProperty).toString() : QString();
}
