// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextLengths.h"

#include <QList>
#include <QPair>

int ContextLengths::lookup(const QJsonObject &providerEntry, const QString &model)
{
    const QJsonObject configured = providerEntry.value(QLatin1String("context_lengths")).toObject();
    const int length = configured.value(model).toInt(0);
    return length > 0 ? length : known(model);
}

int ContextLengths::known(const QString &model)
{
    // Most specific first: the first prefix found in the lower-cased name wins. Figures from
    // the providers' model pages (November 2026).
    static const QList<QPair<QString, int>> families = {
        {QStringLiteral("gpt-4o"), 128000},        {QStringLiteral("gpt-4.1"), 1047576},
        {QStringLiteral("gpt-5"), 400000},         {QStringLiteral("o3"), 200000},
        {QStringLiteral("o4-mini"), 200000},       {QStringLiteral("llama-3.1-8b-instant"), 131072},
        {QStringLiteral("llama-3.3-70b"), 131072}, {QStringLiteral("llama"), 8192},
        {QStringLiteral("claude"), 200000},        {QStringLiteral("gemini-1.5"), 1048576},
        {QStringLiteral("gemini-2"), 1048576},     {QStringLiteral("gemini"), 32768},
        {QStringLiteral("yandexgpt-lite"), 32768}, {QStringLiteral("yandexgpt"), 32768},
        {QStringLiteral("gigachat-2"), 131072},    {QStringLiteral("gigachat"), 32768},
        {QStringLiteral("deepseek"), 65536},       {QStringLiteral("mistral-small"), 32768},
        {QStringLiteral("mistral-large"), 131072}, {QStringLiteral("mistral"), 32768},
    };
    // Yandex model URIs look like gpt://folder/yandexgpt-lite/latest.
    QString name = model.toLower();
    if (name.startsWith(QLatin1String("gpt://")))
        name = name.section(QLatin1Char('/'), 3, 3);
    for (const auto &[prefix, length] : families) {
        if (name.startsWith(prefix))
            return length;
    }
    return 0;
}
