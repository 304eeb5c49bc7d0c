// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationSettings.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct Conversation
{
    qint64 id = 0;
    qint64 projectId = 0; // 0: not in a project
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pinned = false;
    qint64 activeLeafId = 0; // the message whose path is shown
    QString providerId;
    QString model;
    GenerationSettings generation;
    QString systemPrompt;
};

Q_DECLARE_METATYPE(Conversation)
