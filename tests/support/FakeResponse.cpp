// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeResponse.h"

FakeResponse::FakeResponse(int status, const QByteArray &reason)
    : m_status(status)
    , m_reason(reason)
{}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    return text(status, QByteArrayLiteral("application/json"), body);
}

FakeResponse FakeResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    FakeResponse response(status);
    response.header(QByteArrayLiteral("Content-Type"), contentType).write(body);
    return response;
}

FakeResponse FakeResponse::sse(const QByteArray &body)
{
    FakeResponse response(200);
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"))
        .chunked()
        .write(body);
    return response;
}

FakeResponse FakeResponse::ndjson(const QByteArray &body)
{
    FakeResponse response(200);
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-ndjson"))
        .chunked()
        .write(body);
    return response;
}

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::write(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        m_steps.append({Step::Kind::Write, bytes, 0});
    return *this;
}

FakeResponse &FakeResponse::delay(int ms)
{
    m_steps.append({Step::Kind::Delay, {}, ms});
    return *this;
}

FakeResponse &FakeResponse::stall()
{
    m_steps.append({Step::Kind::Stall, {}, 0});
    return *this;
}

FakeResponse &FakeResponse::cut()
{
    m_steps.append({Step::Kind::Cut, {}, 0});
    return *this;
}

FakeResponse &FakeResponse::chunked(bool on)
{
    m_chunked = on;
    return *this;
}

QByteArray FakeResponse::body() const
{
    QByteArray all;
    for (const Step &step : m_steps) {
        if (step.kind == Step::Kind::Write)
            all += step.bytes;
    }
    return all;
}

bool FakeResponse::endsEarly() const
{
    for (const Step &step : m_steps) {
        if (step.kind == Step::Kind::Stall || step.kind == Step::Kind::Cut)
            return true;
    }
    return false;
}

FakeResponse &FakeResponse::splitBodyAt(const QList<int> &offsets, int delayMs)
{
    const QByteArray all = body();
    QList<QByteArray> pieces;
    int start = 0;
    for (int offset : offsets) {
        if (offset <= start || offset >= all.size())
            continue;
        pieces.append(all.mid(start, offset - start));
        start = offset;
    }
    pieces.append(all.mid(start));
    rebuild(pieces, delayMs);
    return *this;
}

FakeResponse &FakeResponse::splitBodyEvery(int pieceSize, int delayMs)
{
    const QByteArray all = body();
    QList<QByteArray> pieces;
    for (int start = 0; start < all.size(); start += pieceSize)
        pieces.append(all.mid(start, pieceSize));
    rebuild(pieces, delayMs);
    return *this;
}

void FakeResponse::rebuild(const QList<QByteArray> &pieces, int delayMs)
{
    // Keep a trailing stall or cut where it was: after the body.
    QList<Step> tail;
    for (const Step &step : m_steps) {
        if (step.kind == Step::Kind::Stall || step.kind == Step::Kind::Cut)
            tail.append(step);
    }
    m_steps.clear();
    for (int i = 0; i < pieces.size(); ++i) {
        if (i > 0 && delayMs > 0)
            delay(delayMs);
        write(pieces.at(i));
    }
    m_steps += tail;
}
