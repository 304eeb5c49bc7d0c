// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/StreamEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Newline-delimited JSON (Ollama native, YandexGPT native): one value per LF-terminated line,
// a CR before the LF is dropped, blank lines are skipped. Pure and fed arbitrary chunks; lines
// longer than the limit put it in an error state with its buffer freed.
class NdjsonDecoder
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 8 * 1024 * 1024;

    explicit NdjsonDecoder(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    void feed(const char *data, qsizetype size, QList<StreamEvent> &out);
    QList<StreamEvent> feed(const QByteArray &chunk);
    // End of stream: a last line without its LF is still delivered (servers may omit it).
    void finish(QList<StreamEvent> &out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool hasPendingData() const { return !m_line.isEmpty(); }

private:
    void emitLine(const char *line, qsizetype size, QList<StreamEvent> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_line;
    QString m_error;
};
