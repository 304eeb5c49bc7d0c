// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QStringList>

class QSqlDatabase;

// The schema as an ordered list of steps. Step N turns a version N-1 database into version N;
// each step runs in its own transaction together with the PRAGMA user_version bump, so a
// failed step leaves the file at the previous version.
class SchemaMigrator
{
public:
    static int latestVersion();
    // The statements of one step (1-based), exposed for tests and fixture generation.
    static QStringList statementsForVersion(int version);

    // Applies the steps from `fromVersion` + 1 up to `toVersion` (default: latest).
    static bool migrate(const QSqlDatabase &db, int fromVersion, StorageError *error, int toVersion = -1);
};
