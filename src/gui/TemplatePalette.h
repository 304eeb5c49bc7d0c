// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PromptTemplate.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

// The quick-command palette (Ctrl+/): type to filter templates by name or shortcut, Enter picks.
class TemplatePalette : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatePalette(const QList<PromptTemplate> &templates, QWidget *parent = nullptr);

    // The chosen template after accept(); id 0 when none.
    PromptTemplate chosen() const;
    QLineEdit *filterField() const { return m_filter; }
    int visibleCount() const;

private:
    void applyFilter(const QString &text);

    QList<PromptTemplate> m_templates;
    QLineEdit *m_filter;
    QListWidget *m_list;
};
