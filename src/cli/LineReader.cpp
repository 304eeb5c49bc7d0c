// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineReader.h"

#include "SigintNotifier.h"
#include "Terminal.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <poll.h>
#include <unistd.h>

#ifdef MMCHAT_CLI_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>

namespace {

bool g_interrupted = false;

// Readline's key source: stdin, or the SIGINT pipe. Polling both has no window in which a
// Ctrl+C could arrive unnoticed between a check and a blocking read.
int readKey(FILE *stream)
{
    const int input = fileno(stream);
    while (true) {
        pollfd fds[2] = {{input, POLLIN, 0}, {SigintNotifier::pipeReadFd(), POLLIN, 0}};
        const int ready = ::poll(fds, fds[1].fd >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return EOF;
        }
        if (fds[1].fd >= 0 && (fds[1].revents & POLLIN)) {
            SigintNotifier::clear();
            g_interrupted = true;
            rl_done = 1;
            return '\n';
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            unsigned char c = 0;
            const ssize_t n = ::read(input, &c, 1);
            if (n == 1)
                return c;
            if (n < 0 && errno == EINTR)
                continue;
            return EOF;
        }
    }
}

constexpr int kHistoryLines = 1000;

} // namespace
#endif

LineReader::LineReader()
    : m_terminal(Terminal::stdinIsTerminal())
{
#ifdef MMCHAT_CLI_HAVE_READLINE
    if (!m_terminal)
        return;
    rl_readline_name = "mmchat";
    // Our own SIGINT handler stays in place; Readline only restores the terminal on return.
    rl_catch_signals = 0;
    rl_getc_function = readKey;
    m_historyFile = QDir(AppPaths::dataDir()).filePath(QStringLiteral("cli-history"));
    using_history();
    stifle_history(kHistoryLines);
    read_history(QFile::encodeName(m_historyFile).constData());
#endif
}

LineReader::~LineReader()
{
#ifdef MMCHAT_CLI_HAVE_READLINE
    if (m_terminal && !m_historyFile.isEmpty())
        write_history(QFile::encodeName(m_historyFile).constData());
#endif
}

bool LineReader::hasLineEditing()
{
#ifdef MMCHAT_CLI_HAVE_READLINE
    return true;
#else
    return false;
#endif
}

std::optional<QString> LineReader::readLine(const QString &prompt)
{
#ifdef MMCHAT_CLI_HAVE_READLINE
    if (m_terminal) {
        g_interrupted = false;
        SigintNotifier::clear();
        // Readline counts the prompt's width: mark colour codes as invisible.
        QString marked = prompt;
        marked.replace(QRegularExpression(QStringLiteral("(\x1b\\[[0-9;]*m)")),
                       QStringLiteral("\001\\1\002"));
        char *line = readline(marked.toUtf8().constData());
        if (!line || g_interrupted) {
            std::free(line);
            std::fputs("\n", stdout);
            return std::nullopt;
        }
        const QString text = QString::fromUtf8(line);
        if (!text.trimmed().isEmpty())
            add_history(line);
        std::free(line);
        return text;
    }
#endif
    if (m_terminal) {
        std::fputs(prompt.toUtf8().constData(), stdout);
        std::fflush(stdout);
    }
    SigintNotifier::takePending();
    std::optional<QString> line = Terminal::readLine();
    if (!line && m_terminal)
        std::fputs("\n", stdout);
    return line;
}
