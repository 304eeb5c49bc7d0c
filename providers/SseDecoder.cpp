// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/SseDecoder.h"

#include "providers/Utf8.h"

#include <QCoreApplication>

#include <cstring>

namespace {

const char kBom[] = "\xEF\xBB\xBF";

bool fieldIs(const char *name, qsizetype size, const char *expected)
{
    const auto length = qsizetype(std::strlen(expected));
    return size == length && std::memcmp(name, expected, size_t(size)) == 0;
}

} // namespace

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<StreamEvent> SseDecoder::feed(const QByteArray &chunk)
{
    QList<StreamEvent> out;
    feed(chunk.constData(), chunk.size(), out);
    return out;
}

void SseDecoder::feed(const char *data, qsizetype size, QList<StreamEvent> &out)
{
    if (hasError() || size <= 0)
        return;
    if (!m_startChecked) {
        // Hold back up to three bytes until we know whether the stream starts with a BOM.
        m_start.append(data, size);
        if (m_start.size() < 3 && std::memcmp(m_start.constData(), kBom, size_t(m_start.size())) == 0)
            return;
        m_startChecked = true;
        QByteArray start = std::move(m_start);
        m_start = QByteArray();
        if (start.startsWith(kBom))
            start.remove(0, 3);
        feed(start.constData(), start.size(), out);
        return;
    }

    const char *p = data;
    const char *const end = data + size;
    if (m_skipLf) {
        m_skipLf = false;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        if (q == end) {
            if (m_line.size() + (end - p) > m_maxLineBytes) {
                setTooLong();
                return;
            }
            m_line.append(p, end - p);
            break;
        }
        if (m_line.isEmpty()) {
            if (q - p > m_maxLineBytes) {
                setTooLong();
                return;
            }
            processLine(p, q - p, out);
        } else {
            if (m_line.size() + (q - p) > m_maxLineBytes) {
                setTooLong();
                return;
            }
            m_line.append(p, q - p);
            processLine(m_line.constData(), m_line.size(), out);
            m_line.clear();
        }
        if (hasError())
            return;
        if (*q == '\r') {
            if (q + 1 < end) {
                if (q[1] == '\n')
                    ++q;
            } else {
                m_skipLf = true;
            }
        }
        p = q + 1;
    }
}

void SseDecoder::finish()
{
    // An event not followed by a blank line is dropped (PROTOCOLS.md §2 rule 8).
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_skipLf = false;
    if (!m_startChecked) {
        m_start.clear();
        m_startChecked = true;
    }
}

void SseDecoder::processLine(const char *line, qsizetype size, QList<StreamEvent> &out)
{
    if (size == 0) {
        dispatch(out);
        return;
    }
    if (line[0] == ':')
        return; // comment / keep-alive
    const auto *colon = static_cast<const char *>(std::memchr(line, ':', size_t(size)));
    const qsizetype nameSize = colon ? colon - line : size;
    const char *value = colon ? colon + 1 : line + size;
    qsizetype valueSize = colon ? size - nameSize - 1 : 0;
    if (valueSize > 0 && *value == ' ') {
        ++value;
        --valueSize;
    }
    if (fieldIs(line, nameSize, "data")) {
        if (m_data.size() + valueSize + 1 > m_maxLineBytes) {
            setTooLong();
            return;
        }
        m_data.append(value, valueSize);
        m_data.append('\n');
    } else if (fieldIs(line, nameSize, "event")) {
        m_eventType = QByteArray(value, valueSize);
    } else if (fieldIs(line, nameSize, "id")) {
        if (!std::memchr(value, '\0', size_t(valueSize)))
            m_lastEventId = QString::fromUtf8(value, int(valueSize));
    } else if (fieldIs(line, nameSize, "retry")) {
        bool digits = valueSize > 0;
        for (qsizetype i = 0; i < valueSize && digits; ++i)
            digits = value[i] >= '0' && value[i] <= '9';
        if (digits)
            m_retryMs = QByteArray(value, valueSize).toInt();
    }
}

void SseDecoder::dispatch(QList<StreamEvent> &out)
{
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the LF appended after the last data line
    StreamEvent event;
    event.type =
        m_eventType.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(Utf8::sanitized(m_eventType));
    event.data = Utf8::sanitized(m_data);
    event.id = m_lastEventId;
    out.append(std::move(event));
    m_data.clear();
    m_eventType.clear();
}

void SseDecoder::setTooLong()
{
    m_error = QCoreApplication::translate("SseDecoder", "A line in the event stream is longer than %1 MB.")
                  .arg(m_maxLineBytes / (1024 * 1024));
    m_line = QByteArray();
    m_data = QByteArray();
    m_eventType = QByteArray();
}
