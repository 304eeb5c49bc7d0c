// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PriceTable.h"

#include <QJsonObject>
#include <QTest>

class TestPriceTable : public QObject
{
    Q_OBJECT

private:
    static MessageUsage usage(qint64 prompt, qint64 completion, qint64 cached = 0)
    {
        MessageUsage u;
        u.promptTokens = prompt;
        u.completionTokens = completion;
        if (cached)
            u.cachedTokens = cached;
        return u;
    }

private Q_SLOTS:
    void shippedTable_hasADateAndKnownPrices()
    {
        QCOMPARE(PriceTable::takenOn(), QStringLiteral("2026-11-01"));
        const auto price =
            PriceTable::shipped().lookup(QStringLiteral("openai"), {}, QStringLiteral("gpt-4o-mini"));
        QVERIFY(price);
        QCOMPARE(price->input, 0.15);
        QCOMPARE(price->output, 0.60);
        QCOMPARE(price->currency, QStringLiteral("USD"));
    }

    void cost_countsCachedPromptTokensAtTheirPrice()
    {
        const auto price =
            PriceTable::shipped().lookup(QStringLiteral("openai"), {}, QStringLiteral("gpt-4o"));
        QVERIFY(price);
        // 1,000 prompt tokens of which 400 cached, 500 completion tokens.
        QCOMPARE(*PriceTable::cost(*price, usage(1000, 500, 400)),
                 (600 * 2.50 + 400 * 1.25 + 500 * 10.0) / 1e6);
        QVERIFY(!PriceTable::cost(*price, MessageUsage()));
    }

    void dated_modelNames_useTheLongestListedPrefix()
    {
        const auto mini = PriceTable::shipped().lookup(QStringLiteral("openai"), {},
                                                       QStringLiteral("gpt-4o-mini-2024-07-18"));
        QVERIFY(mini);
        QCOMPARE(mini->input, 0.15); // gpt-4o-mini, not gpt-4o
    }

    void unknownModelOrProvider_hasNoPrice()
    {
        QVERIFY(!PriceTable::shipped().lookup(QStringLiteral("openai"), {}, QStringLiteral("my-finetune")));
        QVERIFY(!PriceTable::shipped().lookup(QStringLiteral("ollama"), {}, QStringLiteral("llama3")));
        // Prices are per provider: the same model name elsewhere is not priced as OpenAI's.
        QVERIFY(!PriceTable::shipped().lookup(QStringLiteral("openrouter"), {}, QStringLiteral("gpt-4o")));
    }

    void configPrices_overrideAndAddInTheirCurrency()
    {
        const QJsonObject entry{
            {QStringLiteral("prices"),
             QJsonObject{{QStringLiteral("yandexgpt-lite"),
                          QJsonObject{{QStringLiteral("input"), 200.0},
                                      {QStringLiteral("output"), 200.0},
                                      {QStringLiteral("currency"), QStringLiteral("RUB")}}},
                         {QStringLiteral("gpt-4o"),
                          QJsonObject{{QStringLiteral("input"), 1.0}, {QStringLiteral("output"), 2.0}}}}}};
        const auto yandex = PriceTable::shipped().lookup(QStringLiteral("yandexgpt"), entry,
                                                         QStringLiteral("yandexgpt-lite"));
        QVERIFY(yandex);
        QCOMPARE(yandex->currency, QStringLiteral("RUB"));
        QCOMPARE(*PriceTable::cost(*yandex, usage(1500, 500)), 2000 * 200.0 / 1e6);
        const auto own =
            PriceTable::shipped().lookup(QStringLiteral("openai"), entry, QStringLiteral("gpt-4o"));
        QVERIFY(own);
        QCOMPARE(own->input, 1.0);
        QCOMPARE(own->cachedInput, 1.0); // no cached price: cached tokens cost as much as others
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "TestPriceTable.moc"
