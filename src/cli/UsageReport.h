// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/UsageTotals.h"
#include "storage/UsageRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class Database;
class Terminal;

// `mmchat usage`: tokens and cost per provider and model (and per day, week or month when
// asked), with totals, as the history stores them (what the providers reported).
class UsageReport
{
    Q_DECLARE_TR_FUNCTIONS(UsageReport)

public:
    // False with the storage error's message in *error.
    bool load(Database &db, const UsageQuery &query, QString *error = nullptr);

    const QList<UsageRow> &rows() const { return m_rows; }
    UsageTotals totals() const { return UsageTotals::of(m_rows); }

    QString render(const Terminal &terminal) const;
    QJsonObject toJson() const;

private:
    QList<UsageRow> m_rows;
    UsageQuery::Period m_period = UsageQuery::Period::None;
};
