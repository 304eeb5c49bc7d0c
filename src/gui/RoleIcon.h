// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Message.h"

#include <QIcon>

// Who wrote a message, as a small icon: the icon theme's when it has one, otherwise a drawn
// badge (a letter in a coloured circle), so the branch explorer shows roles on any desktop.
namespace RoleIcon {

QIcon forRole(MessageRole role);

} // namespace RoleIcon
