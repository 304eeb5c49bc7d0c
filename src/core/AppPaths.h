// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the app keeps its files. Follows XDG through QStandardPaths, so setting
// XDG_CONFIG_HOME and XDG_DATA_HOME fully isolates a run (tests and benchmarks rely on it).
namespace AppPaths {

// Folder name under the XDG base directories.
inline constexpr char kDirectoryName[] = "multimodel-chat";

// $XDG_CONFIG_HOME/multimodel-chat (created on demand).
QString configDir();
// $XDG_DATA_HOME/multimodel-chat (created on demand): history and logs.
QString dataDir();

QString configFile();      // config.json
QString historyDatabase(); // history.sqlite
QString uiStateFile();     // window geometry and dock layout
QString logFile();         // log.txt, rotated to log-prev.txt

} // namespace AppPaths
