// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppearancePage.h"

#include "ui_AppearancePage.h"

#include "core/AppConfig.h"

namespace {

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

AppearancePage::AppearancePage(QObject *parent)
    : QObject(parent)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::AppearancePage>())
{
    m_ui->setupUi(m_widget.get());
    m_ui->themeComboBox->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->themeComboBox->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeComboBox->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->fontSizeSpinBox->setSpecialValueText(tr("System default"));
    m_ui->languageComboBox->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Language names are written in their own language, so anyone can find theirs.
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
}

AppearancePage::~AppearancePage() = default;

QString AppearancePage::title() const
{
    return tr("Appearance");
}

QIcon AppearancePage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-desktop-theme"));
}

QWidget *AppearancePage::widget()
{
    return m_widget.get();
}

void AppearancePage::load(const AppConfig &config)
{
    selectData(m_ui->themeComboBox, config.theme());
    m_ui->fontSizeSpinBox->setValue(config.fontSize());
    selectData(m_ui->languageComboBox, config.language());
}

void AppearancePage::save(AppConfig &config)
{
    config.setTheme(m_ui->themeComboBox->currentData().toString());
    config.setFontSize(m_ui->fontSizeSpinBox->value());
    config.setLanguage(m_ui->languageComboBox->currentData().toString());
}
