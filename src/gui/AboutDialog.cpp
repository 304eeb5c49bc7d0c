// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include "core/BuildInfo.h"
#include "render/RenderInfo.h"

#include <QApplication>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("Multimodel Chat"));
    m_ui->versionLabel->setText(tr("Version %1").arg(BuildInfo::applicationVersion()));
    m_ui->versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const auto &[component, version] : componentVersions())
        new QTreeWidgetItem(m_ui->componentsTreeWidget, {component, version});
    m_ui->componentsTreeWidget->resizeColumnToContents(0);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QList<QPair<QString, QString>> AboutDialog::componentVersions()
{
    return {
        {QStringLiteral("Qt"), BuildInfo::qtVersion()},
        {QStringLiteral("cmark-gfm"), RenderInfo::cmarkGfmVersion()},
        {QStringLiteral("KSyntaxHighlighting"), RenderInfo::syntaxHighlightingVersion()},
        {QStringLiteral("QtKeychain"), BuildInfo::qtKeychainVersion()},
        {QStringLiteral("SQLite"), BuildInfo::sqliteVersion()},
    };
}
