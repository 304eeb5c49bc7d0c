// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Standard streams of the terminal client: UTF-8 output flushed at once (answers stream), light
// ANSI styling only when stdout is a terminal and colour was not turned off (--no-color,
// NO_COLOR), and line / secret input from stdin.
class Terminal
{
public:
    enum class Style { Plain, Bold, Dim, Accent, Good, Warning, Error };

    Terminal();

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();

    void setColorEnabled(bool enabled) { m_color = enabled; }
    bool colorEnabled() const { return m_color; }

    QString styled(const QString &text, Style style) const;

    void out(const QString &text) const;
    void outLine(const QString &text = QString()) const { out(text + QLatin1Char('\n')); }
    // Text on stderr as it is (the model's thinking: stdout keeps the answer alone).
    void errorText(const QString &text) const;
    // "mmchat: <message>" on stderr.
    void error(const QString &message) const;
    void warning(const QString &message) const;

    // One line from stdin without its newline; nullopt at end of input or when interrupted.
    static std::optional<QString> readLine();
    // Everything left on stdin.
    static QString readAll();
    // A secret from stdin: without echo when stdin is a terminal (the prompt goes to stderr).
    static std::optional<QString> readSecret(const QString &prompt);

private:
    bool m_color = false;
};
