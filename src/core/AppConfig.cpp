// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppConfig.h"

#include "ConfigMigrations.h"
#include "Logging.h"

#include <mmchat/default_config.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <utility>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AppConfig", text);
}

// Fills in what `overlay` lacks from `base`, recursively for objects; keeps unknown keys.
QJsonObject merged(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = overlay;
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!result.contains(it.key())) {
            result.insert(it.key(), it.value());
        } else if (it.value().isObject() && result.value(it.key()).isObject() &&
                   it.key() != QLatin1String("providers")) {
            result.insert(it.key(), merged(it.value().toObject(), result.value(it.key()).toObject()));
        }
    }
    return result;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace

AppConfig::AppConfig()
    : AppConfig(defaults())
{}

AppConfig::AppConfig(QJsonObject root)
    : m_root(std::move(root))
{}

AppConfig AppConfig::defaults()
{
    return AppConfig(QJsonDocument::fromJson(QByteArray(kDefaultConfigJson)).object());
}

AppConfig AppConfig::load(const QString &path, LoadReport *report)
{
    LoadReport local;
    LoadReport &out = report ? *report : local;
    const AppConfig fallback = defaults();

    QFile file(path);
    if (!file.exists()) {
        out.createdFromDefaults = true;
        QString error;
        if (!fallback.save(path, &error))
            out.problems << error;
        return fallback;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << tr("%1: cannot be read (%2); using the defaults").arg(path, file.errorString());
        return fallback;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString aside = path + QStringLiteral(".broken-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString reason =
            parseError.error != QJsonParseError::NoError
                ? tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : tr("not a JSON object");
        if (QFile::rename(path, aside)) {
            out.movedAsideTo = aside;
            out.problems
                << tr("%1 is %2; it was moved to %3 and the defaults are used").arg(path, reason, aside);
            QString error;
            fallback.save(path, &error);
        } else {
            out.problems
                << tr("%1 is %2 and could not be moved aside; the defaults are used").arg(path, reason);
        }
        qCWarning(lcConfig).noquote() << out.problems.constLast();
        return fallback;
    }

    QJsonObject root = document.object();
    const int version = ConfigMigrations::versionOf(root);
    if (version > kCurrentVersion) {
        out.problems << tr("%1 was written by a newer version of Multimodel Chat (configuration version "
                           "%2); the settings this version knows are used")
                            .arg(path)
                            .arg(version);
    } else if (version >= 1 && version < kCurrentVersion) {
        migrate(path, version, fallback.m_root, root, out);
    }

    AppConfig config(merged(fallback.m_root, root));
    out.problems << validate(config.m_root);
    for (const QString &problem : std::as_const(out.problems))
        qCWarning(lcConfig).noquote() << problem;
    return config;
}

void AppConfig::migrate(const QString &path, int version, const QJsonObject &defaults, QJsonObject &root,
                        LoadReport &report)
{
    // Keep the file as it was: an older version of the app can still be pointed at it.
    QString backup = path + QStringLiteral(".bak-v") + QString::number(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".bak-v%1-%2").arg(version).arg(n);
    if (QFile::copy(path, backup))
        report.backupPath = backup;
    else
        qCWarning(lcConfig) << "could not copy" << path << "to" << backup;

    report.migrations = ConfigMigrations::migrate(root, defaults, kCurrentVersion);
    for (const QString &line : std::as_const(report.migrations))
        qCInfo(lcConfig).noquote() << "config.json migrated:" << line;
    QString error;
    if (!AppConfig(root).save(path, &error))
        report.problems << error;
}

bool AppConfig::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList AppConfig::validate(const QJsonObject &root)
{
    QStringList problems;
    // A newer version is reported when loading; here only what no version could have written.
    if (ConfigMigrations::versionOf(root) < 1)
        problems << tr("version: %1 is not a version this program knows")
                        .arg(root.value(QLatin1String("version")).toVariant().toString());

    const QJsonObject ui = root.value(QLatin1String("ui")).toObject();
    static const QStringList themes = {QStringLiteral("system"), QStringLiteral("light"),
                                       QStringLiteral("dark")};
    if (!themes.contains(ui.value(QLatin1String("theme")).toString()))
        problems << tr("ui.theme: must be one of system, light, dark");
    static const QStringList languages = {QStringLiteral("system"), QStringLiteral("en"),
                                          QStringLiteral("ru")};
    if (!languages.contains(ui.value(QLatin1String("language")).toString()))
        problems << tr("ui.language: must be one of system, en, ru");
    const int fontSize = ui.value(QLatin1String("font_size")).toInt(-1);
    if (fontSize < 0 || fontSize > 72)
        problems << tr("ui.font_size: must be a number of points from 0 (system) to 72");

    const QJsonObject generation = root.value(QLatin1String("generation")).toObject();
    const double temperature = generation.value(QLatin1String("temperature")).toDouble(-1);
    if (temperature < 0 || temperature > 2)
        problems << tr("generation.temperature: must be between 0 and 2");
    if (generation.value(QLatin1String("max_tokens")).toInt(0) <= 0)
        problems << tr("generation.max_tokens: must be a positive number");
    if (generation.contains(QLatin1String("top_p"))) {
        const double topP = generation.value(QLatin1String("top_p")).toDouble(-1);
        if (topP < 0 || topP > 1)
            problems << tr("generation.top_p: must be between 0 and 1");
    }
    const QJsonObject limits = root.value(QLatin1String("limits")).toObject();
    for (const char *key : {"max_attachment_kb", "max_message_attachments_kb"}) {
        if (limits.contains(QLatin1String(key)) && limits.value(QLatin1String(key)).toInt(0) <= 0)
            problems << tr("limits.%1: must be a positive number of kilobytes").arg(QLatin1String(key));
    }

    const QJsonObject providers = root.value(QLatin1String("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QString prefix = QStringLiteral("providers.") + it.key();
        if (!it.value().isObject()) {
            problems << tr("%1: must be an object").arg(prefix);
            continue;
        }
        const QJsonObject provider = it.value().toObject();
        if (provider.value(QLatin1String("type")).toString().isEmpty())
            problems << tr("%1.type: missing").arg(prefix);
        const QString baseUrl = provider.value(QLatin1String("base_url")).toString();
        if (!baseUrl.isEmpty() && !isHttpUrl(baseUrl))
            problems << tr("%1.base_url: not a URL").arg(prefix);
        if (provider.contains(QLatin1String("models")) && !provider.value(QLatin1String("models")).isArray())
            problems << tr("%1.models: must be a list of model names").arg(prefix);
        if (provider.contains(QLatin1String("enabled")) && !provider.value(QLatin1String("enabled")).isBool())
            problems << tr("%1.enabled: must be true or false").arg(prefix);
        if (provider.contains(QLatin1String("api_key_env")) &&
            !provider.value(QLatin1String("api_key_env")).isString())
            problems << tr("%1.api_key_env: must be the name of an environment variable").arg(prefix);
        if (provider.contains(QLatin1String("monthly_budget"))) {
            const QJsonObject budget = provider.value(QLatin1String("monthly_budget")).toObject();
            if (!budget.value(QLatin1String("amount")).isDouble() ||
                budget.value(QLatin1String("amount")).toDouble() < 0)
                problems << tr("%1.monthly_budget.amount: must be a number of 0 or more").arg(prefix);
        }
        const QString caFile = provider.value(QLatin1String("ca_file")).toString();
        if (!caFile.isEmpty() && !QFileInfo::exists(caFile))
            problems << tr("%1.ca_file: %2 does not exist").arg(prefix, caFile);
    }
    return problems;
}

QJsonObject AppConfig::section(const QString &name) const
{
    return m_root.value(name).toObject();
}

void AppConfig::setValue(const QString &sectionName, const QString &key, const QJsonValue &value)
{
    QJsonObject object = section(sectionName);
    object.insert(key, value);
    m_root.insert(sectionName, object);
}

QString AppConfig::theme() const
{
    return section(QStringLiteral("ui")).value(QLatin1String("theme")).toString(QStringLiteral("system"));
}

void AppConfig::setTheme(const QString &theme)
{
    setValue(QStringLiteral("ui"), QStringLiteral("theme"), theme);
}

QString AppConfig::language() const
{
    return section(QStringLiteral("ui")).value(QLatin1String("language")).toString(QStringLiteral("system"));
}

void AppConfig::setLanguage(const QString &language)
{
    setValue(QStringLiteral("ui"), QStringLiteral("language"), language);
}

int AppConfig::fontSize() const
{
    return section(QStringLiteral("ui")).value(QLatin1String("font_size")).toInt(0);
}

void AppConfig::setFontSize(int points)
{
    setValue(QStringLiteral("ui"), QStringLiteral("font_size"), points);
}

QString AppConfig::defaultProvider() const
{
    return section(QStringLiteral("default")).value(QLatin1String("provider")).toString();
}

QString AppConfig::defaultModel() const
{
    return section(QStringLiteral("default")).value(QLatin1String("model")).toString();
}

QStringList AppConfig::providerIds() const
{
    return section(QStringLiteral("providers")).keys();
}

QJsonObject AppConfig::provider(const QString &id) const
{
    return section(QStringLiteral("providers")).value(id).toObject();
}

void AppConfig::setProvider(const QString &id, const QJsonObject &entry)
{
    QJsonObject providers = section(QStringLiteral("providers"));
    providers.insert(id, entry);
    m_root.insert(QStringLiteral("providers"), providers);
}

void AppConfig::removeProvider(const QString &id)
{
    QJsonObject providers = section(QStringLiteral("providers"));
    providers.remove(id);
    m_root.insert(QStringLiteral("providers"), providers);
}

void AppConfig::setDefaultModel(const QString &provider, const QString &model)
{
    setValue(QStringLiteral("default"), QStringLiteral("provider"), provider);
    setValue(QStringLiteral("default"), QStringLiteral("model"), model);
}
