// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"
#include "storage/PromptTemplate.h"

#include <QList>
#include <QObject>

#include <memory>

class TemplateLibrary;

namespace Ui {
class TemplatesPage;
}

// Preferences › Templates: create, edit and delete the prompt templates of the palette (Ctrl+/).
// Edits stay on the page until Apply or OK stores them all at once.
class TemplatesPage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    explicit TemplatesPage(TemplateLibrary &library, QObject *parent = nullptr);
    ~TemplatesPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

    // What Apply would store (tests look at it).
    QList<PromptTemplate> templates();
    void addTemplate();
    void removeCurrent();
    QString problem() const;

private:
    void show(int row);
    void commitForm();
    void refreshList();

    TemplateLibrary &m_library;
    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::TemplatesPage> m_ui;
    QList<PromptTemplate> m_templates;
    int m_current = -1;
    bool m_loading = false;
};
