// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One turn of a conversation as a provider sees it: attachments are already expanded into text.
struct ChatMessage
{
    enum class Role { System, User, Assistant };

    Role role = Role::User;
    QString text;

    static QString roleName(Role role)
    {
        switch (role) {
        case Role::System: return QStringLiteral("system");
        case Role::User: return QStringLiteral("user");
        case Role::Assistant: return QStringLiteral("assistant");
        }
        return QStringLiteral("user");
    }
};
