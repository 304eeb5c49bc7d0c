// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

// Categories shared by several areas. Each area declares its own next to its code
// (mmchat.storage, mmchat.providers.<type>, …) with Q_LOGGING_CATEGORY.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)

// The developers' channel for problems: every Qt message goes through SecretMasker and then
// to stderr and to a log file in the data directory that is rotated when it grows large.
namespace Logging {

struct Options
{
    QString logFile;               // empty: no file, stderr only
    qint64 maxFileBytes = 2 << 20; // rotate to <name>-prev.<ext> past this size
    bool toStderr = true;
};

// Installs the message handler. Safe to call again (e.g. from tests) with other options.
void install(const Options &options);
// Restores Qt's default handler and closes the file.
void uninstall();

// Formats one line as it is written: time, level, category, masked message.
QString formatLine(QtMsgType type, const char *category, const QString &message);

} // namespace Logging
