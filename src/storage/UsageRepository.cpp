// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageRepository.h"

#include "SqlUtil.h"

namespace {

// The period an answer falls in, as 'YYYY-MM-DD' of its first day, in local time.
QString periodExpression(UsageQuery::Period period)
{
    const QString local = QStringLiteral("m.created_at / 1000, 'unixepoch', 'localtime'");
    switch (period) {
    case UsageQuery::Period::None: return QStringLiteral("''");
    case UsageQuery::Period::Day: return QStringLiteral("date(%1)").arg(local);
    // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is its Monday.
    case UsageQuery::Period::Week: return QStringLiteral("date(%1, 'weekday 0', '-6 days')").arg(local);
    case UsageQuery::Period::Month: return QStringLiteral("strftime('%Y-%m-01', %1)").arg(local);
    }
    return QStringLiteral("''");
}

} // namespace

QList<UsageRow> UsageRepository::rows(const UsageQuery &query) const
{
    QStringList where{QStringLiteral("m.role = 'assistant'")};
    QVariantList values;
    switch (query.scope) {
    case UsageQuery::Scope::All: break;
    case UsageQuery::Scope::Conversation:
        where << QStringLiteral("m.conversation_id = ?");
        values << query.scopeId;
        break;
    case UsageQuery::Scope::Project:
        where << QStringLiteral("m.conversation_id IN (SELECT id FROM conversations WHERE project_id = ?)");
        values << query.scopeId;
        break;
    }
    if (query.since.isValid()) {
        where << QStringLiteral("m.created_at >= ?");
        values << SqlUtil::toMs(query.since);
    }
    if (query.until.isValid()) {
        where << QStringLiteral("m.created_at < ?");
        values << SqlUtil::toMs(query.until);
    }
    if (!query.providerId.isEmpty()) {
        where << QStringLiteral("m.provider_id = ?");
        values << query.providerId;
    }
    const QString model = query.breakdown == UsageQuery::Breakdown::Model
                              ? QStringLiteral("COALESCE(m.model, '')")
                              : QStringLiteral("''");
    // Grouped by currency too: dollars and roubles never add up. Answers without a price (no
    // currency) form a row of their own with tokens and no cost.
    const QString sql =
        QStringLiteral("SELECT %1 AS period, COALESCE(m.provider_id, '') AS provider, %2 AS model,"
                       " COALESCE(m.currency, '') AS currency, COUNT(*), SUM(m.usage_estimated),"
                       " TOTAL(m.prompt_tokens), TOTAL(m.completion_tokens), TOTAL(m.cached_tokens),"
                       " TOTAL(m.reasoning_tokens), TOTAL(m.cost)"
                       " FROM messages m WHERE %3"
                       " GROUP BY period, provider, model, currency"
                       " ORDER BY period, provider, model, currency")
            .arg(periodExpression(query.period), model, where.join(QStringLiteral(" AND ")));
    QList<UsageRow> result;
    bool ok = false;
    QSqlQuery q = select(sql, values, &ok);
    if (!ok) {
        return result;
    }
    while (q.next()) {
        UsageRow row;
        row.period = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        row.providerId = q.value(1).toString();
        row.model = q.value(2).toString();
        row.currency = q.value(3).toString();
        row.answers = q.value(4).toLongLong();
        row.estimatedAnswers = q.value(5).toLongLong();
        row.promptTokens = qint64(q.value(6).toDouble());
        row.completionTokens = qint64(q.value(7).toDouble());
        row.cachedTokens = qint64(q.value(8).toDouble());
        row.reasoningTokens = qint64(q.value(9).toDouble());
        row.cost = q.value(10).toDouble();
        result.append(row);
    }
    clearError();
    return result;
}

QList<AnswerUsage> UsageRepository::answersWithTokens() const
{
    QList<AnswerUsage> result;
    bool ok = false;
    QSqlQuery q =
        select(QStringLiteral("SELECT id, COALESCE(provider_id, ''), COALESCE(model, ''), prompt_tokens,"
                              " completion_tokens, cached_tokens, cost, currency FROM messages"
                              " WHERE role = 'assistant' AND (prompt_tokens IS NOT NULL"
                              " OR completion_tokens IS NOT NULL) ORDER BY created_at, id"),
               {}, &ok);
    if (!ok) {
        return result;
    }
    while (q.next()) {
        AnswerUsage answer;
        answer.messageId = q.value(0).toLongLong();
        answer.providerId = q.value(1).toString();
        answer.model = q.value(2).toString();
        answer.usage.promptTokens = SqlUtil::toOptionalInt(q, 3);
        answer.usage.completionTokens = SqlUtil::toOptionalInt(q, 4);
        answer.usage.cachedTokens = SqlUtil::toOptionalInt(q, 5);
        answer.usage.cost = SqlUtil::toOptionalDouble(q, 6);
        answer.usage.currency = q.value(7).toString();
        result.append(answer);
    }
    clearError();
    return result;
}

bool UsageRepository::setCosts(const QList<AnswerUsage> &answers)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    bool ok = false;
    QSqlQuery q = prepared(QStringLiteral("UPDATE messages SET cost = ?, currency = ? WHERE id = ?"), &ok);
    if (!ok) {
        return false;
    }
    for (const AnswerUsage &answer : answers) {
        q.addBindValue(SqlUtil::fromOptional(answer.usage.cost));
        q.addBindValue(answer.usage.cost ? SqlUtil::nullIfEmpty(answer.usage.currency) : QVariant());
        q.addBindValue(answer.messageId);
        if (!exec(q)) {
            return false;
        }
    }
    return transaction.commit();
}
