// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/NdjsonDecoder.h"

#include "providers/Utf8.h"

#include <QCoreApplication>

#include <cstring>

NdjsonDecoder::NdjsonDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<StreamEvent> NdjsonDecoder::feed(const QByteArray &chunk)
{
    QList<StreamEvent> out;
    feed(chunk.constData(), chunk.size(), out);
    return out;
}

void NdjsonDecoder::feed(const char *data, qsizetype size, QList<StreamEvent> &out)
{
    if (hasError())
        return;
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        const auto *q = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const qsizetype pieceSize = q ? q - p : end - p;
        if (m_line.size() + pieceSize > m_maxLineBytes) {
            m_error =
                QCoreApplication::translate("NdjsonDecoder", "A line in the stream is longer than %1 MB.")
                    .arg(m_maxLineBytes / (1024 * 1024));
            m_line = QByteArray();
            return;
        }
        if (!q) {
            m_line.append(p, pieceSize);
            return;
        }
        if (m_line.isEmpty()) {
            emitLine(p, q - p, out);
        } else {
            m_line.append(p, q - p);
            emitLine(m_line.constData(), m_line.size(), out);
            m_line.clear();
        }
        p = q + 1;
    }
}

void NdjsonDecoder::finish(QList<StreamEvent> &out)
{
    if (!hasError() && !m_line.isEmpty())
        emitLine(m_line.constData(), m_line.size(), out);
    m_line.clear();
}

void NdjsonDecoder::emitLine(const char *line, qsizetype size, QList<StreamEvent> &out)
{
    if (size > 0 && line[size - 1] == '\r')
        --size;
    qsizetype begin = 0;
    while (begin < size && (line[begin] == ' ' || line[begin] == '\t'))
        ++begin;
    if (begin == size)
        return;
    StreamEvent event;
    event.data = Utf8::sanitized(QByteArray(line + begin, size - begin));
    out.append(std::move(event));
}
