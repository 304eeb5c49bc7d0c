// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppConfig.h"

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;
class ThemeManager;
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
    };

    AppController(const Paths &paths, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *window() const { return m_window.get(); }
    const AppConfig &config() const { return m_config; }
    ThemeManager *themeManager() const { return m_theme; }
    // Problems found while loading config.json, to show once the window is up.
    QStringList startupProblems() const { return m_startupProblems; }

    // Makes `config` current: theme, font, language change live, and the file is saved.
    void applyConfig(const AppConfig &config);
    void showPreferences();
    void showAbout();

private:
    void connectActions();
    void syncThemeActions();
    void setTheme(const QString &theme);

    Paths m_paths;
    AppConfig m_config;
    QStringList m_startupProblems;
    ThemeManager *m_theme;
    Translations *m_translations;
    std::unique_ptr<MainWindow> m_window;
};
