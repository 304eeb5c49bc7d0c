// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// Reads a conversation written by ConversationExporter as JSON back into the history as a new
// conversation: the whole tree when the file has parents (version 2), otherwise one thread.
// Nothing is stored unless everything could be.
class ConversationImporter
{
    Q_DECLARE_TR_FUNCTIONS(ConversationImporter)

public:
    struct Defaults
    {
        QString provider; // for a file that names none
        QString model;
        qint64 projectId = 0;
    };
    struct Result
    {
        qint64 conversationId = 0; // 0: failed, see error
        int messages = 0;
        QString title;
        QString error;
    };

    static Result import(Database &db, const QByteArray &json, const Defaults &defaults);
};
