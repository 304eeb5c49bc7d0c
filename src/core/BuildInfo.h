// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Versions of the program and the libraries it was built with, for --version and About.
namespace BuildInfo {

QString applicationVersion();
QString qtVersion(); // run-time Qt, with the build-time one when they differ
QString qtKeychainVersion();
QString sqliteVersion(); // asked from the QSQLITE driver; "unavailable" without it

} // namespace BuildInfo
