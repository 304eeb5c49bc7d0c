// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/StreamEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Server-Sent Events parser that follows the WHATWG rules (PROTOCOLS.md §2) exactly. Pure: fed
// arbitrary byte chunks, knows nothing about the network. Lines end at CRLF, LF or CR (a CR
// ending one chunk and an LF starting the next are one line end); one leading BOM is dropped;
// an event not followed by a blank line is never dispatched. A line or event larger than the
// limit puts the decoder in an error state and frees its buffers, so memory stays bounded.
class SseDecoder
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 8 * 1024 * 1024;

    explicit SseDecoder(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    // Appends the events completed by this chunk to out.
    void feed(const char *data, qsizetype size, QList<StreamEvent> &out);
    QList<StreamEvent> feed(const QByteArray &chunk);
    // End of stream: anything pending is discarded, as the spec says.
    void finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString lastEventId() const { return m_lastEventId; }
    int reconnectionTimeMs() const { return m_retryMs; } // -1 until a retry field came
    bool hasPendingData() const { return !m_line.isEmpty() || !m_data.isEmpty(); }

private:
    void processLine(const char *line, qsizetype size, QList<StreamEvent> &out);
    void dispatch(QList<StreamEvent> &out);
    void setTooLong();

    qsizetype m_maxLineBytes;
    QByteArray m_line; // an incomplete line carried over from the previous chunk
    QByteArray m_data;
    QByteArray m_eventType;
    QString m_lastEventId;
    QByteArray m_start; // first bytes while we cannot yet tell whether they are a BOM
    int m_retryMs = -1;
    bool m_skipLf = false;
    bool m_startChecked = false;
    QString m_error;
};
