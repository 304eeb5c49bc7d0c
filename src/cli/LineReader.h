// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Reads the interactive session's lines. On a terminal, with GNU Readline when the build found
// it: line editing, ~/.inputrc, and a history kept in the data folder (cli-history). Otherwise
// (a pipe, or no Readline) plain lines from stdin. Ctrl+C at the prompt ends the read like
// Ctrl+D: Readline reads keys through a function that polls stdin and SigintNotifier's pipe,
// so no Readline code runs inside the signal handler.
class LineReader
{
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    static bool hasLineEditing(); // built with Readline
    bool isInteractive() const { return m_terminal; }

    // nullopt at end of input or on Ctrl+C.
    std::optional<QString> readLine(const QString &prompt);

private:
    bool m_terminal = false;
    QString m_historyFile;
};
