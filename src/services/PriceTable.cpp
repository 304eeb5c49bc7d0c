// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceTable.h"

#include <mmchat/prices.h>

#include <QJsonArray>
#include <QJsonDocument>

PriceTable PriceTable::shipped()
{
    // Parsed once: every answer that ends looks its price up here.
    static const PriceTable table = [] {
        PriceTable parsed;
        parsed.m_table = QJsonDocument::fromJson(QByteArray(kPricesJson)).object();
        return parsed;
    }();
    return table;
}

QString PriceTable::takenOn()
{
    return shipped().m_table.value(QLatin1String("taken")).toString();
}

QHash<QString, QString> PriceTable::sources()
{
    QHash<QString, QString> result;
    const QJsonObject sources = shipped().m_table.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QList<PriceTable::Entry> PriceTable::entries() const
{
    QList<Entry> result;
    for (const QJsonValue &value : m_table.value(QLatin1String("prices")).toArray()) {
        const QJsonObject object = value.toObject();
        if (const std::optional<Price> price = fromJson(object))
            result << Entry{object.value(QLatin1String("provider")).toString(),
                            object.value(QLatin1String("model")).toString(), *price};
    }
    return result;
}

QJsonObject PriceTable::toJson(const Price &price)
{
    QJsonObject object{{QStringLiteral("input"), price.input},
                       {QStringLiteral("output"), price.output},
                       {QStringLiteral("currency"), price.currency}};
    if (price.cachedInput != price.input)
        object.insert(QStringLiteral("cached_input"), price.cachedInput);
    return object;
}

std::optional<PriceTable::Price> PriceTable::fromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("input")).isDouble() || !object.value(QLatin1String("output")).isDouble())
        return std::nullopt;
    Price price;
    price.input = object.value(QLatin1String("input")).toDouble();
    price.output = object.value(QLatin1String("output")).toDouble();
    price.cachedInput = object.value(QLatin1String("cached_input")).toDouble(price.input);
    price.currency = object.value(QLatin1String("currency")).toString(QStringLiteral("USD"));
    return price;
}

std::optional<PriceTable::Price> PriceTable::lookup(const QString &providerId, const QJsonObject &entry,
                                                    const QString &model) const
{
    // The user's own price wins, by exact name first.
    const QJsonObject own = entry.value(QLatin1String("prices")).toObject();
    if (own.contains(model))
        return fromJson(own.value(model).toObject());
    const QString preset = entry.value(QLatin1String("preset")).toString(providerId);
    qsizetype best = -1;
    std::optional<Price> found;
    const auto consider = [&](const QString &name, const QJsonObject &object) {
        if (model.startsWith(name) && name.size() > best) {
            if (const std::optional<Price> price = fromJson(object)) {
                best = name.size();
                found = price;
            }
        }
    };
    for (auto it = own.begin(); it != own.end(); ++it)
        consider(it.key(), it.value().toObject());
    if (found)
        return found;
    for (const QJsonValue &value : m_table.value(QLatin1String("prices")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString provider = object.value(QLatin1String("provider")).toString();
        if (provider == providerId || provider == preset)
            consider(object.value(QLatin1String("model")).toString(), object);
    }
    return found;
}

std::optional<double> PriceTable::cost(const Price &price, const MessageUsage &usage)
{
    if (!usage.promptTokens && !usage.completionTokens)
        return std::nullopt;
    const double prompt = double(usage.promptTokens.value_or(0));
    const double cached = qMin(prompt, double(usage.cachedTokens.value_or(0)));
    const double completion = double(usage.completionTokens.value_or(0));
    return ((prompt - cached) * price.input + cached * price.cachedInput + completion * price.output) / 1e6;
}

bool PriceTable::applyTo(MessageUsage &usage, const QString &providerId, const QJsonObject &entry,
                         const QString &model) const
{
    usage.cost.reset();
    usage.currency.clear();
    if (const std::optional<Price> price = lookup(providerId, entry, model)) {
        usage.cost = cost(*price, usage);
        if (usage.cost)
            usage.currency = price->currency;
    }
    return usage.cost.has_value();
}
