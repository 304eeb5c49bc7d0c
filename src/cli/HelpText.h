// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What `mmchat --help` and `mmchat help COMMAND` print (the man page says the same at length).
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString overview();
    // Empty for an unknown command.
    static QString command(const QString &name);
};
