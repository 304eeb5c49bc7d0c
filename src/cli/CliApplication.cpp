// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ConversationCommands.h"
#include "ExitCode.h"
#include "HelpText.h"
#include "ProviderCommands.h"
#include "RunCommand.h"
#include "Terminal.h"

#include "core/BuildInfo.h"

namespace {

// Every command, from the classes that run them, so an error message never forgets one.
QStringList allCommands()
{
    return QStringList{QStringLiteral("run")} + ProviderCommands::names() + ConversationCommands::names() +
           QStringList{QStringLiteral("help")};
}

} // namespace

int CliApplication::run(QStringList arguments)
{
    Terminal terminal;
    // Options before the command.
    while (!arguments.isEmpty() && arguments.constFirst().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--no-color")) {
            terminal.setColorEnabled(false);
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            terminal.out(HelpText::overview());
            return ExitSuccess;
        } else if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            terminal.outLine(QStringLiteral("mmchat %1 (Qt %2, SQLite %3)")
                                 .arg(BuildInfo::applicationVersion(), BuildInfo::qtVersion(),
                                      BuildInfo::sqliteVersion()));
            return ExitSuccess;
        } else {
            terminal.error(tr("unknown option '%1'. Run 'mmchat --help'.").arg(option));
            return ExitUsage;
        }
    }
    if (arguments.isEmpty()) {
        std::fputs(HelpText::overview().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("help")) {
        if (arguments.isEmpty()) {
            terminal.out(HelpText::overview());
            return ExitSuccess;
        }
        const QString text = HelpText::command(arguments.constFirst());
        if (text.isEmpty()) {
            terminal.error(tr("there is no command '%1'. Run 'mmchat --help'.").arg(arguments.constFirst()));
            return ExitUsage;
        }
        terminal.out(text);
        return ExitSuccess;
    }

    QList<CommandLine::Option> options;
    if (command == QLatin1String("run"))
        options = RunCommand::options();
    else if (ConversationCommands::names().contains(command))
        options = ConversationCommands::options(command);
    else if (ProviderCommands::names().contains(command))
        options = ProviderCommands::options(command);
    else {
        terminal.error(tr("unknown command '%1'. Commands: %2. Run 'mmchat --help'.")
                           .arg(command, allCommands().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    CommandLine line;
    if (!line.parse(arguments, options)) {
        terminal.error(tr("%1: %2. Run 'mmchat help %1'.").arg(command, line.errorText()));
        return ExitUsage;
    }
    if (line.isSet(QStringLiteral("no-color")))
        terminal.setColorEnabled(false);
    if (line.isSet(QStringLiteral("help"))) {
        terminal.out(HelpText::command(command));
        return ExitSuccess;
    }
    static const QStringList withJson = {QStringLiteral("list"),      QStringLiteral("models"),
                                         QStringLiteral("providers"), QStringLiteral("tree"),
                                         QStringLiteral("usage"),     QStringLiteral("search")};
    if (line.isSet(QStringLiteral("json")) && !withJson.contains(command)) {
        terminal.error(
            tr("%1: --json is not available for this command. Run 'mmchat help %1'.").arg(command));
        return ExitUsage;
    }

    CliContext context(terminal);
    context.setJson(line.isSet(QStringLiteral("json")));
    if (command == QLatin1String("run"))
        return RunCommand(context).run(line);
    if (ConversationCommands::names().contains(command))
        return ConversationCommands(context).run(command, line);
    return ProviderCommands(context).run(command, line);
}
