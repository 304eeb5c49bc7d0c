// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestAppConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("config.json")); }

    void write(const QByteArray &bytes)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void init()
    {
        // Every test starts from an empty directory (no config, no backups of earlier tests).
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY(dir.remove(name));
    }

    void missingFile_isCreatedFromDefaults()
    {
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QVERIFY(report.createdFromDefaults);
        QVERIFY(report.problems.isEmpty());
        QVERIFY(QFile::exists(path()));
        QCOMPARE(config.defaultProvider(), QStringLiteral("groq"));
        QVERIFY(config.providerIds().contains(QStringLiteral("ollama")));
        QCOMPARE(config.theme(), QStringLiteral("system"));
    }

    void defaults_areValid() { QCOMPARE(AppConfig::validate(AppConfig::defaults().json()), QStringList()); }

    void brokenJson_isMovedAsideAndDefaultsUsed()
    {
        write("{ this is not json");
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QVERIFY(!report.movedAsideTo.isEmpty());
        QVERIFY(report.movedAsideTo.startsWith(path() + QStringLiteral(".broken-")));
        QFile aside(report.movedAsideTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray("{ this is not json"));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(report.movedAsideTo));
        QCOMPARE(config.defaultProvider(), QStringLiteral("groq"));
    }

    void invalidValues_areReportedPrecisely()
    {
        write(R"({"version":1,"ui":{"theme":"purple","language":"en","font_size":10},
                  "providers":{"groq":{"type":"openai","base_url":"not a url"}}})");
        AppConfig::LoadReport report;
        AppConfig::load(path(), &report);
        QVERIFY2(report.problems.contains(QStringLiteral("providers.groq.base_url: not a URL")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.problems.contains(QStringLiteral("ui.theme: must be one of system, light, dark")));
        QCOMPARE(report.problems.size(), 2);
    }

    void moreInvalidValues_areReportedPrecisely()
    {
        QJsonObject root = AppConfig::defaults().json();
        QJsonObject generation = root.value(QLatin1String("generation")).toObject();
        generation.insert(QStringLiteral("top_p"), 1.5);
        root.insert(QStringLiteral("generation"), generation);
        root.insert(QStringLiteral("limits"), QJsonObject{{QStringLiteral("max_attachment_kb"), -4}});
        QJsonObject providers = root.value(QLatin1String("providers")).toObject();
        QJsonObject groq = providers.value(QLatin1String("groq")).toObject();
        groq.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        groq.insert(QStringLiteral("monthly_budget"),
                    QJsonObject{{QStringLiteral("amount"), QStringLiteral("ten")}});
        groq.insert(QStringLiteral("ca_file"), QStringLiteral("/nonexistent/ca.pem"));
        providers.insert(QStringLiteral("groq"), groq);
        root.insert(QStringLiteral("providers"), providers);
        const QStringList problems = AppConfig::validate(root);
        QCOMPARE(problems,
                 (QStringList{
                     QStringLiteral("generation.top_p: must be between 0 and 1"),
                     QStringLiteral("limits.max_attachment_kb: must be a positive number of kilobytes"),
                     QStringLiteral("providers.groq.enabled: must be true or false"),
                     QStringLiteral("providers.groq.monthly_budget.amount: must be a number of 0 or more"),
                     QStringLiteral("providers.groq.ca_file: /nonexistent/ca.pem does not exist")}));
    }

    void unknownKeys_arePreservedOnSave()
    {
        write(
            R"({"version":1,"future_feature":{"x":42},"ui":{"theme":"dark","language":"ru","font_size":0,"extra":true}})");
        AppConfig config = AppConfig::load(path());
        QCOMPARE(config.theme(), QStringLiteral("dark"));
        QCOMPARE(config.language(), QStringLiteral("ru"));
        config.setTheme(QStringLiteral("light"));
        QVERIFY(config.save(path()));

        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("future_feature")).toObject().value(QLatin1String("x")).toInt(),
                 42);
        QCOMPARE(root.value(QLatin1String("ui")).toObject().value(QLatin1String("extra")).toBool(), true);
        QCOMPARE(root.value(QLatin1String("ui")).toObject().value(QLatin1String("theme")).toString(),
                 QStringLiteral("light"));
        // Sections the file lacked are filled from the defaults.
        QVERIFY(root.value(QLatin1String("generation")).isObject());
    }

    void versionOneFile_isMigratedBackedUpAndRewritten()
    {
        const QByteArray original =
            "{\"version\":1,\"default\":{\"provider\":\"mine\",\"model\":\"m1\"},\"providers\":{\"mine\":{"
            "\"type\":\"openai\",\"name\":\"Mine\",\"base_url\":\"http://127.0.0.1:9/"
            "v1\",\"models\":[\"m1\"]}},\"ui\":{\"theme\":\"dark\",\"language\":\"ru\",\"font_size\":0}}";
        write(original);
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.migrations.size(), 2);
        QVERIFY(report.migrations.at(0).contains(QStringLiteral("yandexgpt, gigachat")));
        QVERIFY(report.migrations.at(1).contains(QStringLiteral("anthropic, gemini")));

        // The user's choices stay; the providers version 2 brought are added.
        QCOMPARE(config.json().value(QLatin1String("version")).toInt(), AppConfig::kCurrentVersion);
        QCOMPARE(config.defaultProvider(), QStringLiteral("mine"));
        QCOMPARE(config.theme(), QStringLiteral("dark"));
        QCOMPARE(config.providerIds(), (QStringList{QStringLiteral("anthropic"), QStringLiteral("gemini"),
                                                    QStringLiteral("gigachat"), QStringLiteral("mine"),
                                                    QStringLiteral("yandexgpt")}));
        QCOMPARE(config.provider(QStringLiteral("gigachat")).value(QLatin1String("auth_url")).toString(),
                 QStringLiteral("https://ngw.devices.sberbank.ru:9443/api/v2/oauth"));
        // No scope in the file: the personal one by default, or GIGACHAT_SCOPE.
        QVERIFY(!config.provider(QStringLiteral("gigachat")).contains(QLatin1String("scope")));

        // The old file is kept next to the new one, byte for byte.
        QCOMPARE(report.backupPath, path() + QStringLiteral(".bak-v1"));
        QFile backup(report.backupPath);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), original);

        // The file on disk is the migrated one, so the next start has nothing to do.
        AppConfig::LoadReport again;
        const AppConfig reloaded = AppConfig::load(path(), &again);
        QVERIFY(again.migrations.isEmpty());
        QVERIFY(again.backupPath.isEmpty());
        QCOMPARE(reloaded.providerIds(), config.providerIds());
    }

    void migration_keepsAProviderTheUserAddedUnderAnotherId()
    {
        // A v1 user who added GigaChat from the preset as "sber" must not get a second one.
        write("{\"version\":1,\"providers\":{\"sber\":{\"type\":\"gigachat\",\"name\":\"Sber\",\"base_url\":"
              "\"https://gigachat.devices.sberbank.ru/api/v1\",\"scope\":\"GIGACHAT_API_CORP\"}}}");
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QCOMPARE(config.providerIds(), (QStringList{QStringLiteral("anthropic"), QStringLiteral("gemini"),
                                                    QStringLiteral("sber"), QStringLiteral("yandexgpt")}));
        QCOMPARE(config.provider(QStringLiteral("sber")).value(QLatin1String("scope")).toString(),
                 QStringLiteral("GIGACHAT_API_CORP"));
    }

    void fileWithoutVersion_isReadAsVersionOne()
    {
        write(R"({"ui":{"theme":"light","language":"en","font_size":12}})");
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.migrations.size(), 2);
        QCOMPARE(config.fontSize(), 12);
        QCOMPARE(config.json().value(QLatin1String("version")).toInt(), AppConfig::kCurrentVersion);
    }

    void versionTwoFile_getsOnlyTheLaterStep()
    {
        write("{\"version\":2,\"providers\":{\"claude\":{\"type\":\"anthropic\",\"name\":\"Mine\",\"base_"
              "url\":\"https://api.anthropic.com\"}}}");
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QCOMPARE(report.migrations,
                 QStringList{QStringLiteral("version 3: added the built-in providers gemini")});
        QCOMPARE(report.backupPath, path() + QStringLiteral(".bak-v2"));
        QCOMPARE(config.providerIds(), (QStringList{QStringLiteral("claude"), QStringLiteral("gemini")}));
    }

    void newerFile_isReportedAndLeftAlone()
    {
        const QByteArray newer = R"({"version":99,"ui":{"theme":"dark","language":"en","font_size":0}})";
        write(newer);
        AppConfig::LoadReport report;
        const AppConfig config = AppConfig::load(path(), &report);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(QStringLiteral("newer version")));
        QVERIFY(report.migrations.isEmpty());
        QCOMPARE(config.theme(), QStringLiteral("dark"));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }

    void saveIntoMissingDirectory_reportsError()
    {
        QString error;
        QVERIFY(
            !AppConfig::defaults().save(m_dir.filePath(QStringLiteral("no/such/dir/config.json")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "TestAppConfig.moc"
