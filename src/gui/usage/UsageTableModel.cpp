// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageTableModel.h"

#include "services/UsageTotals.h"

#include <QLocale>

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsageTableModel::setRows(const QList<UsageRow> &rows, bool withPeriod, bool withModel)
{
    beginResetModel();
    m_rows = rows;
    m_withPeriod = withPeriod;
    m_withModel = withModel;
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UsageRow &row = m_rows.at(index.row());
    const auto count = [role](qint64 value) -> QVariant {
        if (role == Qt::UserRole)
            return value;
        return QLocale().toString(value);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Answers ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Answers && row.estimatedAnswers > 0)
        return tr("%n answer(s) had no token counts from the provider; their tokens are estimated.", nullptr,
                  int(row.estimatedAnswers));
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Period: return m_withPeriod ? row.period.toString(Qt::ISODate) : tr("all");
    case Provider: return row.providerId;
    case Model: return m_withModel ? row.model : QString();
    case Answers:
        if (role == Qt::DisplayRole && row.estimatedAnswers > 0)
            return QStringLiteral("%1*").arg(QLocale().toString(row.answers));
        return count(row.answers);
    case Prompt: return count(row.promptTokens);
    case Cached: return count(row.cachedTokens);
    case Output: return count(row.completionTokens);
    case Reasoning: return count(row.reasoningTokens);
    case Total: return count(row.totalTokens());
    case Cost:
        if (role == Qt::UserRole)
            return row.cost;
        return row.currency.isEmpty() ? QStringLiteral("—") : UsageTotals::formatCost(row.cost, row.currency);
    default: return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period: return tr("Period");
    case Provider: return tr("Provider");
    case Model: return tr("Model");
    case Answers: return tr("Answers");
    case Prompt: return tr("Prompt");
    case Cached: return tr("Cached");
    case Output: return tr("Output");
    case Reasoning: return tr("Reasoning");
    case Total: return tr("Total tokens");
    case Cost: return tr("Cost");
    default: return {};
    }
}
