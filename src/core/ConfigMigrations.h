// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

// Brings a config.json written by an older version up to AppConfig::kCurrentVersion, one step
// per version, so every step only has to know the version before it. A step never drops a
// key the user set; it only adds or renames.
class ConfigMigrations
{
public:
    // A file without "version" predates versioning and is read as version 1.
    static int versionOf(const QJsonObject &root);

    // Runs the steps from versionOf(root) up to target; `defaults` is the compiled-in
    // configuration that steps copy new built-in entries from. Returns one line per step run
    // (empty when the file was already current, or newer than this program).
    static QStringList migrate(QJsonObject &root, const QJsonObject &defaults, int target);
};
