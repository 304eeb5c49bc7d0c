// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "ActionRegistry.h"
#include "AppController.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "settings/AppearancePage.h"
#include "settings/SettingsDialog.h"

#include "core/AppConfig.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void appearancePage_loadsAndSaves()
    {
        AppConfig config = AppConfig::defaults();
        config.setTheme(QStringLiteral("dark"));
        config.setLanguage(QStringLiteral("ru"));
        config.setFontSize(13);
        SettingsDialog dialog(config);
        dialog.addPage(std::make_unique<AppearancePage>());
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeComboBox"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        auto *fontSize = dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpinBox"));
        QVERIFY(theme && language && fontSize);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("ru"));
        QCOMPARE(fontSize->value(), 13);

        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        fontSize->setValue(0);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(dialog.config().theme(), QStringLiteral("light"));
        QCOMPARE(dialog.config().fontSize(), 0);
        QCOMPARE(dialog.config().language(), QStringLiteral("ru"));
    }

    void controller_appliesThemeLiveAndSaves()
    {
        const QString configFile = m_dir.filePath(QStringLiteral("config.json"));
        AppController controller(
            {configFile, m_dir.filePath(QStringLiteral("ui.ini")), m_dir.path(), QString()});
        AppConfig config = controller.config();
        config.setTheme(QStringLiteral("dark"));
        controller.applyConfig(config);
        QVERIFY(controller.themeManager()->isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemeManager::darkPalette().color(QPalette::Window));
        QVERIFY(controller.window()->actions()->action(QStringLiteral("view.themeDark"))->isChecked());
        QCOMPARE(AppConfig::load(configFile).theme(), QStringLiteral("dark"));

        controller.window()->actions()->action(QStringLiteral("view.themeLight"))->trigger();
        QVERIFY(!controller.themeManager()->isDark());
        QVERIFY(!controller.window()->actions()->action(QStringLiteral("view.themeDark"))->isChecked());
        QCOMPARE(AppConfig::load(configFile).theme(), QStringLiteral("light"));
    }

    void languageChange_retranslatesWindowLive()
    {
        AppController controller(
            {m_dir.filePath(QStringLiteral("lang.json")), QString(), m_dir.path(), QString()});
        AppConfig config = controller.config();
        config.setLanguage(QStringLiteral("ru"));
        controller.applyConfig(config);
        // Qt 5 posts the LanguageChange event, Qt 6 sends it: wait for either.
        QTRY_COMPARE(controller.window()->actions()->action(QStringLiteral("file.quit"))->text(),
                     QStringLiteral("В&ыход"));
        config.setLanguage(QStringLiteral("en"));
        controller.applyConfig(config);
        QTRY_COMPARE(controller.window()->actions()->action(QStringLiteral("file.quit"))->text(),
                     QStringLiteral("&Quit"));
    }

    void aboutDialog_listsLibraryVersions()
    {
        AboutDialog dialog;
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("componentsTreeWidget"));
        QVERIFY(tree);
        QStringList components;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            components << tree->topLevelItem(i)->text(0);
            QVERIFY(!tree->topLevelItem(i)->text(1).isEmpty());
        }
        QCOMPARE(components, (QStringList{QStringLiteral("Qt"), QStringLiteral("cmark-gfm"),
                                          QStringLiteral("KSyntaxHighlighting"), QStringLiteral("QtKeychain"),
                                          QStringLiteral("SQLite")}));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))
                    .match(tree->topLevelItem(1)->text(1))
                    .hasMatch());
        QVERIFY(tree->topLevelItem(4)->text(1).startsWith(QStringLiteral("3.")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
