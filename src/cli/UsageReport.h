// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

class Database;
class Terminal;

// Tokens and cost per provider and model, summed from the usage stored with each answer (what
// the provider reported), over a set of conversations and optionally since a date.
class UsageReport
{
    Q_DECLARE_TR_FUNCTIONS(UsageReport)

public:
    struct Row
    {
        QString providerId;
        QString model;
        qint64 answers = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double cost = 0;
        QString currency;
    };

    void addConversation(Database &db, qint64 conversationId, const QDateTime &since = QDateTime());

    QList<Row> rows() const { return m_rows.values(); }
    Row total() const; // its currency is "mixed" when the rows are in several
    QMap<QString, double> costByCurrency() const;

    QString render(const Terminal &terminal) const;
    QJsonObject toJson() const;

private:
    QMap<QString, Row> m_rows; // "provider\nmodel"
};
