// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A reusable prompt with {{variables}}, optionally invoked by a shortcut such as "/tr".
struct PromptTemplate
{
    qint64 id = 0;
    QString name;
    QString body;
    QString shortcut;     // empty: none; unique otherwise
    qint64 projectId = 0; // 0: offered everywhere; otherwise only in that project's conversations
    QDateTime createdAt;
    QDateTime updatedAt;
};
