// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// config.json in the configuration directory: the user's choices that are not history.
// The file is created from the compiled-in defaults on first start; keys this version does not
// know are kept when saving; a file that is not JSON is moved aside, never overwritten.
// It never holds a secret: keys live in the OS keychain.
class AppConfig
{
public:
    static constexpr int kCurrentVersion = 3; // see ConfigMigrations

    struct LoadReport
    {
        QStringList problems; // precise, e.g. "providers.groq.base_url: not a URL"
        QString movedAsideTo; // set when a broken file was renamed
        bool createdFromDefaults = false;
        QStringList migrations; // one line per step run on a file from an older version
        QString backupPath;     // the file as it was before the migration
    };

    AppConfig();
    static AppConfig defaults();
    // Loads path (creating it from the defaults when missing). Never fails: problems are
    // reported and the defaults fill in what is missing or invalid.
    static AppConfig load(const QString &path, LoadReport *report = nullptr);
    // Atomic write (temporary file + rename). Returns false and sets error on failure.
    bool save(const QString &path, QString *error = nullptr) const;

    const QJsonObject &json() const { return m_root; }

    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString &theme);
    QString language() const; // "system", "en" or "ru"
    void setLanguage(const QString &language);
    int fontSize() const; // points; 0 means the system font size
    void setFontSize(int points);

    QString defaultProvider() const;
    QString defaultModel() const;
    QStringList providerIds() const;
    QJsonObject provider(const QString &id) const;
    void setProvider(const QString &id, const QJsonObject &entry);
    void removeProvider(const QString &id);
    void setDefaultModel(const QString &provider, const QString &model);
    // Replaces a whole top-level section (network, privacy, limits …).
    void setSection(const QString &name, const QJsonObject &section) { m_root.insert(name, section); }

    // Checks values against what the app can use; returns one line per problem.
    static QStringList validate(const QJsonObject &root);

private:
    explicit AppConfig(QJsonObject root);
    // Backs the file up, runs ConfigMigrations on root and writes the result back.
    static void migrate(const QString &path, int version, const QJsonObject &defaults, QJsonObject &root,
                        LoadReport &report);
    QJsonObject section(const QString &name) const;
    void setValue(const QString &sectionName, const QString &key, const QJsonValue &value);

    QJsonObject m_root;
};
