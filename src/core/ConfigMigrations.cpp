// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigMigrations.h"

#include <QCoreApplication>

#include <functional>

namespace {

bool hasProviderOfType(const QJsonObject &providers, const QString &type)
{
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (it.value().toObject().value(QLatin1String("type")).toString() == type)
            return true;
    }
    return false;
}

// Adds the built-in provider `id` from the defaults unless the user already has an instance of
// its type (added by hand from a preset, maybe under another id).
bool addBuiltinProvider(QJsonObject &root, const QJsonObject &defaults, const QString &id)
{
    QJsonObject providers = root.value(QLatin1String("providers")).toObject();
    const QJsonObject entry = defaults.value(QLatin1String("providers")).toObject().value(id).toObject();
    const QString type = entry.value(QLatin1String("type")).toString();
    if (entry.isEmpty() || providers.contains(id) || hasProviderOfType(providers, type))
        return false;
    providers.insert(id, entry);
    root.insert(QStringLiteral("providers"), providers);
    return true;
}

// Adds each of `ids` that addBuiltinProvider() adds; returns those it added.
QStringList addBuiltinProviders(QJsonObject &root, const QJsonObject &defaults, const QStringList &ids)
{
    QStringList added;
    for (const QString &id : ids) {
        if (addBuiltinProvider(root, defaults, id))
            added << id;
    }
    return added;
}

struct Step
{
    int from; // the step turns version `from` into `from + 1`
    std::function<QString(QJsonObject &root, const QJsonObject &defaults)> apply;
};

const QList<Step> &steps()
{
    static const QList<Step> list = {
        // 2: YandexGPT and GigaChat became built-in providers, listed like Groq or OpenAI.
        {1,
         [](QJsonObject &root, const QJsonObject &defaults) {
             const QStringList added = addBuiltinProviders(
                 root, defaults, {QStringLiteral("yandexgpt"), QStringLiteral("gigachat")});
             return added.isEmpty()
                        ? QCoreApplication::translate(
                              "ConfigMigrations", "version 2: YandexGPT and GigaChat were already configured")
                        : QCoreApplication::translate("ConfigMigrations",
                                                      "version 2: added the built-in providers %1")
                              .arg(added.join(QStringLiteral(", ")));
         }},
        // 3: Anthropic (Claude) and Google Gemini became built-in providers.
        {2,
         [](QJsonObject &root, const QJsonObject &defaults) {
             const QStringList added =
                 addBuiltinProviders(root, defaults, {QStringLiteral("anthropic"), QStringLiteral("gemini")});
             return added.isEmpty()
                        ? QCoreApplication::translate(
                              "ConfigMigrations", "version 3: Anthropic and Gemini were already configured")
                        : QCoreApplication::translate("ConfigMigrations",
                                                      "version 3: added the built-in providers %1")
                              .arg(added.join(QStringLiteral(", ")));
         }},
    };
    return list;
}

} // namespace

int ConfigMigrations::versionOf(const QJsonObject &root)
{
    const QJsonValue version = root.value(QLatin1String("version"));
    return version.isUndefined() ? 1 : version.toInt(-1);
}

QStringList ConfigMigrations::migrate(QJsonObject &root, const QJsonObject &defaults, int target)
{
    QStringList done;
    int version = versionOf(root);
    if (version < 1)
        return done;
    for (const Step &step : steps()) {
        if (step.from != version || version >= target)
            continue;
        done << step.apply(root, defaults);
        ++version;
        root.insert(QStringLiteral("version"), version);
    }
    return done;
}
