// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageReport.h"

#include "ConversationTree.h"
#include "Terminal.h"

#include <QJsonArray>

void UsageReport::addConversation(Database &db, qint64 conversationId, const QDateTime &since)
{
    ConversationTree tree;
    tree.load(db, conversationId);
    for (const ConversationTree::Node &node : tree.nodes()) {
        const Message &message = node.message;
        if (message.role != MessageRole::Assistant)
            continue;
        if (since.isValid() && message.createdAt < since)
            continue;
        const QString key = message.providerId + QLatin1Char('\n') + message.model;
        Row &row = m_rows[key];
        row.providerId = message.providerId;
        row.model = message.model;
        ++row.answers;
        row.promptTokens += message.usage.promptTokens.value_or(0);
        row.completionTokens += message.usage.completionTokens.value_or(0);
        row.cost += message.usage.cost.value_or(0);
        if (row.currency.isEmpty())
            row.currency = message.usage.currency;
    }
}

UsageReport::Row UsageReport::total() const
{
    Row total;
    for (const Row &row : m_rows) {
        total.answers += row.answers;
        total.promptTokens += row.promptTokens;
        total.completionTokens += row.completionTokens;
        total.cost += row.cost;
        if (total.currency.isEmpty())
            total.currency = row.currency;
    }
    return total;
}

QString UsageReport::render(const Terminal &terminal) const
{
    const auto line = [](const QString &name, const Row &row) {
        QString cost =
            row.cost > 0 ? QStringLiteral("%1 %2").arg(row.cost, 0, 'f', 4).arg(row.currency) : QString();
        return QStringLiteral("%1 %2 %3 %4 %5 %6\n")
            .arg(name.leftJustified(40), QString::number(row.answers).rightJustified(7),
                 QString::number(row.promptTokens).rightJustified(10),
                 QString::number(row.completionTokens).rightJustified(10),
                 QString::number(row.promptTokens + row.completionTokens).rightJustified(10), cost);
    };
    QString text =
        terminal.styled(QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                            .arg(tr("PROVIDER.MODEL").leftJustified(40), tr("ANSWERS").rightJustified(7),
                                 tr("PROMPT").rightJustified(10), tr("OUTPUT").rightJustified(10),
                                 tr("TOTAL").rightJustified(10), tr("COST")),
                        Terminal::Style::Bold);
    for (const Row &row : m_rows)
        text += line(row.providerId + QLatin1Char('.') + row.model, row);
    text += terminal.styled(line(tr("total"), total()), Terminal::Style::Bold);
    return text;
}

QJsonObject UsageReport::toJson() const
{
    const auto object = [](const Row &row) {
        QJsonObject result{{QStringLiteral("answers"), row.answers},
                           {QStringLiteral("prompt_tokens"), row.promptTokens},
                           {QStringLiteral("completion_tokens"), row.completionTokens},
                           {QStringLiteral("total_tokens"), row.promptTokens + row.completionTokens},
                           {QStringLiteral("cost"), row.cost}};
        if (!row.currency.isEmpty())
            result.insert(QStringLiteral("currency"), row.currency);
        if (!row.providerId.isEmpty() || !row.model.isEmpty()) {
            result.insert(QStringLiteral("provider"), row.providerId);
            result.insert(QStringLiteral("model"), row.model);
        }
        return result;
    };
    QJsonArray rows;
    for (const Row &row : m_rows)
        rows.append(object(row));
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), object(total())}};
}
