// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpText.h"

#include "InteractiveSession.h"

#include "core/AppPaths.h"

QString HelpText::overview()
{
    return tr("Usage: mmchat [--no-color] <command> [options]\n"
              "\n"
              "The terminal client of Multimodel Chat. It shares the history, the configuration\n"
              "and the keychain entries with the desktop app: a conversation started in one\n"
              "continues in the other.\n"
              "\n"
              "Chat:\n"
              "  run [-p TEXT]            send one prompt (or stdin) and stream the answer, or\n"
              "                           start an interactive session on a terminal\n"
              "Models and keys:\n"
              "  model [PROVIDER.MODEL]   show or set the default model\n"
              "  models [PROVIDER]        list models (cached; --refresh asks the provider)\n"
              "  providers [--check]      provider instances: type, base URL, key source, health\n"
              "  key set|delete PROVIDER  store (from stdin) or remove a key in the system keychain\n"
              "  key status               where each provider's key comes from\n"
              "History:\n"
              "  list [--project P]       conversations, the active one marked *\n"
              "  save NAME                name the active conversation\n"
              "  load NAME|ID             make a conversation active\n"
              "  tree [CONV]              the branch tree with numbered nodes\n"
              "  export [CONV] --format txt|md|html|json [-o FILE] [--all-branches]\n"
              "  import FILE              a conversation written by 'export --format json'\n"
              "  add-context FILE...      put text files into the active conversation's context\n"
              "  usage [--conversation C | --project P | --all] [--since DATE] [--by day|week|month] "
              "[--csv]\n"
              "  search QUERY             full-text search in every conversation\n"
              "  project list|create NAME|switch NAME\n"
              "  help COMMAND             details of one command\n"
              "\n"
              "Options for every command: --help, --no-color (or NO_COLOR=1), and --json for\n"
              "list, models, providers, tree, usage and search.\n"
              "\n"
              "Files:\n"
              "  configuration  %1\n"
              "  history        %2\n"
              "\n"
              "Exit codes: 0 success, 1 provider or runtime error, 2 usage error,\n"
              "3 authentication or credentials, 4 storage.\n")
        .arg(AppPaths::configFile(), AppPaths::historyDatabase());
}

QString HelpText::command(const QString &name)
{
    if (name == QLatin1String("run"))
        return tr("Usage: mmchat run [-p TEXT] [--provider ID] [--model NAME|PROVIDER.MODEL]\n"
                  "                  [--temperature T] [--max-tokens N] [--system TEXT]\n"
                  "                  [--conversation NAME|ID | --new] [--project NAME] [-i]\n"
                  "                  [--ignore-budget]\n"
                  "\n"
                  "Talks in the active conversation (or the one given, or a new one) and makes it\n"
                  "active. With -p TEXT, or with the prompt on standard input when it is not a\n"
                  "terminal, sends one message, streams the answer to stdout and exits. Otherwise\n"
                  "(or with -i) starts an interactive session that reads one prompt per line.\n"
                  "The model and generation options are stored with the conversation.\n"
                  "Ctrl+C stops an answer and keeps what arrived (exit code 1 in one-shot mode).\n"
                  "The model's thinking, when it sends any, goes to stderr. A monthly budget of\n"
                  "the project or provider at 80 % warns; beyond 100 % a session asks first and a\n"
                  "one-shot run refuses (exit code 1) unless --ignore-budget is given.\n"
                  "\n") +
               InteractiveSession::helpText();
    if (name == QLatin1String("model"))
        return tr("Usage: mmchat model [PROVIDER.MODEL]\n\n"
                  "Shows the default model for new conversations, or sets it in config.json.\n"
                  "A provider id alone picks that provider's default model.\n");
    if (name == QLatin1String("models"))
        return tr("Usage: mmchat models [PROVIDER…] [--refresh] [--json]\n\n"
                  "Lists the models of the given (or every enabled) provider as PROVIDER.MODEL.\n"
                  "Lists come from the cache while younger than a day; --refresh asks again.\n");
    if (name == QLatin1String("providers"))
        return tr("Usage: mmchat providers [--check] [--json]\n\n"
                  "Lists provider instances with type, base URL, where the key comes from and,\n"
                  "with --check, their health (an authenticated model-list call).\n");
    if (name == QLatin1String("key"))
        return tr("Usage: mmchat key set PROVIDER\n"
                  "       mmchat key delete PROVIDER\n"
                  "       mmchat key status [PROVIDER]\n\n"
                  "'set' reads the key from standard input (without echo on a terminal) and stores\n"
                  "it in the system keychain. Keys are looked up in the keychain, then in the\n"
                  "variable the provider names (api_key_env), then in the well-known variable.\n"
                  "Exit code 3 when the keychain cannot be used.\n");
    if (name == QLatin1String("list"))
        return tr("Usage: mmchat list [--project P] [--limit N] [--json]\n\n"
                  "Lists conversations, most recently used first; * marks the active one.\n");
    if (name == QLatin1String("save"))
        return tr("Usage: mmchat save NAME\n\nNames (renames) the active conversation.\n");
    if (name == QLatin1String("load"))
        return tr("Usage: mmchat load NAME|ID\n\nMakes a conversation the active one for 'run'.\n");
    if (name == QLatin1String("tree"))
        return tr("Usage: mmchat tree [NAME|ID] [--json]\n\n"
                  "Prints the branch tree: node number, role and first line of each message.\n"
                  "* marks the active path, + an alternative (an edited prompt or a regenerated\n"
                  "answer). The numbers are the N of /branch, /edit, /exclude and /include.\n");
    if (name == QLatin1String("export"))
        return tr("Usage: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE] [--all-branches]\n\n"
                  "Writes the active path of a conversation (default: the active one) to FILE or\n"
                  "standard output; with --all-branches every branch, one after another. JSON\n"
                  "always holds the whole tree.\n");
    if (name == QLatin1String("import"))
        return tr("Usage: mmchat import FILE\n\n"
                  "Adds a conversation written by 'mmchat export --format json' as a new\n"
                  "conversation (every branch, with models and usage) and makes it active. A\n"
                  "project exported from the window (Project > Export Project) comes back as a\n"
                  "new project with its conversations, defaults and files.\n");
    if (name == QLatin1String("add-context"))
        return tr("Usage: mmchat add-context FILE...\n\n"
                  "Adds these text files (or the text files in these folders) to the active\n"
                  "conversation as a message of their own, so every later prompt of the branch\n"
                  "is sent with them (leave them out with /exclude). Within limits.max_attachment_kb\n"
                  "and limits.max_message_attachments_kb of config.json.\n");
    if (name == QLatin1String("usage"))
        return tr("Usage: mmchat usage [--conversation C | --project P | --all] [--since DATE]\n"
                  "                    [--by day|week|month] [--csv | --json]\n\n"
                  "Tokens and cost per provider and model (and per day, week or month with --by),\n"
                  "with totals, summed from the usage stored with each answer. Costs are added up\n"
                  "per currency. An answer marked * had no counts from its provider: its tokens\n"
                  "are estimated. --csv prints the table for a spreadsheet. Default: --all.\n");
    if (name == QLatin1String("search"))
        return tr("Usage: mmchat search QUERY [--limit N] [--json]\n\n"
                  "Full-text search in message texts and titles; every word must match.\n");
    if (name == QLatin1String("project"))
        return tr("Usage: mmchat project list | create NAME | switch NAME|none\n\n"
                  "New conversations started by 'run' go to the current project.\n");
    if (name == QLatin1String("help"))
        return tr("Usage: mmchat help [COMMAND]\n");
    return QString();
}
