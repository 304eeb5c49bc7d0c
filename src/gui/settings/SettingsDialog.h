// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppConfig.h"

#include <QDialog>

#include <memory>
#include <vector>

class SettingsPage;

namespace Ui {
class SettingsDialog;
}

// The settings dialog: a list of pages on the left, the chosen page on the right.
// Apply and OK write every page into a copy of the configuration and emit applied(), so
// changes take effect without a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppConfig &config, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void addPage(std::unique_ptr<SettingsPage> page);
    void showPage(int index);
    int pageCount() const;
    SettingsPage *page(int index) const;

    const AppConfig &config() const { return m_config; }

Q_SIGNALS:
    void applied(const AppConfig &config);

private:
    void apply();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    std::vector<std::unique_ptr<SettingsPage>> m_pages;
    AppConfig m_config;
};
