// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

// Applies the light, dark or system theme to the whole application, live. Uses the Fusion
// style with our own palettes so that dark works on every desktop, not only where the
// platform theme offers one.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    explicit ThemeManager(QObject *parent = nullptr);

    static Theme fromString(const QString &name);
    static QString toString(Theme theme);

    void apply(Theme theme);
    Theme theme() const { return m_theme; }
    // Whether what is on screen is dark (for the system theme, judged from its palette).
    bool isDark() const;
    void setFontSize(int points); // 0 restores the system size

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void themeChanged(bool dark);

private:
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
    int m_systemFontPointSize = 0;
};
