// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"
#include "Repository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Which answers a usage report adds up, and how it groups them.
struct UsageQuery
{
    enum class Scope { All, Conversation, Project };
    enum class Period { None, Day, Week, Month }; // weeks start on Monday; local time
    enum class Breakdown { Model, Provider };

    Scope scope = Scope::All;
    qint64 scopeId = 0; // the conversation or project
    QDateTime since;    // inclusive; invalid: from the beginning
    QDateTime until;    // exclusive; invalid: up to now
    QString providerId; // only this provider instance when set
    Period period = Period::None;
    Breakdown breakdown = Breakdown::Model;

    static UsageQuery conversation(qint64 id) { return scoped(Scope::Conversation, id); }
    static UsageQuery project(qint64 id) { return scoped(Scope::Project, id); }
    static UsageQuery all() { return {}; }
    static UsageQuery scoped(Scope scope, qint64 id)
    {
        UsageQuery query;
        query.scope = scope;
        query.scopeId = id;
        return query;
    }
};

// Answers of one period, provider, model and currency added up. Counts are what the providers
// reported; estimatedAnswers says how many of them had their counts estimated instead.
struct UsageRow
{
    QDate period; // the first day of the period; invalid for Period::None
    QString providerId;
    QString model;    // empty for Breakdown::Provider
    QString currency; // empty when none of the answers has a cost
    qint64 answers = 0;
    qint64 estimatedAnswers = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;
    double cost = 0;

    qint64 totalTokens() const { return promptTokens + completionTokens; }
};

// One stored answer's usage, without its text: what a price change recomputes.
struct AnswerUsage
{
    qint64 messageId = 0;
    QString providerId;
    QString model;
    MessageUsage usage; // token counts, cost and currency
};

// Usage of stored answers, added up in SQL (one query, however many conversations).
class UsageRepository : public Repository
{
public:
    using Repository::Repository;

    // Ordered by period, provider, model, currency.
    QList<UsageRow> rows(const UsageQuery &query) const;
    // Every answer with token counts, oldest first.
    QList<AnswerUsage> answersWithTokens() const;
    // Sets the cost and currency of each answer (usage.cost absent: no cost), in one transaction.
    bool setCosts(const QList<AnswerUsage> &answers);
};
