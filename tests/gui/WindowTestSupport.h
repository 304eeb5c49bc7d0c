// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real window against a fake OpenAI-compatible server: its configuration, its start and
// the stream chunks the tests script.

#include "AppController.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"

#include "core/AppConfig.h"
#include "services/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace WindowTestSupport {

// One streamed piece of answer text, as OpenAI-compatible servers send it.
inline QByteArray chunk(const QByteArray &text)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"}}]}\n\n";
}

// config.json in dir: the default model is "fast" of one instance "groq" (models fast and smart)
// at the fake server, with whatever else the entry needs added.
inline bool writeConfig(const QTemporaryDir &dir, const FakeHttpServer &server, const QJsonObject &extra = {})
{
    QJsonObject groq{{QStringLiteral("type"), QStringLiteral("openai")},
                     {QStringLiteral("name"), QStringLiteral("Groq")},
                     {QStringLiteral("base_url"), server.url(QStringLiteral("/openai/v1")).toString()},
                     {QStringLiteral("models"), QJsonArray{QStringLiteral("fast"), QStringLiteral("smart")}},
                     {QStringLiteral("max_attempts"), 1}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        groq.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("version"), AppConfig::kCurrentVersion},
        {QStringLiteral("default"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("groq")},
                                                {QStringLiteral("model"), QStringLiteral("fast")}}},
        {QStringLiteral("providers"), QJsonObject{{QStringLiteral("groq"), groq}}}};
    QFile file(dir.filePath(QStringLiteral("config.json")));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(root).toJson()) > 0;
}

// The app on a history of the running test's own, the key in this session's memory, shown.
inline std::unique_ptr<AppController> startApp(const QTemporaryDir &dir, const QString &key)
{
    const QString history =
        dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    auto app = std::make_unique<AppController>(
        AppController::Paths{dir.filePath(QStringLiteral("config.json")), QString(), dir.path(), history});
    app->secrets().setSessionValue(QStringLiteral("groq"), SecretKind::ApiKey, key);
    app->window()->show();
    return app;
}

} // namespace WindowTestSupport
