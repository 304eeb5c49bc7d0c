// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Prices per million tokens: the table shipped in resources/prices.json (with the date it was
// taken), overridden by "prices" in a provider's entry in config.json:
//   "prices": { "model-name": { "input": 0.15, "cached_input": 0.075, "output": 0.6, "currency": "USD" } }
// A model is matched by its name or the longest listed prefix ("gpt-4o-mini-2024-07-18" uses
// "gpt-4o-mini"). No price, no cost: a guess would look like a fact.
class PriceTable
{
public:
    struct Price
    {
        double input = 0;       // per million prompt tokens
        double cachedInput = 0; // per million prompt tokens served from the cache
        double output = 0;      // per million completion tokens
        QString currency;       // "USD", "RUB" …
    };

    // A row of the shipped table.
    struct Entry
    {
        QString provider; // instance id or preset ("openai", "groq" …)
        QString model;    // a name or a prefix of names
        Price price;
    };

    static PriceTable shipped();
    static QString takenOn(); // the date of the shipped table
    // provider → the page its prices were taken from.
    static QHash<QString, QString> sources();
    QList<Entry> entries() const;
    static QJsonObject toJson(const Price &price);
    static std::optional<Price> fromJson(const QJsonObject &object);

    // providerId is the instance id ("openai", "groq" …); entry its config.json entry.
    std::optional<Price> lookup(const QString &providerId, const QJsonObject &entry,
                                const QString &model) const;
    // The cost of an answer's usage, or nullopt when no token counts are known.
    static std::optional<double> cost(const Price &price, const MessageUsage &usage);
    // Sets usage.cost and usage.currency at the price of the model, or clears both when it has
    // no price or usage no token counts. Returns whether a cost was set.
    bool applyTo(MessageUsage &usage, const QString &providerId, const QJsonObject &entry,
                 const QString &model) const;

private:
    QJsonObject m_table;
};
