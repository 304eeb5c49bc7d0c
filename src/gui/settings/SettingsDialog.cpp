// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "SettingsPage.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(const AppConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_config(config)
{
    m_ui->setupUi(this);
    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(std::unique_ptr<SettingsPage> page)
{
    page->load(m_config);
    m_ui->pageListWidget->addItem(new QListWidgetItem(page->icon(), page->title()));
    m_ui->pageStack->addWidget(page->widget());
    m_pages.push_back(std::move(page));
    // Wide enough for the longest title in any language; the pages take the rest.
    QListWidget *list = m_ui->pageListWidget;
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + 12);
    if (m_ui->pageListWidget->currentRow() < 0)
        m_ui->pageListWidget->setCurrentRow(0);
}

void SettingsDialog::showPage(int index)
{
    m_ui->pageListWidget->setCurrentRow(index);
}

int SettingsDialog::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

SettingsPage *SettingsDialog::page(int index) const
{
    return m_pages.at(static_cast<size_t>(index)).get();
}

void SettingsDialog::apply()
{
    for (const auto &page : m_pages)
        page->save(m_config);
    Q_EMIT applied(m_config);
}
