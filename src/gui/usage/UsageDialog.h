// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/UsageRepository.h"

#include <QDialog>

#include <memory>

class UsageChart;
class UsageTableModel;
class QComboBox;
class QSortFilterProxyModel;

namespace Ui {
class UsageDialog;
}

// Usage and cost: totals, a bar chart over time and a table by provider or model, for the open
// conversation, its project or the whole history. It only displays what it is given and says
// what the user chose; UsageController runs the queries and writes the CSV.
class UsageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsageDialog(QWidget *parent = nullptr);
    ~UsageDialog() override;

    // Which scopes can be chosen: a conversation (0: none open) and a project (0: none).
    void setScopes(qint64 conversationId, const QString &conversationTitle, qint64 projectId,
                   const QString &projectName);
    // The query the combo boxes describe, with its date range ending today.
    UsageQuery query(const QDate &today = QDate::currentDate()) const;
    // Shows the rows of query(); currencies found in them can be charted.
    void showRows(const QList<UsageRow> &rows, const QDate &today = QDate::currentDate());
    // Lines about the budgets of the chosen scope (rich text; empty hides the line).
    void showBudgets(const QString &text);

    QComboBox *scopeCombo() const;
    QComboBox *rangeCombo() const;
    QComboBox *periodCombo() const;
    QComboBox *breakdownCombo() const;
    QComboBox *metricCombo() const;
    UsageChart *chart() const;
    UsageTableModel *tableModel() const { return m_model; }
    QString totalsText() const;

Q_SIGNALS:
    void queryChanged();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void updateChart();
    void updateMetrics();

    const std::unique_ptr<Ui::UsageDialog> m_ui;
    UsageTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QList<UsageRow> m_rows;
    QDate m_today;
    qint64 m_conversationId = 0;
    qint64 m_projectId = 0;
    QString m_conversationTitle;
    QString m_projectName;
};
