// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace {

QString ensureDir(QStandardPaths::StandardLocation base)
{
    // Generic locations so that the folder is exactly $XDG_*_HOME/multimodel-chat, whatever
    // the organisation or application name set on the QCoreApplication.
    const QString path =
        QStandardPaths::writableLocation(base) + QLatin1Char('/') + QLatin1String(AppPaths::kDirectoryName);
    QDir().mkpath(path);
    return path;
}

} // namespace

QString AppPaths::configDir()
{
    return ensureDir(QStandardPaths::GenericConfigLocation);
}

QString AppPaths::dataDir()
{
    return ensureDir(QStandardPaths::GenericDataLocation);
}

QString AppPaths::configFile()
{
    return configDir() + QStringLiteral("/config.json");
}

QString AppPaths::historyDatabase()
{
    return dataDir() + QStringLiteral("/history.sqlite");
}

QString AppPaths::uiStateFile()
{
    return configDir() + QStringLiteral("/ui-state.ini");
}

QString AppPaths::logFile()
{
    return dataDir() + QStringLiteral("/log.txt");
}
