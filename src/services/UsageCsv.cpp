// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageCsv.h"

#include <QStringList>

QString UsageCsv::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray UsageCsv::write(const QList<UsageRow> &rows)
{
    QString out =
        QStringLiteral("period,provider,model,answers,estimated_answers,prompt_tokens,cached_tokens,"
                       "completion_tokens,reasoning_tokens,total_tokens,cost,currency\r\n");
    for (const UsageRow &row : rows) {
        const QStringList fields = {
            row.period.isValid() ? row.period.toString(Qt::ISODate) : QString(),
            field(row.providerId),
            field(row.model),
            QString::number(row.answers),
            QString::number(row.estimatedAnswers),
            QString::number(row.promptTokens),
            QString::number(row.cachedTokens),
            QString::number(row.completionTokens),
            QString::number(row.reasoningTokens),
            QString::number(row.totalTokens()),
            row.currency.isEmpty() ? QString() : QString::number(row.cost, 'f', 6),
            field(row.currency),
        };
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
