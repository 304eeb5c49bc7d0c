// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeHttpServer.h"
#include "llm/ChatProvider.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Runs one chat to its end and records every event the stream reported, replacements included.
struct RuChatRun
{
    QString text;
    QStringList deltas;
    QStringList replacements;
    ChatStream::State state = ChatStream::State::Running;
    FinishReason reason = FinishReason::Unknown;
    ProviderError error;
    TokenUsage usage;
    int endSignals = 0;

    static RuChatRun collect(ChatStream *stream, int timeoutMs = 10000)
    {
        RuChatRun result;
        QObject::connect(stream, &ChatStream::textDelta, stream,
                         [&result](const QString &delta) { result.deltas.append(delta); });
        QObject::connect(stream, &ChatStream::textReplaced, stream,
                         [&result](const QString &whole) { result.replacements.append(whole); });
        QObject::connect(stream, &ChatStream::ended, stream, [&result] { ++result.endSignals; });
        QSignalSpy ended(stream, &ChatStream::ended);
        if (stream->isRunning())
            ended.wait(timeoutMs);
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

    static RuChatRun run(ChatProvider &provider, const ChatRequest &request, int timeoutMs = 10000)
    {
        return collect(provider.chat(request), timeoutMs);
    }
};

inline ChatRequest ruRequest(const QString &model)
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt = QStringLiteral("Be brief.");
    request.messages.append({ChatMessage::Role::User, QStringLiteral("Привет")});
    return request;
}

// Short timeouts and retry delays keep the suites fast; a test may override any of them.
inline QJsonObject ruOptions(QJsonObject options)
{
    const QJsonObject defaults{{QStringLiteral("connectTimeoutMs"), 5000},
                               {QStringLiteral("idleTimeoutMs"), 5000},
                               {QStringLiteral("retryBaseDelayMs"), 10},
                               {QStringLiteral("maxAttempts"), 1}};
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (!options.contains(it.key()))
            options.insert(it.key(), it.value());
    }
    return options;
}

inline QList<ModelInfo> waitForModels(ChatProvider &provider, ProviderError *error)
{
    ModelListReply *reply = provider.listModels(true);
    QSignalSpy finished(reply, &ModelListReply::finished);
    if (!reply->isFinished() || finished.isEmpty())
        finished.wait(10000);
    *error = reply->error();
    const QList<ModelInfo> models = reply->models();
    delete reply;
    return models;
}

inline QStringList modelIds(const QList<ModelInfo> &models)
{
    QStringList ids;
    for (const ModelInfo &model : models)
        ids.append(model.id);
    return ids;
}

// Captures every message of the mmchat.* categories, debug included, while it lives.
class RuLogCapture
{
public:
    RuLogCapture()
    {
        s_lines.clear();
        m_previousHandler = qInstallMessageHandler(&RuLogCapture::handle);
        s_previousFilter = QLoggingCategory::installFilter(&RuLogCapture::filter);
    }
    ~RuLogCapture()
    {
        QLoggingCategory::installFilter(s_previousFilter);
        qInstallMessageHandler(m_previousHandler);
    }
    QString text() const { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                       message);
    }
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrncmp(category->categoryName(), "mmchat.", 7) == 0) {
            category->setEnabled(QtDebugMsg, true);
            category->setEnabled(QtInfoMsg, true);
        }
    }

    QtMessageHandler m_previousHandler = nullptr;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    static inline QStringList s_lines;
};
