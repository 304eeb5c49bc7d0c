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
    void init() { QFile::remove(path()); }

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
