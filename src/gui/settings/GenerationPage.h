// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <QObject>

#include <memory>

namespace Ui {
class GenerationPage;
}

// Preferences › Generation: the defaults of config.json's "generation" section (temperature,
// max tokens, top_p, a default system prompt) that projects and conversations may override.
class GenerationPage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    explicit GenerationPage(QObject *parent = nullptr);
    ~GenerationPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

private:
    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::GenerationPage> m_ui;
};
