// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "core/AppPaths.h"
#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mmchat"));
    QCoreApplication::setApplicationVersion(BuildInfo::applicationVersion());
    QCoreApplication::setOrganizationDomain(QStringLiteral("mmchat.github.io"));
    Translations translations;
    translations.install(QStringLiteral("system"));
    // Developers' messages go to the shared log file only: stderr is for the user's errors.
    Logging::install({AppPaths::logFile(), 2 << 20, false});

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = CliApplication().run(arguments);
    Logging::uninstall();
    return code;
}
