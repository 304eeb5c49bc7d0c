// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// One decoded unit of a streamed response: an SSE event or one NDJSON line.
struct StreamEvent
{
    QString type;    // SSE event type ("message" when unnamed); empty for NDJSON
    QByteArray data; // always well-formed UTF-8 (invalid bytes replaced by U+FFFD)
    QString id;      // SSE last event id (sticky across events)
};
