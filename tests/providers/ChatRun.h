// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

// Runs one chat to its end and records everything the stream reported.
struct ChatRun
{
    QString text;
    QStringList deltas;
    ChatStream::State state = ChatStream::State::Running;
    FinishReason reason = FinishReason::Unknown;
    ProviderError error;
    TokenUsage usage;
    QList<int> retryWaits;
    int endSignals = 0;
    qint64 elapsedMs = 0;

    static ChatRun run(ChatProvider &provider, const ChatRequest &request, int timeoutMs = 10000,
                       const std::function<void(ChatStream *)> &onDelta = {})
    {
        ChatRun result;
        QElapsedTimer clock;
        clock.start();
        ChatStream *stream = provider.chat(request);
        QObject::connect(stream, &ChatStream::textDelta, stream,
                         [&result, stream, onDelta](const QString &delta) {
                             result.deltas.append(delta);
                             if (onDelta)
                                 onDelta(stream);
                         });
        QObject::connect(
            stream, &ChatStream::retryScheduled, stream,
            [&result](int waitMs, int, const ProviderError &) { result.retryWaits.append(waitMs); });
        QObject::connect(stream, &ChatStream::ended, stream, [&result] { ++result.endSignals; });
        QSignalSpy ended(stream, &ChatStream::ended);
        if (stream->isRunning())
            ended.wait(timeoutMs);
        result.elapsedMs = clock.elapsed();
        result.text = stream->text();
        result.state = stream->state();
        result.reason = stream->finishReason();
        result.error = stream->error();
        result.usage = stream->usage();
        if (stream->isRunning())
            stream->cancel();
        delete stream;
        return result;
    }
};

inline QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(MMCHAT_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

inline ChatRequest simpleRequest(const QString &model = QStringLiteral("gpt-4o-mini"))
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt = QStringLiteral("Be brief.");
    request.messages.append({ChatMessage::Role::User, QStringLiteral("Hi")});
    return request;
}
