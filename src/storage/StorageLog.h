// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Developer log of the storage layer: every failed statement, migration and recovery step.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
