// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"
#include "ChatPane.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "controllers/ChatController.h"
#include "controllers/ConversationListController.h"
#include "controllers/ProjectController.h"
#include "controllers/UsageController.h"
#include "core/AppConfig.h"

#include "core/Logging.h"
#include "services/ChatService.h"
#include "services/ConversationExporter.h"
#include "services/SecretStore.h"
#include "storage/ProjectRepository.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A whole session with a key stored in a real keychain (KEYRING), then every file the app
// wrote (configuration, history database with its WAL, logs, every kind of export) is searched
// byte by byte.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    const QString m_key = QStringLiteral("gsk_LeakCanary_7f3e9a1c5b2d4e6f8a0b");

    QStringList filesContaining(const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << path;
        }
        return hits;
    }

private Q_SLOTS:
    void fullSession_leavesTheKeyNowhere()
    {
        QVERIFY(m_server.start());
        const QString configDir = m_dir.filePath(QStringLiteral("config"));
        const QString dataDir = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(configDir) && QDir().mkpath(dataDir));
        QJsonObject root{
            {QStringLiteral("version"), AppConfig::kCurrentVersion},
            {QStringLiteral("default"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("groq")},
                                                    {QStringLiteral("model"), QStringLiteral("m")}}},
            {QStringLiteral("providers"),
             QJsonObject{
                 {QStringLiteral("groq"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                              {QStringLiteral("name"), QStringLiteral("Groq")},
                              {QStringLiteral("base_url"), m_server.url(QStringLiteral("/v1")).toString()},
                              {QStringLiteral("models"), QJsonArray{QStringLiteral("m")}},
                              {QStringLiteral("max_attempts"), 1}}}}}};
        QFile config(configDir + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(root).toJson());
        config.close();

        // Everything at debug level, so request logging is exercised too.
        qputenv("QT_LOGGING_RULES", "mmchat.*.debug=true");
        Logging::install({dataDir + QStringLiteral("/log.txt"), 1 << 20, false});
        {
            AppController app({configDir + QStringLiteral("/config.json"),
                               configDir + QStringLiteral("/ui.ini"), dataDir,
                               dataDir + QStringLiteral("/history.sqlite")});
            app.secrets().setServiceName(QStringLiteral("io.github.mmchat.tests.leaks"));
            QVERIFY(!app.secrets().writeNow(QStringLiteral("groq"), SecretKind::ApiKey, m_key));
            app.window()->show();

            QSignalSpy ended(&app.chat(), &ChatService::replyEnded);
            // A normal answer, then a 401 whose body quotes the key, as some providers do.
            m_server.enqueue(
                FakeResponse::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"fine\"}}]}\n\n"
                                  "data: [DONE]\n\n"));
            app.window()->chatPane()->messageInput()->setPlainText(QStringLiteral("hello"));
            app.chatController().send();
            QVERIFY(ended.wait(10000));
            m_server.enqueue(FakeResponse::json(
                401, QByteArrayLiteral(R"({"error":{"message":"Incorrect API key provided: )") +
                         m_key.toUtf8() + QByteArrayLiteral(R"(","code":"invalid_api_key"}})")));
            app.window()->chatPane()->messageInput()->setPlainText(QStringLiteral("again"));
            app.chatController().send();
            QVERIFY(ended.wait(10000));
            QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray("Bearer ") + m_key.toUtf8());
            // A draft and a settings save too.
            app.window()->chatPane()->messageInput()->setPlainText(QStringLiteral("draft"));
            app.applyConfig(app.config());
            // Every export format, of the conversation, every branch, the usage and a project.
            const QString exports = dataDir + QStringLiteral("/exports");
            QVERIFY(QDir().mkpath(exports));
            for (const QString &format : ConversationExporter::formats()) {
                QVERIFY(app.chatController().exportConversation(format, exports + QStringLiteral("/branch.") +
                                                                            format));
                QVERIFY(app.chatController().exportConversation(format,
                                                                exports + QStringLiteral("/all.") + format,
                                                                ChatController::ExportScope::AllBranches));
            }
            app.usage().showDialog();
            QVERIFY(app.usage().exportCsv(exports + QStringLiteral("/usage.csv")));
            Project project;
            project.name = QStringLiteral("Leaks");
            const qint64 projectId = ProjectRepository(app.database()).create(project);
            app.conversationActions().moveToProject(app.chatController().currentConversation(), projectId);
            QVERIFY(app.projects().exportProject(projectId, QStringLiteral("json"),
                                                 exports + QStringLiteral("/p.json")));
            QVERIFY(app.projects().exportProject(projectId, QStringLiteral("md"),
                                                 exports + QStringLiteral("/p.md")));
            QCOMPARE(QDir(exports).entryList(QDir::Files).size(), 11);
            app.secrets().removeNow(QStringLiteral("groq"), SecretKind::ApiKey);
        }
        Logging::uninstall();
        qunsetenv("QT_LOGGING_RULES");

        QVERIFY(QFileInfo(dataDir + QStringLiteral("/log.txt")).size() > 0);
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/history.sqlite")));
        QCOMPARE(filesContaining(m_key.toUtf8()), QStringList());
        // Not even the distinctive middle of it.
        QCOMPARE(filesContaining(QByteArrayLiteral("LeakCanary_7f3e")), QStringList());
    }
};

QTEST_MAIN(TestSecretLeaks)
#include "TestSecretLeaks.moc"
