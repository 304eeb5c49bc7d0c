// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatePalette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

TemplatePalette::TemplatePalette(const QList<PromptTemplate> &templates, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Insert Template"));
    setObjectName(QStringLiteral("templatePalette"));
    m_filter->setPlaceholderText(tr("Type to filter templates; Enter inserts"));
    m_filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(460, 360);
    for (int i = 0; i < m_templates.size(); ++i) {
        const PromptTemplate &t = m_templates.at(i);
        auto *item = new QListWidgetItem(
            t.shortcut.isEmpty() ? t.name : QStringLiteral("%1  /%2").arg(t.name, t.shortcut), m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(t.body);
    }
    m_list->setCurrentRow(0);
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePalette::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Typing keeps the first matching template selected, so Enter inserts it.
    connect(m_filter, &QLineEdit::textEdited, this, [this] {
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    });
}

void TemplatePalette::applyFilter(const QString &text)
{
    const QString needle = text.trimmed().remove(QLatin1Char('/'));
    for (int row = 0; row < m_list->count(); ++row) {
        const PromptTemplate &t = m_templates.at(m_list->item(row)->data(Qt::UserRole).toInt());
        const bool match = needle.isEmpty() || t.name.contains(needle, Qt::CaseInsensitive) ||
                           t.shortcut.startsWith(needle, Qt::CaseInsensitive);
        m_list->item(row)->setHidden(!match);
    }
}

int TemplatePalette::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->count(); ++row)
        count += m_list->item(row)->isHidden() ? 0 : 1;
    return count;
}

PromptTemplate TemplatePalette::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return PromptTemplate();
    return m_templates.value(item->data(Qt::UserRole).toInt());
}
