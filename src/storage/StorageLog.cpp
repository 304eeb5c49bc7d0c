// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "mmchat.storage")
