// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageReport.h"

#include "Terminal.h"

#include <QJsonArray>

bool UsageReport::load(Database &db, const UsageQuery &query, QString *error)
{
    UsageRepository repository(db);
    m_rows = repository.rows(query);
    m_period = query.period;
    if (repository.lastError().isError()) {
        if (error)
            *error = repository.lastError().userMessage();
        return false;
    }
    return true;
}

QString UsageReport::render(const Terminal &terminal) const
{
    const UsageTotals sum = totals();
    // The cost column only when a provider's answers were priced.
    const bool withCost = sum.hasCost();
    const bool withPeriod = m_period != UsageQuery::Period::None;
    const auto columns = [withCost, withPeriod](const QString &period, const QString &name,
                                                const QString &answers, const QString &prompt,
                                                const QString &output, const QString &total,
                                                const QString &cost) {
        QString line = withPeriod ? period.leftJustified(11) : QString();
        line += QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(name.leftJustified(40), answers.rightJustified(7), prompt.rightJustified(10),
                         output.rightJustified(10), total.rightJustified(10));
        if (withCost)
            line += QLatin1Char(' ') + cost;
        return line;
    };
    QString text = terminal.styled(columns(tr("PERIOD"), tr("PROVIDER.MODEL"), tr("ANSWERS"), tr("PROMPT"),
                                           tr("OUTPUT"), tr("TOTAL"), tr("COST")),
                                   Terminal::Style::Bold) +
                   QLatin1Char('\n');
    for (const UsageRow &row : m_rows) {
        const QString cost = row.currency.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1 %2").arg(row.cost, 0, 'f', 4).arg(row.currency);
        QString name = row.providerId + QLatin1Char('.') + row.model;
        if (row.estimatedAnswers > 0)
            name += QLatin1Char('*');
        text += columns(row.period.toString(Qt::ISODate), name, QString::number(row.answers),
                        QString::number(row.promptTokens), QString::number(row.completionTokens),
                        QString::number(row.totalTokens()), cost) +
                QLatin1Char('\n');
    }
    // One total per currency instead of a sum that means nothing.
    QStringList costs;
    for (auto it = sum.costByCurrency.cbegin(); it != sum.costByCurrency.cend(); ++it)
        costs << QStringLiteral("%1 %2").arg(it.value(), 0, 'f', 4).arg(it.key());
    text += terminal.styled(columns(QString(), tr("total"), QString::number(sum.answers),
                                    QString::number(sum.promptTokens), QString::number(sum.completionTokens),
                                    QString::number(sum.totalTokens()), costs.join(QStringLiteral(" + "))),
                            Terminal::Style::Bold) +
            QLatin1Char('\n');
    if (sum.estimatedAnswers > 0)
        text += terminal.styled(tr("* %n answer(s) without counts from the provider: tokens estimated.",
                                   nullptr, int(sum.estimatedAnswers)),
                                Terminal::Style::Dim) +
                QLatin1Char('\n');
    return text;
}

QJsonObject UsageReport::toJson() const
{
    const auto counts = [](qint64 answers, qint64 estimated, qint64 prompt, qint64 completion, qint64 cached,
                           qint64 reasoning) {
        return QJsonObject{{QStringLiteral("answers"), answers},
                           {QStringLiteral("estimated_answers"), estimated},
                           {QStringLiteral("prompt_tokens"), prompt},
                           {QStringLiteral("completion_tokens"), completion},
                           {QStringLiteral("cached_tokens"), cached},
                           {QStringLiteral("reasoning_tokens"), reasoning},
                           {QStringLiteral("total_tokens"), prompt + completion}};
    };
    QJsonArray rows;
    for (const UsageRow &row : m_rows) {
        QJsonObject object = counts(row.answers, row.estimatedAnswers, row.promptTokens, row.completionTokens,
                                    row.cachedTokens, row.reasoningTokens);
        object.insert(QStringLiteral("provider"), row.providerId);
        object.insert(QStringLiteral("model"), row.model);
        if (row.period.isValid())
            object.insert(QStringLiteral("period"), row.period.toString(Qt::ISODate));
        if (!row.currency.isEmpty()) {
            object.insert(QStringLiteral("cost"), row.cost);
            object.insert(QStringLiteral("currency"), row.currency);
        }
        rows.append(object);
    }
    const UsageTotals sum = totals();
    QJsonObject costs;
    for (auto it = sum.costByCurrency.cbegin(); it != sum.costByCurrency.cend(); ++it)
        costs.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), counts(sum.answers, sum.estimatedAnswers, sum.promptTokens,
                                         sum.completionTokens, sum.cachedTokens, sum.reasoningTokens)},
        {QStringLiteral("cost_by_currency"), costs}};
}
