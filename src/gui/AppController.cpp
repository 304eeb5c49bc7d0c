// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "AboutDialog.h"
#include "ActionRegistry.h"
#include "ConversationListPane.h"
#include "MainWindow.h"
#include "StartupPreload.h"
#include "ThemeManager.h"
#include "controllers/BranchExplorerController.h"
#include "controllers/ChatController.h"
#include "controllers/ConversationListController.h"
#include "controllers/ConversationListModel.h"
#include "controllers/ProjectController.h"
#include "controllers/SearchController.h"
#include "controllers/UsageController.h"
#include "settings/AppearancePage.h"
#include "settings/GenerationPage.h"
#include "settings/NetworkPage.h"
#include "settings/PricesPage.h"
#include "settings/ProvidersPage.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatesPage.h"
#include "usage/UsageDialog.h"

#include "core/Logging.h"
#include "core/Translations.h"
#include "llm/ChatProvider.h"
#include "llm/HealthMonitor.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "services/ChatService.h"
#include "services/CostRecalculator.h"
#include "services/DatabaseModelCacheStore.h"
#include "services/HistoryCheck.h"
#include "services/PromptTemplates.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"
#include "services/TemplateLibrary.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

AppController::AppController(const Paths &paths, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_theme(new ThemeManager(this))
    , m_translations(new Translations(this))
    , m_database(std::make_unique<Database>())
    , m_factory(std::make_unique<ProviderFactory>())
    , m_secrets(new SecretStore(this))
    , m_providers(new ProviderManager(*m_factory, *m_secrets, this))
    , m_chat(new ChatService(*m_database, *m_providers, this))
    , m_health(new HealthMonitor(this))
{
    // Plugin loading overlaps with building the window; the history is opened once both are done.
    StartupPreload preload;
    AppConfig::LoadReport report;
    m_config = AppConfig::load(m_paths.configFile, &report);
    m_startupProblems = report.problems;

    // Language first, so the window is built already translated.
    m_translations->install(m_config.language());
    m_theme->apply(ThemeManager::fromString(m_config.theme()));
    m_theme->setFontSize(m_config.fontSize());

    BuiltinProviders::registerAll(*m_factory);
    m_providers->setConfig(m_config);
    m_window = std::make_unique<MainWindow>(m_paths.layoutFile);

    preload.wait();
    openHistory();
    // Model lists are cached with the history (24 h), for the selector and mmchat alike.
    m_modelCache = std::make_unique<DatabaseModelCacheStore>(*m_database);
    m_factory->setModelCache(m_modelCache.get());
    PromptTemplates::seedDefaults(*m_database);
    m_conversationList = new ConversationListModel(*m_database, this);
    m_chatController =
        new ChatController(*m_window, *m_database, *m_providers, *m_chat, *m_conversationList, this);
    m_chatController->setTheme(m_theme->isDark());
    m_chatController->setHealthMonitor(m_health);
    m_branchExplorer = new BranchExplorerController(*m_window->branchExplorer(), *m_database, *m_chat,
                                                    *m_chatController, *m_conversationList, this);
    m_branchExplorer->setUndoPresenter([this](const QString &message, const std::function<void()> &undo) {
        m_window->showUndo(message, kUndoMs, undo);
    });
    m_usage = new UsageController(*m_window, *m_database, *m_providers, *m_chatController, this);
    connect(m_chat, &ChatService::replyEnded, m_usage, [this](const Message &message) {
        if (message.conversationId == m_chatController->currentConversation())
            m_usage->updateSummary(message.conversationId);
        m_usage->refreshDialog();
    });
    connect(m_theme, &ThemeManager::themeChanged, m_chatController, &ChatController::setTheme);
    connect(m_chatController, &ChatController::openProviderSettingsRequested, this,
            &AppController::showPreferences);
    connectActions();
    connectConversationList();
    syncThemeActions();
    // Any paint of a widget means the window is on screen; see startHealthChecks().
    qApp->installEventFilter(this);
}

AppController::~AppController()
{
    // The window and controllers go before the services they use.
    m_chatController->saveDraft();
    delete m_conversationActions; // deletes what is still waiting for its undo time
    delete m_usage;
    delete m_projects;
    delete m_search;
    delete m_branchExplorer;
    delete m_chatController;
    m_window.reset();
    delete m_chat;
    m_factory->setModelCache(nullptr);
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_windowPainted) {
        m_windowPainted = true;
        qApp->removeEventFilter(this);
        if (m_healthWaitingForPaint)
            QTimer::singleShot(0, this, &AppController::startHealthChecks);
    }
    return QObject::eventFilter(watched, event);
}

void AppController::startHealthChecks()
{
    // The first round reads keys from the keychain, which blocks on D-Bus: it waits until the
    // window has been painted once, so the user sees it at once. A window that never paints
    // (started minimised) gets its checks a little later anyway.
    if (!m_windowPainted) {
        if (!m_healthWaitingForPaint) {
            m_healthWaitingForPaint = true;
            QTimer::singleShot(kHealthFallbackMs, this, [this] {
                m_windowPainted = true;
                startHealthChecks();
            });
        }
        return;
    }
    m_healthWaitingForPaint = false;
    if (!m_healthStarted) {
        m_healthStarted = true;
        // Providers are recreated when their settings change; check the new ones too.
        connect(m_providers, &ProviderManager::instancesChanged, this, [this] {
            QTimer::singleShot(0, this, [this] {
                for (const QString &id : m_providers->instanceIds())
                    m_health->removeProvider(id);
                startHealthChecks();
            });
        });
    }
    for (const QString &id : m_providers->instanceIds()) {
        if (!m_providers->instance(id).enabled)
            continue;
        // Instances without a usable key are left unchecked (grey) rather than "failed".
        if (ChatProvider *provider = m_providers->provider(id))
            m_health->addProvider(provider);
    }
    m_health->start();
    m_health->checkAll();
}

namespace {

const QString kLastHistoryCheck = QStringLiteral("history.last_check");

} // namespace

void AppController::scheduleHistoryCheck(const QString &program)
{
    if (m_paths.historyFile.isEmpty() || !m_database->isOpen())
        return;
    const qint64 last = SettingsRepository(*m_database).value(kLastHistoryCheck, 0).toLongLong();
    if (QDateTime::currentMSecsSinceEpoch() - last < kHistoryCheckIntervalMs)
        return;
    // Late, so that it does not compete with the start and the first request for the disk.
    QTimer::singleShot(kHistoryCheckDelayMs, this, [this, program] { checkHistoryNow(program); });
}

void AppController::checkHistoryNow(const QString &program)
{
    if (m_historyCheck || m_paths.historyFile.isEmpty())
        return;
    m_historyCheck = new HistoryCheck(program, m_paths.historyFile, this);
    connect(m_historyCheck, &HistoryCheck::finished, this, &AppController::reportHistoryDamage);
    m_historyCheck->start();
}

void AppController::reportHistoryDamage(const QStringList &problems)
{
    m_historyCheck->deleteLater();
    m_historyCheck = nullptr;
    if (problems.isEmpty()) {
        // A damaged file is checked again at the next start; a sound one in a week.
        SettingsRepository(*m_database).setValue(kLastHistoryCheck, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    const QString file = QDir::toNativeSeparators(m_paths.historyFile);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The history file is damaged"),
                                tr("The history file is damaged."), QMessageBox::Ok, m_window.get());
    box->setInformativeText(tr("Parts of it could not be read: conversations stored there may be "
                               "incomplete or fail to open.\n\nQuit the app and keep a copy of %1 "
                               "before you go on. Details say how to recover what can be read.")
                                .arg(file));
    box->setObjectName(QStringLiteral("historyDamageBox"));
    box->setDetailedText(tr("SQLite found:\n%1\n\nTo recover, quit the app and run:\n"
                            "sqlite3 \"%2\" \".recover\" | sqlite3 recovered.sqlite\n"
                            "sqlite3 recovered.sqlite \"PRAGMA integrity_check\"\n"
                            "If the last command prints \"ok\", put recovered.sqlite in place of %2 and "
                            "delete %2-wal and %2-shm.")
                             .arg(problems.join(QLatin1Char('\n')), file));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AppController::openHistory()
{
    const Database::OpenStatus status =
        m_database->open(m_paths.historyFile.isEmpty() ? QStringLiteral(":memory:") : m_paths.historyFile);
    switch (status) {
    case Database::OpenStatus::Ok: break;
    case Database::OpenStatus::Recovered:
    case Database::OpenStatus::ReadOnly: m_startupProblems << m_database->error().userMessage(); break;
    case Database::OpenStatus::Failed:
        // Still usable, but nothing is kept: say so plainly.
        m_startupProblems
            << m_database->error().userMessage()
            << tr("This session's conversations are kept in memory only and will be lost on exit.");
        m_database->open(QStringLiteral(":memory:"));
        break;
    }
}

void AppController::connectConversationList()
{
    ConversationListPane *pane = m_window->conversationList();
    pane->setModel(m_conversationList);
    m_search = new SearchController(*pane, *m_database, *m_conversationList, *m_chatController, this);
    m_conversationActions = new ConversationListController(*pane, *m_window, *m_database, *m_conversationList,
                                                           *m_chatController, this);
    m_projects = new ProjectController(*pane, *m_window, *m_database, *m_conversationList, *m_chatController,
                                       m_config, this);
    connect(m_conversationActions, &ConversationListController::projectMenuRequested, m_projects,
            &ProjectController::showProjectMenu);
    connect(m_chatController, &ChatController::projectsChanged, m_projects,
            [this] { m_projects->setCurrentProject(m_projects->currentProject()); });
    // The search looks in the project shown, and the field says where it looks.
    m_search->setProjectScope([this] { return m_projects->currentProject(); });
    const auto updateSearchScope = [this, pane] {
        const QString project = pane->projectSelector()->currentData().toLongLong()
                                    ? pane->projectSelector()->currentText()
                                    : QString();
        pane->searchField()->setPlaceholderText(
            project.isEmpty() ? tr("Search all conversations") : tr("Search in \u201c%1\u201d").arg(project));
        m_search->refresh();
    };
    connect(m_projects, &ProjectController::currentProjectChanged, this, updateSearchScope);
    updateSearchScope();
    // A new conversation goes into the project shown, else the one chosen in the list (a folder
    // or one of its rows).
    m_chatController->setProjectForNew([this, pane] {
        if (const qint64 shown = m_projects->currentProject())
            return shown;
        return pane->conversationView()
            ->currentIndex()
            .data(ConversationListModel::ProjectIdRole)
            .toLongLong();
    });
    auto openChosen = [this](const QModelIndex &index) {
        if (index.model() != m_conversationList)
            return;
        if (const qint64 id = m_conversationList->conversationId(index))
            if (id != m_chatController->currentConversation())
                m_chatController->openConversation(id);
    };
    connect(pane, &ConversationListPane::currentIndexChanged, this, openChosen);
    connect(pane, &ConversationListPane::endReached, this, [this, pane] {
        if (pane->conversationView()->model() == m_conversationList) // not while search hits are shown
            m_conversationList->readMore();
    });
}

void AppController::connectActions()
{
    ActionRegistry *actions = m_window->actions();
    connect(actions->action(QStringLiteral("settings.preferences")), &QAction::triggered, this,
            &AppController::showPreferences);
    connect(actions->action(QStringLiteral("help.about")), &QAction::triggered, this,
            &AppController::showAbout);
    connect(actions->action(QStringLiteral("help.aboutQt")), &QAction::triggered, qApp,
            &QApplication::aboutQt);
    connect(actions->action(QStringLiteral("help.openLogFolder")), &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_paths.logDir)); });
    connect(actions->action(QStringLiteral("project.usage")), &QAction::triggered, m_usage,
            &UsageController::showDialog);
    connect(actions->action(QStringLiteral("view.themeSystem")), &QAction::triggered, this,
            [this] { setTheme(QStringLiteral("system")); });
    connect(actions->action(QStringLiteral("view.themeLight")), &QAction::triggered, this,
            [this] { setTheme(QStringLiteral("light")); });
    connect(actions->action(QStringLiteral("view.themeDark")), &QAction::triggered, this,
            [this] { setTheme(QStringLiteral("dark")); });
}

void AppController::setTheme(const QString &theme)
{
    AppConfig config = m_config;
    config.setTheme(theme);
    applyConfig(config);
}

void AppController::syncThemeActions()
{
    ActionRegistry *actions = m_window->actions();
    const QString theme = m_config.theme();
    actions->action(QStringLiteral("view.themeSystem"))->setChecked(theme == QLatin1String("system"));
    actions->action(QStringLiteral("view.themeLight"))->setChecked(theme == QLatin1String("light"));
    actions->action(QStringLiteral("view.themeDark"))->setChecked(theme == QLatin1String("dark"));
}

void AppController::applyConfig(const AppConfig &config)
{
    const AppConfig previous = m_config;
    m_config = config;
    if (previous.language() != config.language())
        m_translations->install(config.language());
    if (previous.theme() != config.theme())
        m_theme->apply(ThemeManager::fromString(config.theme()));
    if (previous.fontSize() != config.fontSize())
        m_theme->setFontSize(config.fontSize());
    syncThemeActions();
    m_providers->setConfig(m_config);

    QString error;
    if (!m_config.save(m_paths.configFile, &error)) {
        qCWarning(lcConfig).noquote() << error;
        m_window->showStatus(error, 10000);
    }
    offerCostRecompute(previous);
}

void AppController::offerCostRecompute(const AppConfig &previous)
{
    bool pricesChanged = false;
    for (const QString &id : m_config.providerIds() + previous.providerIds())
        pricesChanged = pricesChanged || m_config.provider(id).value(QLatin1String("prices")) !=
                                             previous.provider(id).value(QLatin1String("prices"));
    if (!pricesChanged)
        return;
    CostRecalculator recalculator(*m_database, m_config);
    const int changes = int(recalculator.changes().size());
    if (changes == 0)
        return;
    const QString question =
        tr("With the new prices, %n earlier answer(s) would cost something else. Recompute "
           "their cost? Token counts stay as the providers reported them.",
           nullptr, changes);
    const bool recompute = m_askRecompute ? m_askRecompute(question)
                                          : QMessageBox::question(m_window.get(), tr("Prices Changed"),
                                                                  question) == QMessageBox::Yes;
    if (!recompute)
        return;
    const int done = recalculator.apply();
    m_window->showStatus(done < 0 ? tr("The costs could not be recomputed.")
                                  : tr("Recomputed the cost of %n answer(s).", nullptr, done),
                         8000);
    m_usage->updateSummary(m_chatController->currentConversation());
    m_usage->refreshDialog();
}

void AppController::showPreferences()
{
    TemplateLibrary templates(*m_database); // outlives the dialog and its pages
    SettingsDialog dialog(m_config, m_window.get());
    auto providersPage = std::make_unique<ProvidersPage>(*m_providers, *m_secrets);
    QHash<QString, HealthStatus> health;
    for (const QString &id : m_providers->instanceIds())
        health.insert(id, m_health->status(id));
    providersPage->setKnownHealth(health);
    dialog.addPage(std::move(providersPage));
    dialog.addPage(std::make_unique<GenerationPage>());
    dialog.addPage(std::make_unique<AppearancePage>());
    dialog.addPage(std::make_unique<NetworkPage>(*m_secrets));
    dialog.addPage(std::make_unique<TemplatesPage>(templates));
    dialog.addPage(std::make_unique<PricesPage>()); // after Providers: it writes their "prices"
    connect(&dialog, &SettingsDialog::applied, this, &AppController::applyConfig);
    dialog.exec();
}

void AppController::showAbout()
{
    AboutDialog dialog(m_window.get());
    dialog.exec();
}
