// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QCoreApplication>

class CliContext;

// The history commands: list, save, load, tree, export, import, add-context,
// usage, search and project.
class ConversationCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConversationCommands)

public:
    explicit ConversationCommands(CliContext &context);

    static QStringList names();
    static QList<CommandLine::Option> options(const QString &command);
    int run(const QString &command, const CommandLine &line);

private:
    int list(const CommandLine &line);
    int save(const CommandLine &line);
    int load(const CommandLine &line);
    int tree(const CommandLine &line);
    int exportConversation(const CommandLine &line);
    int usage(const CommandLine &line);
    int search(const CommandLine &line);
    int project(const CommandLine &line);
    int importConversation(const CommandLine &line);
    int addContext(const CommandLine &line);

    // The named conversation, or the active one when name is empty; 0 after printing why.
    qint64 conversationOrActive(const QString &name, int *code);
    void printJson(const QJsonValue &value) const;

    CliContext &m_context;
};
