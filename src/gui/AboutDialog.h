// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Program version and the versions of the libraries it runs with: what a bug report needs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // "Component: version" lines, as shown in the dialog (also used by --version).
    static QList<QPair<QString, QString>> componentVersions();

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};
