// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Reads the command name and its options and hands them to the command's class.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // arguments without the program name; returns the exit code.
    int run(QStringList arguments);
};
