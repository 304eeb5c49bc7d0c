// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QString>
#include <QStringList>

namespace HistoryIntegrity {

// Reads the whole history file with SQLite's quick_check and returns what it found, at most
// 20 problems (empty: no damage). Opening the history reads only its first pages, so this is
// what finds damage elsewhere. Sets *error when the check could not run at all. It can take
// seconds on a large history and, with SQLite 3.40, cannot be interrupted inside one table:
// the app runs it in a child process (HistoryCheck).
QStringList quickCheck(const QString &path, StorageError *error);

} // namespace HistoryIntegrity
