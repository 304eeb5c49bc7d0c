// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDialog.h"

#include "ui_ProjectDialog.h"

#include <QLocale>
#include <QPushButton>

ProjectDialog::ProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("projectDialog"));
    for (const char *currency : {"USD", "EUR", "RUB"})
        m_ui->currencyComboBox->addItem(QLatin1String(currency), QLatin1String(currency));
    for (QCheckBox *box :
         {m_ui->temperatureCheckBox, m_ui->maxTokensCheckBox, m_ui->topPCheckBox, m_ui->budgetCheckBox})
        connect(box, &QCheckBox::toggled, this, &ProjectDialog::updateEnabled);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ProjectDialog::updateEnabled);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &ProjectDialog::filesRequested);
    connect(m_ui->removeFilesButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QListWidgetItem *item : m_ui->filesListWidget->selectedItems())
            rows << m_ui->filesListWidget->row(item);
        std::sort(rows.rbegin(), rows.rend());
        for (const int row : std::as_const(rows))
            m_files.removeAt(row);
        showFiles();
    });
    connect(m_ui->filesListWidget, &QListWidget::itemSelectionChanged, this, &ProjectDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->problemsLabel->hide();
    updateEnabled();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::setModelChoices(const QList<ModelChoice> &choices)
{
    m_ui->modelComboBox->clear();
    m_ui->modelComboBox->addItem(tr("The default model"), QStringList());
    for (const ModelChoice &choice : choices)
        m_ui->modelComboBox->addItem(choice.label, QStringList{choice.providerId, choice.model});
}

void ProjectDialog::setProject(const Project &project, const QList<Attachment> &files)
{
    m_project = project;
    m_files = files;
    m_ui->nameLineEdit->setText(project.name);
    m_ui->descriptionLineEdit->setText(project.description);
    const QStringList model{project.defaultProviderId, project.defaultModel};
    int index = project.defaultProviderId.isEmpty() ? 0 : m_ui->modelComboBox->findData(model);
    if (index < 0) {
        // A model no longer offered stays as it was rather than being lost on OK.
        m_ui->modelComboBox->addItem(model.join(QStringLiteral(" · ")), model);
        index = m_ui->modelComboBox->count() - 1;
    }
    m_ui->modelComboBox->setCurrentIndex(index);
    const GenerationSettings &generation = project.defaultGeneration;
    m_ui->temperatureCheckBox->setChecked(generation.temperature.has_value());
    if (generation.temperature)
        m_ui->temperatureSpinBox->setValue(*generation.temperature);
    m_ui->maxTokensCheckBox->setChecked(generation.maxTokens.has_value());
    if (generation.maxTokens)
        m_ui->maxTokensSpinBox->setValue(int(*generation.maxTokens));
    m_ui->topPCheckBox->setChecked(generation.topP.has_value());
    if (generation.topP)
        m_ui->topPSpinBox->setValue(*generation.topP);
    m_ui->budgetCheckBox->setChecked(project.monthlyBudget.has_value());
    if (project.monthlyBudget)
        m_ui->budgetSpinBox->setValue(*project.monthlyBudget);
    const int currency = m_ui->currencyComboBox->findData(project.budgetCurrency);
    if (currency >= 0)
        m_ui->currencyComboBox->setCurrentIndex(currency);
    m_ui->systemPromptTextEdit->setPlainText(project.defaultSystemPrompt);
    setWindowTitle(project.id ? tr("Project Settings: %1").arg(project.name) : tr("New Project"));
    showFiles();
    updateEnabled();
}

Project ProjectDialog::project() const
{
    Project project = m_project;
    project.name = m_ui->nameLineEdit->text().simplified();
    project.description = m_ui->descriptionLineEdit->text().trimmed();
    const QStringList model = m_ui->modelComboBox->currentData().toStringList();
    project.defaultProviderId = model.value(0);
    project.defaultModel = model.value(1);
    GenerationSettings generation;
    if (m_ui->temperatureCheckBox->isChecked())
        generation.temperature = m_ui->temperatureSpinBox->value();
    if (m_ui->maxTokensCheckBox->isChecked())
        generation.maxTokens = m_ui->maxTokensSpinBox->value();
    if (m_ui->topPCheckBox->isChecked())
        generation.topP = m_ui->topPSpinBox->value();
    project.defaultGeneration = generation;
    project.defaultSystemPrompt = m_ui->systemPromptTextEdit->toPlainText().trimmed();
    project.monthlyBudget = m_ui->budgetCheckBox->isChecked()
                                ? std::optional<double>(m_ui->budgetSpinBox->value())
                                : std::nullopt;
    project.budgetCurrency = m_ui->currencyComboBox->currentData().toString();
    return project;
}

void ProjectDialog::addFiles(const QList<Attachment> &files, const QStringList &problems)
{
    for (const Attachment &file : files) {
        // The same name again replaces the earlier version of the file.
        const auto same = std::find_if(m_files.begin(), m_files.end(), [&file](const Attachment &kept) {
            return kept.fileName == file.fileName;
        });
        if (same != m_files.end())
            *same = Attachment{same->id, 0, file.fileName, file.mimeType, file.size, file.textContent, {}};
        else
            m_files << file;
    }
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    showFiles();
}

void ProjectDialog::showFiles()
{
    m_ui->filesListWidget->clear();
    for (const Attachment &file : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(file.fileName, QLocale().formattedDataSize(file.size)), m_ui->filesListWidget);
        item->setToolTip(file.textContent.left(400));
    }
    updateEnabled();
}

void ProjectDialog::updateEnabled()
{
    m_ui->temperatureSpinBox->setEnabled(m_ui->temperatureCheckBox->isChecked());
    m_ui->maxTokensSpinBox->setEnabled(m_ui->maxTokensCheckBox->isChecked());
    m_ui->topPSpinBox->setEnabled(m_ui->topPCheckBox->isChecked());
    m_ui->budgetSpinBox->setEnabled(m_ui->budgetCheckBox->isChecked());
    m_ui->currencyComboBox->setEnabled(m_ui->budgetCheckBox->isChecked());
    m_ui->removeFilesButton->setEnabled(!m_ui->filesListWidget->selectedItems().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->nameLineEdit->text().trimmed().isEmpty());
}

void ProjectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
