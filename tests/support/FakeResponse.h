// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// A scripted HTTP response for FakeHttpServer: exact status line, headers and body pieces,
// with delays between pieces, a stall (send nothing more, keep the connection open) or a cut
// (drop the connection). Body pieces are sent as chunks when chunked() is set.
class FakeResponse
{
public:
    struct Step
    {
        enum class Kind { Write, Delay, Stall, Cut };
        Kind kind = Kind::Write;
        QByteArray bytes;
        int ms = 0;
    };

    FakeResponse() = default;
    explicit FakeResponse(int status, const QByteArray &reason = QByteArray());

    // Typical responses.
    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static FakeResponse sse(const QByteArray &body);    // 200, text/event-stream, chunked
    static FakeResponse ndjson(const QByteArray &body); // 200, application/x-ndjson, chunked

    FakeResponse &header(const QByteArray &name, const QByteArray &value);
    FakeResponse &write(const QByteArray &bytes);
    FakeResponse &delay(int ms);
    FakeResponse &stall();
    FakeResponse &cut();
    FakeResponse &chunked(bool on = true);

    // Re-cuts the body written so far into pieces ending at the given byte offsets, with
    // delayMs between pieces (so each arrives in its own read on the client).
    FakeResponse &splitBodyAt(const QList<int> &offsets, int delayMs = 5);
    // Re-cuts the body into pieces of pieceSize bytes.
    FakeResponse &splitBodyEvery(int pieceSize, int delayMs = 0);

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QList<Step> steps() const { return m_steps; }
    bool isChunked() const { return m_chunked; }
    QByteArray body() const; // every Write step joined
    bool endsEarly() const;  // contains a stall or a cut

private:
    void rebuild(const QList<QByteArray> &pieces, int delayMs);

    int m_status = 200;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<Step> m_steps;
    bool m_chunked = false;
};
