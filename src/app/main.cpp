// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "AppController.h"
#include "MainWindow.h"

#include "core/AppPaths.h"
#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "services/HistoryCheck.h"

#include <mmchat/config.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

// --help and --version print text and exit; they must work without a display (over SSH,
// in a build script), so for them no QApplication is created.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The app started by itself to check the history in the background.
    if (const std::optional<int> checked = HistoryCheck::runIfChild(argc, argv))
        return *checked;
    const std::unique_ptr<QCoreApplication> application = onlyPrintsText(argc, argv)
                                                              ? std::make_unique<QCoreApplication>(argc, argv)
                                                              : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("multimodel-chat"));
    QApplication::setApplicationVersion(BuildInfo::applicationVersion());
    QApplication::setOrganizationDomain(QStringLiteral("mmchat.github.io"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop chat client for many language-model providers."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the version of the program and of its libraries."));
    parser.addOption(versionOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QString text = QStringLiteral("multimodel-chat %1\n").arg(BuildInfo::applicationVersion());
        for (const auto &[component, version] : AboutDialog::componentVersions())
            text += QStringLiteral("  %1 %2\n").arg(component, version);
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }

    QApplication::setApplicationDisplayName(QApplication::translate("main", "Multimodel Chat"));
    QApplication::setDesktopFileName(QStringLiteral(MMCHAT_APP_ID));
    QIcon icon = QIcon::fromTheme(QStringLiteral(MMCHAT_APP_ID));
    for (int size : {16, 32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    Logging::install({AppPaths::logFile(), 2 << 20, true});
    qCInfo(lcApp).noquote() << "Multimodel Chat" << BuildInfo::applicationVersion() << "starting";

    AppController controller(
        {AppPaths::configFile(), AppPaths::uiStateFile(), AppPaths::dataDir(), AppPaths::historyDatabase()});
    controller.window()->show();
    controller.startHealthChecks();
    controller.scheduleHistoryCheck(QCoreApplication::applicationFilePath());
    const QStringList problems = controller.startupProblems();
    if (!problems.isEmpty()) {
        // After the window is up, so the message has a parent to sit on.
        QTimer::singleShot(0, controller.window(), [&controller, problems] {
            QMessageBox::warning(controller.window(),
                                 QApplication::translate("main", "Configuration problems"),
                                 QApplication::translate("main", "Some settings could not be used:\n\n%1")
                                     .arg(problems.join(QLatin1Char('\n'))));
        });
    }
    const int code = QApplication::exec();
    qCInfo(lcApp) << "exiting with code" << code;
    return code;
}
