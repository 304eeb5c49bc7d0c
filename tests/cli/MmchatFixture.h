// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built mmchat in a throwaway profile (own XDG dirs, config.json pointing at fake
// OpenAI-compatible servers, keys in environment variables) and checks what it printed, stored
// and sent.

#include "FakeHttpServer.h"

#include "core/AppConfig.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct MmchatResult
{
    int code = -1;
    QString out;
    QString err;
};

inline QByteArray sseChunk(const QByteArray &text)
{
    return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
           "\"content\":\"" +
           text + "\"},\"finish_reason\":null}]}\n\n";
}

inline QByteArray sseEnd(int prompt, int completion)
{
    return "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
           "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":" +
           QByteArray::number(prompt) + ",\"completion_tokens\":" + QByteArray::number(completion) +
           ",\"total_tokens\":" + QByteArray::number(prompt + completion) + "}}\n\ndata: [DONE]\n\n";
}

inline FakeResponse answer(const QByteArray &text, int prompt = 10, int completion = 2)
{
    return FakeResponse::sse(sseChunk(text) + sseEnd(prompt, completion));
}

// The "role:content" list of the messages a request sent.
inline QStringList sentMessages(const RecordedRequest &request)
{
    QStringList sent;
    const QJsonArray messages =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("messages")).toArray();
    for (const QJsonValue &message : messages)
        sent << message.toObject().value(QLatin1String("role")).toString() + QLatin1Char(':') +
                    message.toObject().value(QLatin1String("content")).toString();
    return sent;
}

class MmchatFixture
{
public:
    FakeHttpServer groq;
    FakeHttpServer mistral;
    std::unique_ptr<QTemporaryDir> dir;
    QProcessEnvironment environment;

    bool startServers() { return groq.start() && mistral.start(); }

    // A fresh profile: config.json with the two fake providers, keys in the environment.
    void newProfile()
    {
        dir = std::make_unique<QTemporaryDir>();
        QDir().mkpath(dir->filePath(QStringLiteral("config/multimodel-chat")));
        QJsonObject providers;
        providers.insert(
            QStringLiteral("groq"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("name"), QStringLiteral("Groq")},
                        {QStringLiteral("base_url"), groq.url(QStringLiteral("/openai/v1")).toString()},
                        {QStringLiteral("api_key_env"), QStringLiteral("GROQ_API_KEY")},
                        {QStringLiteral("models"), QJsonArray{QStringLiteral("llama-test")}},
                        {QStringLiteral("max_attempts"), 1}});
        providers.insert(
            QStringLiteral("mistral"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("name"), QStringLiteral("Mistral")},
                        {QStringLiteral("base_url"), mistral.url(QStringLiteral("/v1")).toString()},
                        {QStringLiteral("api_key_env"), QStringLiteral("MISTRAL_API_KEY")},
                        {QStringLiteral("models"), QJsonArray{QStringLiteral("mistral-test")}},
                        {QStringLiteral("max_attempts"), 1}});
        const QJsonObject root{
            {QStringLiteral("version"), AppConfig::kCurrentVersion},
            {QStringLiteral("default"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("groq")},
                                                    {QStringLiteral("model"), QStringLiteral("llama-test")}}},
            {QStringLiteral("providers"), providers}};
        QFile file(dir->filePath(QStringLiteral("config/multimodel-chat/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("HOME"), dir->path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GROQ_API_KEY"), QStringLiteral("gsk_cli_test_key_1"));
        environment.insert(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("mistral_cli_test_key_2"));
        environment.remove(QStringLiteral("VISUAL"));
    }

    QString historyPath() const
    {
        return dir->filePath(QStringLiteral("data/multimodel-chat/history.sqlite"));
    }

    // Starts mmchat; the caller writes to it and waits with finish().
    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(MMCHAT_CLI_PATH), arguments);
        return process;
    }

    // Waits (serving the fake servers meanwhile) until the process ended.
    static MmchatResult finish(QProcess &process, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        MmchatResult result;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    MmchatResult run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        const std::unique_ptr<QProcess> process = start(arguments);
        if (!process->waitForStarted())
            return {};
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return finish(*process);
    }

    // The stored history, opened in this process after mmchat exited.
    std::unique_ptr<Database> openHistory() const
    {
        auto db = std::make_unique<Database>();
        if (db->open(historyPath()) != Database::OpenStatus::Ok)
            return nullptr;
        return db;
    }
};
