// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QCoreApplication>

class CliContext;

// `mmchat run`: picks the conversation (active, given, or new), applies the model and
// generation options to it, then sends one prompt (-p, or piped stdin) and streams the answer,
// or starts an interactive session.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    explicit RunCommand(CliContext &context);

    static QList<CommandLine::Option> options();
    int run(const CommandLine &line);

private:
    // The conversation to talk in (made active); 0 with the exit code in *code.
    qint64 prepareConversation(const CommandLine &line, int *code);

    CliContext &m_context;
    bool m_createdConversation = false;
};
