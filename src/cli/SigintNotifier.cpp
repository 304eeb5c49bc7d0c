// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigintNotifier.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_pending = 0;

void onSigint(int)
{
    g_pending = g_pending + 1;
    const char byte = 1;
    // Nothing to do when the pipe is full: a byte is already waiting.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

SigintNotifier::SigintNotifier(QObject *parent)
    : QObject(parent)
{
    if (::pipe(g_pipe) != 0)
        return;
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: interrupt a blocking read of the prompt
    ::sigaction(SIGINT, &action, nullptr);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        clear();
        Q_EMIT interrupted();
    });
}

SigintNotifier::~SigintNotifier()
{
    // The command is ending: a Ctrl+C typed twice, the second during shutdown, must not turn
    // a clean exit into death by signal (exit status 130).
    struct sigaction action = {};
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    delete m_notifier;
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SigintNotifier::clear()
{
    char buffer[64];
    if (g_pipe[0] >= 0) {
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
        }
    }
    takePending();
}

int SigintNotifier::pipeReadFd()
{
    return g_pipe[0];
}

int SigintNotifier::takePending()
{
    const int pending = g_pending;
    g_pending = 0;
    return pending;
}
