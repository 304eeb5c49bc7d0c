// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_followsLocaleAndFallsBackToEnglish()
    {
        QLocale::setDefault(QLocale(QStringLiteral("ru_RU")));
        QCOMPARE(Translations::resolve(QStringLiteral("system")), QStringLiteral("ru"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(Translations::resolve(QStringLiteral("system")), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(Translations::resolve(QStringLiteral("klingon")), QStringLiteral("en"));
    }

    void russian_translatesUiStringsLive()
    {
        Translations translations;
        QCOMPARE(translations.install(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Multimodel Chat"),
                 QStringLiteral("Multimodel Chat"));
        QCOMPARE(QCoreApplication::translate("ActionRegistry", "&Quit"), QStringLiteral("В&ыход"));
        QCOMPARE(QCoreApplication::translate("AppearancePage", "Appearance"), QStringLiteral("Внешний вид"));

        // Switching back removes the Russian catalogue.
        translations.install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ActionRegistry", "&Quit"), QStringLiteral("&Quit"));
    }

    void everyRussianEntry_isTranslated()
    {
        // lrelease drops unfinished entries, so an untranslated string would show in English.
        QFile ts(QStringLiteral(MMCHAT_SOURCE_DIR "/translations/multimodel-chat_ru.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray content = ts.readAll();
        QCOMPARE(content.count("type=\"unfinished\""), 0);
        QVERIFY(content.count("<message") > 50);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
