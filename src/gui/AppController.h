// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppConfig.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class BranchExplorerController;
class ChatController;
class ChatService;
class ConversationListController;
class ConversationListModel;
class Database;
class DatabaseModelCacheStore;
class HealthMonitor;
class HistoryCheck;
class MainWindow;
class ProviderFactory;
class ProjectController;
class ProviderManager;
class SearchController;
class SecretStore;
class ThemeManager;
class UsageController;
class Translations;

// Owns the application-wide pieces of the GUI (configuration, theme, language, the main
// window) and carries out the actions that are about the application rather than a pane:
// preferences, about, theme switching, opening the log folder.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString configFile;
        QString layoutFile;
        QString logDir;
        QString historyFile; // empty: an in-memory history (tests)
    };

    AppController(const Paths &paths, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *window() const { return m_window.get(); }
    const AppConfig &config() const { return m_config; }
    ThemeManager *themeManager() const { return m_theme; }
    Database &database() const { return *m_database; }
    ProviderFactory &providerFactory() const { return *m_factory; }
    ProviderManager &providers() const { return *m_providers; }
    SecretStore &secrets() const { return *m_secrets; }
    ChatService &chat() const { return *m_chat; }
    ChatController &chatController() const { return *m_chatController; }
    BranchExplorerController &branchExplorer() const { return *m_branchExplorer; }
    SearchController &search() const { return *m_search; }
    UsageController &usage() const { return *m_usage; }
    ProjectController &projects() const { return *m_projects; }
    ConversationListModel &conversationList() const { return *m_conversationList; }
    ConversationListController &conversationActions() const { return *m_conversationActions; }

    // Problems found while loading config.json or the history, to show once the window is up.
    QStringList startupProblems() const { return m_startupProblems; }

    // Makes `config` current: theme, font, language change live, and the file is saved.
    void applyConfig(const AppConfig &config);
    void showPreferences();
    // Asked after a price change whether to recompute earlier answers' costs (tests answer it).
    void setRecomputeQuestion(std::function<bool(const QString &)> ask) { m_askRecompute = std::move(ask); }
    void showAbout();
    // Checks the enabled providers now and every few minutes (main() turns this on; tests
    // leave it off so fake servers see only the requests they expect).
    void startHealthChecks();
    HealthMonitor &health() const { return *m_health; }
    // Reads the whole history for damage in a child process (`program --check-history FILE`,
    // see HistoryCheck) a while after the start, at most once a week, and warns if it finds
    // some. main() turns this on; checkHistoryNow() runs the check at once (tests).
    void scheduleHistoryCheck(const QString &program);
    void checkHistoryNow(const QString &program);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openHistory();
    void connectActions();
    void connectConversationList();
    void syncThemeActions();
    void setTheme(const QString &theme);
    // After new prices: offers to recompute the cost of the answers they change.
    void offerCostRecompute(const AppConfig &previous);
    void reportHistoryDamage(const QStringList &problems);

    Paths m_paths;
    AppConfig m_config;
    QStringList m_startupProblems;
    ThemeManager *m_theme;
    Translations *m_translations;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProviderFactory> m_factory;
    std::unique_ptr<DatabaseModelCacheStore> m_modelCache;
    SecretStore *m_secrets;
    ProviderManager *m_providers;
    ChatService *m_chat;
    HealthMonitor *m_health;
    bool m_healthStarted = false;
    bool m_windowPainted = false;
    bool m_healthWaitingForPaint = false;
    static constexpr int kHealthFallbackMs = 3000;
    static constexpr int kUndoMs = 10000; // how long Undo is offered after a deletion
    static constexpr int kHistoryCheckDelayMs = 20000;
    static constexpr qint64 kHistoryCheckIntervalMs = 7LL * 24 * 3600 * 1000;
    HistoryCheck *m_historyCheck = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ConversationListModel *m_conversationList = nullptr;
    ConversationListController *m_conversationActions = nullptr;
    ChatController *m_chatController = nullptr;
    BranchExplorerController *m_branchExplorer = nullptr;
    SearchController *m_search = nullptr;
    UsageController *m_usage = nullptr;
    ProjectController *m_projects = nullptr;
    std::function<bool(const QString &)> m_askRecompute;
};
