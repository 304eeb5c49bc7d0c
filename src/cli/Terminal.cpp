// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

Terminal::Terminal()
    : m_color(stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR") &&
              qgetenv("TERM") != QByteArrayLiteral("dumb"))
{}

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

QString Terminal::styled(const QString &text, Style style) const
{
    if (!m_color || style == Style::Plain)
        return text;
    const char *code = "";
    switch (style) {
    case Style::Plain: break;
    case Style::Bold: code = "1"; break;
    case Style::Dim: code = "2"; break;
    case Style::Accent: code = "36"; break;
    case Style::Good: code = "32"; break;
    case Style::Warning: code = "33"; break;
    case Style::Error: code = "31"; break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

void Terminal::out(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void Terminal::errorText(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void Terminal::error(const QString &message) const
{
    std::fputs(QStringLiteral("mmchat: %1\n").arg(message).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void Terminal::warning(const QString &message) const
{
    std::fputs(
        QCoreApplication::translate("Terminal", "mmchat: warning: %1\n").arg(message).toUtf8().constData(),
        stderr);
    std::fflush(stderr);
}

std::optional<QString> Terminal::readLine()
{
    char *line = nullptr;
    size_t capacity = 0;
    errno = 0;
    const ssize_t length = ::getline(&line, &capacity, stdin);
    if (length < 0) {
        std::free(line);
        // A signal interrupts the read; clear the error so a later read works again.
        std::clearerr(stdin);
        return std::nullopt;
    }
    QByteArray bytes(line, int(length));
    std::free(line);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QString Terminal::readAll()
{
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        bytes.append(buffer, int(n));
    return QString::fromUtf8(bytes);
}

std::optional<QString> Terminal::readSecret(const QString &prompt)
{
    const bool tty = stdinIsTerminal();
    termios saved{};
    if (tty) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::optional<QString> line = readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}
