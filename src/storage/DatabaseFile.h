// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// File-level checks and moves done before SQLite touches a history file, so that a file that
// is not ours, or is damaged, is set aside instead of being overwritten.
class DatabaseFile
{
public:
    enum class Health {
        Missing,   // no file, or an empty one: a fresh database will be created
        Plausible, // SQLite header and a size that matches it
        NotSQLite, // no SQLite header
        Truncated, // header promises more pages than the file holds
    };

    static Health inspect(const QString &path);

    // Renames path (and its -wal / -shm companions) to "<path>.broken-<UTC timestamp>".
    // Returns the new path of the main file, or an empty string when the rename failed.
    static QString moveAside(const QString &path);

    // Copies path to "<path>.bak-v<version>" (a new suffix if that exists). The caller has
    // checkpointed the WAL, so the main file is complete. Returns the copy's path or empty.
    static QString backup(const QString &path, int version);

    static bool isDirectoryWritable(const QString &path);
};
