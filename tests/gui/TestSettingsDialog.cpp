// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "ActionRegistry.h"
#include "AppController.h"
#include "HintLabel.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "settings/AppearancePage.h"
#include "settings/GenerationPage.h"
#include "settings/NetworkPage.h"
#include "settings/PricesPage.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatesPage.h"

#include "controllers/ChatController.h"
#include "core/AppConfig.h"
#include "gui/chatview/ChatView.h"
#include "render/SafeTextDocument.h"
#include "services/PromptTemplates.h"
#include "services/SecretStore.h"
#include "services/TemplateLibrary.h"
#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/PromptTemplateRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
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
        ChatView *view = controller.chatController().view();
        ChatViewMessage hello;
        hello.id = QStringLiteral("1");
        hello.role = ChatViewMessage::Role::User;
        hello.text = QStringLiteral("hello");
        view->setMessages({hello});
        QVERIFY(view->document()->toPlainText().contains(QStringLiteral("You")));
        AppConfig config = controller.config();
        config.setLanguage(QStringLiteral("ru"));
        controller.applyConfig(config);
        // Qt 5 posts the LanguageChange event, Qt 6 sends it: wait for either.
        QTRY_COMPARE(controller.window()->actions()->action(QStringLiteral("file.quit"))->text(),
                     QStringLiteral("В&ыход"));
        // Messages already on screen are written again in the new language.
        QTRY_VERIFY(view->document()->toPlainText().contains(QStringLiteral("Вы")));
        QVERIFY(view->document()->toPlainText().contains(QStringLiteral("Копировать текст")));
        // So are the empty-state hints.
        auto *welcome = controller.window()->findChild<HintLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(welcome);
        QVERIFY(welcome->plainText().startsWith(QStringLiteral("Начните диалог")));
        QVERIFY(!welcome->plainText().contains(QLatin1Char('<')));
        const QList<HintLabel *> hints = controller.window()->findChildren<HintLabel *>();
        QCOMPARE(hints.size(), 3); // welcome, branches, conversation list
        for (const HintLabel *hint : hints)
            QVERIFY2(hint->plainText().contains(QRegularExpression(QStringLiteral("[а-я]"))),
                     qPrintable(hint->plainText()));
        // Qt's own strings (dialog buttons) follow, from the system's Qt translations.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Apply"), QStringLiteral("Применить"));
        config.setLanguage(QStringLiteral("en"));
        controller.applyConfig(config);
        QTRY_COMPARE(controller.window()->actions()->action(QStringLiteral("file.quit"))->text(),
                     QStringLiteral("&Quit"));
        QTRY_VERIFY(view->document()->toPlainText().contains(QStringLiteral("You")));
        QVERIFY(welcome->plainText().startsWith(QStringLiteral("Start a conversation")));
    }

    void generationPage_loadsAndSavesDefaults()
    {
        AppConfig config = AppConfig::defaults();
        GenerationPage page;
        page.load(config);
        auto *temperature = page.widget()->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureSpinBox"));
        auto *maxTokens = page.widget()->findChild<QSpinBox *>(QStringLiteral("maxTokensSpinBox"));
        auto *topP = page.widget()->findChild<QDoubleSpinBox *>(QStringLiteral("topPSpinBox"));
        auto *prompt = page.widget()->findChild<QPlainTextEdit *>(QStringLiteral("systemPromptTextEdit"));
        QCOMPARE(temperature->value(), 0.7);
        QCOMPARE(maxTokens->value(), 2048);
        temperature->setValue(0.2);
        maxTokens->setValue(512);
        topP->setValue(0.9);
        prompt->setPlainText(QStringLiteral("Answer in Russian."));
        page.save(config);
        const QJsonObject generation = config.json().value(QLatin1String("generation")).toObject();
        QCOMPARE(generation.value(QLatin1String("temperature")).toDouble(), 0.2);
        QCOMPARE(generation.value(QLatin1String("max_tokens")).toInt(), 512);
        QCOMPARE(generation.value(QLatin1String("top_p")).toDouble(), 0.9);
        QCOMPARE(generation.value(QLatin1String("system_prompt")).toString(),
                 QStringLiteral("Answer in Russian."));
        QVERIFY(AppConfig::validate(config.json()).isEmpty());
    }

    void templatesPage_createsEditsAndDeletes()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(QStringLiteral("history.sqlite"))), Database::OpenStatus::Ok);
        PromptTemplates::seedDefaults(db);
        TemplateLibrary library(db);
        const int seeded = int(library.list().size());
        QVERIFY(seeded >= 2);
        TemplatesPage page(library);
        page.load(AppConfig());
        QCOMPARE(page.templates().size(), seeded);

        // Add one, edit the first, remove the second.
        page.addTemplate();
        auto *name = page.widget()->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        auto *shortcut = page.widget()->findChild<QLineEdit *>(QStringLiteral("shortcutLineEdit"));
        auto *body = page.widget()->findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"));
        name->setText(QStringLiteral("Three bullets"));
        shortcut->setText(QStringLiteral("tb"));
        body->setPlainText(QStringLiteral("Summarise in three bullets:\n{{input}}"));
        auto *list = page.widget()->findChild<QListWidget *>(QStringLiteral("templateList"));
        list->setCurrentRow(0);
        name->setText(QStringLiteral("First, renamed"));
        list->setCurrentRow(1);
        const QString removedName = name->text();
        page.removeCurrent();
        AppConfig config;
        page.save(config);
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));

        QStringList names;
        for (const PromptTemplate &prompt : library.list())
            names << prompt.name;
        QCOMPARE(names.size(), seeded);
        QVERIFY(names.contains(QStringLiteral("First, renamed")));
        QVERIFY(names.contains(QStringLiteral("Three bullets")));
        QVERIFY(!names.contains(removedName));

        // A shortcut used twice is refused and nothing changes.
        page.addTemplate();
        shortcut->setText(QStringLiteral("tb"));
        page.save(config);
        QVERIFY(page.problem().contains(QStringLiteral("\u201ctb\u201d")));
        QCOMPARE(library.list().size(), seeded);
    }

    void templatesPage_offersATemplateInOneProjectOnly()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(QStringLiteral("history.sqlite"))), Database::OpenStatus::Ok);
        Project legal;
        legal.name = QStringLiteral("Legal");
        const qint64 legalId = ProjectRepository(db).create(legal);
        TemplateLibrary library(db);
        TemplatesPage page(library);
        page.load(AppConfig());
        page.addTemplate();
        page.widget()
            ->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))
            ->setText(QStringLiteral("Clause"));
        auto *project = page.widget()->findChild<QComboBox *>(QStringLiteral("projectComboBox"));
        QVERIFY(project);
        QCOMPARE(project->count(), 2);
        project->setCurrentIndex(project->findData(legalId));
        AppConfig config;
        page.save(config);
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        const QList<PromptTemplate> inLegal = PromptTemplateRepository(db).availableIn(legalId);
        QCOMPARE(inLegal.size(), 1);
        QCOMPARE(inLegal.at(0).name, QStringLiteral("Clause"));
        QVERIFY(PromptTemplateRepository(db).availableIn(0).isEmpty());
        // Shown again with its project.
        page.load(AppConfig());
        QCOMPARE(project->currentData().toLongLong(), legalId);
    }

    void pricesPage_overridesShippedPricesAndRemovesOwnOnes()
    {
        AppConfig config = AppConfig::defaults();
        PricesPage page;
        page.load(config);
        auto *table = page.widget()->findChild<QTableWidget *>(QStringLiteral("pricesTable"));
        QVERIFY(table);
        // The shipped gpt-4o-mini price shows for the OpenAI entry.
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, PricesPage::Provider)->text() == QLatin1String("openai") &&
                table->item(r, PricesPage::Model)->text() == QLatin1String("gpt-4o-mini"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, PricesPage::Input)->data(Qt::EditRole).toDouble(), 0.15);
        QVERIFY(table->item(row, PricesPage::Source)->text().startsWith(QStringLiteral("shipped")));
        // Nothing changed, nothing written.
        page.save(config);
        QVERIFY(!config.provider(QStringLiteral("openai")).contains(QLatin1String("prices")));

        // Editing it makes it the user's own price, written into the entry.
        table->item(row, PricesPage::Output)->setData(Qt::EditRole, 0.5);
        QCOMPARE(table->item(row, PricesPage::Source)->text(), QStringLiteral("yours"));
        // And a price for a model the table does not know, in roubles.
        const int added = page.addRow(QStringLiteral("gigachat"));
        table->item(added, PricesPage::Model)->setText(QStringLiteral("GigaChat-2-Max"));
        table->item(added, PricesPage::Input)->setData(Qt::EditRole, 1950.0);
        table->item(added, PricesPage::Output)->setData(Qt::EditRole, 1950.0);
        QCOMPARE(table->item(added, PricesPage::Currency)->text(), QStringLiteral("RUB"));
        page.save(config);
        const QJsonObject openai =
            config.provider(QStringLiteral("openai")).value(QLatin1String("prices")).toObject();
        QCOMPARE(openai.size(), 1);
        QCOMPARE(
            openai.value(QLatin1String("gpt-4o-mini")).toObject().value(QLatin1String("output")).toDouble(),
            0.5);
        QCOMPARE(
            openai.value(QLatin1String("gpt-4o-mini")).toObject().value(QLatin1String("input")).toDouble(),
            0.15);
        const QJsonObject giga = config.provider(QStringLiteral("gigachat"))
                                     .value(QLatin1String("prices"))
                                     .toObject()
                                     .value(QLatin1String("GigaChat-2-Max"))
                                     .toObject();
        QCOMPARE(giga.value(QLatin1String("input")).toDouble(), 1950.0);
        QCOMPARE(giga.value(QLatin1String("currency")).toString(), QStringLiteral("RUB"));

        // Loaded again: own prices are marked; removing the override brings the shipped one back.
        page.load(config);
        row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, PricesPage::Model)->text() == QLatin1String("gpt-4o-mini"))
                row = r;
        }
        QCOMPARE(table->item(row, PricesPage::Source)->text(), QStringLiteral("yours"));
        page.removeRow(row);
        bool shippedAgain = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, PricesPage::Model)->text() == QLatin1String("gpt-4o-mini"))
                shippedAgain =
                    table->item(r, PricesPage::Source)->text().startsWith(QStringLiteral("shipped")) &&
                    table->item(r, PricesPage::Output)->data(Qt::EditRole).toDouble() == 0.60;
        }
        QVERIFY(shippedAgain);
        page.save(config);
        QVERIFY(!config.provider(QStringLiteral("openai")).contains(QLatin1String("prices")));
        QVERIFY(config.provider(QStringLiteral("gigachat")).contains(QLatin1String("prices")));
    }

    void networkPage_keepsKeysItDoesNotKnow()
    {
        AppConfig config = AppConfig::defaults();
        config.setSection(QStringLiteral("network"),
                          QJsonObject{{QStringLiteral("connect_timeout_s"), 10},
                                      {QStringLiteral("future_option"), QStringLiteral("kept")}});
        config.setSection(QStringLiteral("privacy"), QJsonObject{{QStringLiteral("telemetry"), false}});
        SecretStore secrets;
        NetworkPage page(secrets);
        page.load(config);
        page.widget()->findChild<QSpinBox *>(QStringLiteral("connectTimeoutSpinBox"))->setValue(25);
        // Choosing SOCKS5 offers its usual port, as on the Providers page.
        auto *proxyType = page.widget()->findChild<QComboBox *>(QStringLiteral("proxyTypeComboBox"));
        proxyType->setCurrentIndex(proxyType->findData(QStringLiteral("socks5")));
        QCOMPARE(page.widget()->findChild<QSpinBox *>(QStringLiteral("proxyPortSpinBox"))->value(), 1080);
        page.save(config);
        const QJsonObject network = config.json().value(QLatin1String("network")).toObject();
        QCOMPARE(network.value(QLatin1String("connect_timeout_s")).toInt(), 25);
        QCOMPARE(network.value(QLatin1String("future_option")).toString(), QStringLiteral("kept"));
        const QJsonObject privacy = config.json().value(QLatin1String("privacy")).toObject();
        QVERIFY(privacy.contains(QLatin1String("telemetry")));
        QVERIFY(privacy.contains(QLatin1String("yandex_data_logging")));
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
