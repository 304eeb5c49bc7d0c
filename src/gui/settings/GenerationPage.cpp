// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationPage.h"

#include "ui_GenerationPage.h"

#include "core/AppConfig.h"

#include <QIcon>
#include <QJsonObject>

GenerationPage::GenerationPage(QObject *parent)
    : QObject(parent)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::GenerationPage>())
{
    m_ui->setupUi(m_widget.get());
}

GenerationPage::~GenerationPage() = default;

QString GenerationPage::title() const
{
    return tr("Generation");
}

QIcon GenerationPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-other"));
}

QWidget *GenerationPage::widget()
{
    return m_widget.get();
}

void GenerationPage::load(const AppConfig &config)
{
    const QJsonObject generation = config.json().value(QLatin1String("generation")).toObject();
    m_ui->temperatureSpinBox->setValue(generation.value(QLatin1String("temperature")).toDouble(0.7));
    m_ui->maxTokensSpinBox->setValue(generation.value(QLatin1String("max_tokens")).toInt(2048));
    m_ui->topPSpinBox->setValue(generation.value(QLatin1String("top_p")).toDouble(1.0));
    m_ui->systemPromptTextEdit->setPlainText(generation.value(QLatin1String("system_prompt")).toString());
}

void GenerationPage::save(AppConfig &config)
{
    // Keys this page does not know stay as they are.
    QJsonObject generation = config.json().value(QLatin1String("generation")).toObject();
    generation.insert(QStringLiteral("temperature"), m_ui->temperatureSpinBox->value());
    generation.insert(QStringLiteral("max_tokens"), m_ui->maxTokensSpinBox->value());
    generation.insert(QStringLiteral("top_p"), m_ui->topPSpinBox->value());
    const QString systemPrompt = m_ui->systemPromptTextEdit->toPlainText().trimmed();
    if (systemPrompt.isEmpty())
        generation.remove(QStringLiteral("system_prompt"));
    else
        generation.insert(QStringLiteral("system_prompt"), systemPrompt);
    config.setSection(QStringLiteral("generation"), generation);
}
