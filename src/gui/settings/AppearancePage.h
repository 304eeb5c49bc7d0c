// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <QObject>

#include <memory>

namespace Ui {
class AppearancePage;
}

// Theme, font size and interface language.
class AppearancePage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    explicit AppearancePage(QObject *parent = nullptr);
    ~AppearancePage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

private:
    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::AppearancePage> m_ui;
};
