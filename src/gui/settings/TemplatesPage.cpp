// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesPage.h"

#include "ui_TemplatesPage.h"

#include "core/AppConfig.h"
#include "services/TemplateLibrary.h"

#include <QIcon>

TemplatesPage::TemplatesPage(TemplateLibrary &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::TemplatesPage>())
{
    m_ui->setupUi(m_widget.get());
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        commitForm();
        show(row);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &TemplatesPage::addTemplate);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TemplatesPage::removeCurrent);
    // The list shows names as they are typed.
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_ui->templateList->item(m_current))
            item->setText(name);
    });
}

TemplatesPage::~TemplatesPage() = default;

QString TemplatesPage::title() const
{
    return tr("Templates");
}

QIcon TemplatesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("insert-text"));
}

QWidget *TemplatesPage::widget()
{
    return m_widget.get();
}

void TemplatesPage::load(const AppConfig &)
{
    m_ui->projectComboBox->clear();
    m_ui->projectComboBox->addItem(tr("Every conversation"), qint64(0));
    for (const auto &[id, name] : m_library.projects())
        m_ui->projectComboBox->addItem(tr("Project \u201c%1\u201d only").arg(name), id);
    m_templates = m_library.list();
    m_current = -1;
    refreshList();
    show(m_templates.isEmpty() ? -1 : 0);
}

void TemplatesPage::save(AppConfig &)
{
    const QString problem = m_library.replaceAll(templates());
    m_ui->problemLabel->setText(problem);
    if (problem.isEmpty())
        load(AppConfig());
}

QString TemplatesPage::problem() const
{
    return m_ui->problemLabel->text();
}

QList<PromptTemplate> TemplatesPage::templates()
{
    commitForm();
    return m_templates;
}

void TemplatesPage::addTemplate()
{
    commitForm();
    PromptTemplate prompt;
    prompt.name = tr("New template");
    prompt.body = QStringLiteral("{{input}}");
    m_templates.append(prompt);
    refreshList();
    show(int(m_templates.size()) - 1);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void TemplatesPage::removeCurrent()
{
    if (m_current < 0 || m_current >= m_templates.size())
        return;
    m_templates.removeAt(m_current);
    const int next = qMin(m_current, int(m_templates.size()) - 1);
    m_current = -1;
    refreshList();
    show(next);
}

void TemplatesPage::show(int row)
{
    m_current = row;
    const bool has = row >= 0 && row < m_templates.size();
    const PromptTemplate prompt = has ? m_templates.at(row) : PromptTemplate();
    m_loading = true;
    m_ui->templateList->setCurrentRow(row);
    m_ui->nameLineEdit->setText(prompt.name);
    m_ui->shortcutLineEdit->setText(prompt.shortcut);
    m_ui->bodyTextEdit->setPlainText(prompt.body);
    m_ui->projectComboBox->setCurrentIndex(qMax(0, m_ui->projectComboBox->findData(prompt.projectId)));
    m_loading = false;
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->nameLineEdit), static_cast<QWidget *>(m_ui->shortcutLineEdit),
          static_cast<QWidget *>(m_ui->bodyTextEdit), static_cast<QWidget *>(m_ui->projectComboBox),
          static_cast<QWidget *>(m_ui->removeButton)})
        field->setEnabled(has);
}

void TemplatesPage::commitForm()
{
    if (m_loading || m_current < 0 || m_current >= m_templates.size())
        return;
    PromptTemplate &prompt = m_templates[m_current];
    prompt.name = m_ui->nameLineEdit->text();
    prompt.shortcut = m_ui->shortcutLineEdit->text();
    prompt.body = m_ui->bodyTextEdit->toPlainText();
    prompt.projectId = m_ui->projectComboBox->currentData().toLongLong();
}

void TemplatesPage::refreshList()
{
    m_loading = true;
    m_ui->templateList->clear();
    for (const PromptTemplate &prompt : std::as_const(m_templates))
        m_ui->templateList->addItem(prompt.name);
    m_loading = false;
}
