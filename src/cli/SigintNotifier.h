// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl+C) into a Qt signal. The handler only writes a byte to a pipe (the one
// thing that is async-signal-safe); a QSocketNotifier on the other end emits interrupted()
// from the event loop. The handler is installed without SA_RESTART, so a blocking read of the
// next prompt returns and the session can end on Ctrl+C at the prompt.
class SigintNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SigintNotifier(QObject *parent = nullptr);
    ~SigintNotifier() override;

    bool isInstalled() const { return m_notifier != nullptr; }
    // Signals received since the last call (for code that was blocked in a read).
    static int takePending();
    // Forgets signals that arrived before now (so an old Ctrl+C cannot stop the next answer).
    static void clear();
    // The pipe's read end: readable once SIGINT arrived (for code that polls, like the line
    // reader); -1 when no notifier is installed.
    static int pipeReadFd();

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
