// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppPaths.h"
#include "core/BuildInfo.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

// Exit codes shared by every command (documented in --help).
enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2, CredentialsError = 3, StorageError = 4 };

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
}

QString usage()
{
    return QCoreApplication::translate(
               "mmchat", "Usage: mmchat [--help] [--version] <command> [options]\n"
                         "\n"
                         "The terminal client of Multimodel Chat. It shares the history database,\n"
                         "the configuration and the keychain entries with the desktop app.\n"
                         "\n"
                         "Files:\n"
                         "  configuration  %1\n"
                         "  history        %2\n"
                         "\n"
                         "Exit codes: 0 success, 1 provider or runtime error, 2 usage error,\n"
                         "3 authentication or credentials, 4 storage.\n")
        .arg(AppPaths::configFile(), AppPaths::historyDatabase());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mmchat"));
    QCoreApplication::setApplicationVersion(BuildInfo::applicationVersion());
    Translations translations;
    translations.install(QStringLiteral("system"));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        print(stdout, usage());
        return args.isEmpty() ? UsageError : Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        print(stdout,
              QStringLiteral("mmchat %1 (Qt %2, SQLite %3)\n")
                  .arg(BuildInfo::applicationVersion(), BuildInfo::qtVersion(), BuildInfo::sqliteVersion()));
        return Success;
    }
    print(stderr,
          QCoreApplication::translate("mmchat", "mmchat: unknown command '%1'. Run 'mmchat --help'.\n")
              .arg(args.first()));
    return UsageError;
}
