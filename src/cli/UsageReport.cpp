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
        else if (row.cost > 0 && row.currency != total.currency)
            total.currency = QStringLiteral("mixed"); // dollars and roubles do not add up
    }
    return total;
}

QMap<QString, double> UsageReport::costByCurrency() const
{
    QMap<QString, double> costs;
    for (const Row &row : m_rows) {
        if (row.cost > 0)
            costs[row.currency] += row.cost;
    }
    return costs;
}

QString UsageReport::render(const Terminal &terminal) const
{
    // The cost column only when a provider reported a cost.
    const bool withCost = total().cost > 0;
    const auto columns = [withCost](const QString &name, const QString &answers, const QString &prompt,
                                    const QString &output, const QString &sum, const QString &cost) {
        QString line = QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(name.leftJustified(40), answers.rightJustified(7), prompt.rightJustified(10),
                                output.rightJustified(10), sum.rightJustified(10));
        if (withCost)
            line += QLatin1Char(' ') + cost;
        return line;
    };
    const auto line = [&columns](const QString &name, const Row &row) {
        return columns(name, QString::number(row.answers), QString::number(row.promptTokens),
                       QString::number(row.completionTokens),
                       QString::number(row.promptTokens + row.completionTokens),
                       QStringLiteral("%1 %2").arg(row.cost, 0, 'f', 4).arg(row.currency).trimmed());
    };
    QString text = terminal.styled(columns(tr("PROVIDER.MODEL"), tr("ANSWERS"), tr("PROMPT"), tr("OUTPUT"),
                                           tr("TOTAL"), tr("COST")),
                                   Terminal::Style::Bold) +
                   QLatin1Char('\n');
    for (const Row &row : m_rows)
        text += line(row.providerId + QLatin1Char('.') + row.model, row) + QLatin1Char('\n');
    const QMap<QString, double> costs = costByCurrency();
    if (costs.size() > 1) {
        // One total per currency instead of a sum that means nothing.
        QStringList parts;
        for (auto it = costs.cbegin(); it != costs.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value(), 0, 'f', 4).arg(it.key());
        const Row sum = total();
        text +=
            terminal.styled(columns(tr("total"), QString::number(sum.answers),
                                    QString::number(sum.promptTokens), QString::number(sum.completionTokens),
                                    QString::number(sum.promptTokens + sum.completionTokens),
                                    parts.join(QStringLiteral(" + "))),
                            Terminal::Style::Bold) +
            QLatin1Char('\n');
        return text;
    }
    text += terminal.styled(line(tr("total"), total()), Terminal::Style::Bold) + QLatin1Char('\n');
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
    QJsonObject costs;
    const QMap<QString, double> byCurrency = costByCurrency();
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        costs.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), object(total())},
                       {QStringLiteral("cost_by_currency"), costs}};
}
