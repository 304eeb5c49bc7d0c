// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/UsageRepository.h"

#include <QAbstractTableModel>

// The rows of a usage report as a table: period, provider, model, counts and cost. Numbers are
// right-aligned and sort as numbers (Qt::UserRole holds the raw value).
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Period,
        Provider,
        Model,
        Answers,
        Prompt,
        Cached,
        Output,
        Reasoning,
        Total,
        Cost,
        ColumnCount
    };

    explicit UsageTableModel(QObject *parent = nullptr);

    void setRows(const QList<UsageRow> &rows, bool withPeriod, bool withModel);
    const QList<UsageRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UsageRow> m_rows;
    bool m_withPeriod = false;
    bool m_withModel = true;
};
