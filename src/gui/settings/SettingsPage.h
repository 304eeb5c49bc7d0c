// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class AppConfig;
class QWidget;

// One page of the settings dialog: it builds its widget, fills it from the configuration and
// writes its fields back. Pages know nothing about each other or about the dialog.
class SettingsPage
{
public:
    virtual ~SettingsPage() = default;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QWidget *widget() = 0;
    virtual void load(const AppConfig &config) = 0;
    virtual void save(AppConfig &config) = 0;
};
