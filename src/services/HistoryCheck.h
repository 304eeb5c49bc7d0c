// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <optional>

// Runs HistoryIntegrity::quickCheck over the history in a child process: on a large history it
// takes seconds and SQLite cannot interrupt it, while a child process can be ended the moment
// the app quits. The child is the app itself started with `--check-history FILE`
// (runIfChild() does its work).
class HistoryCheck : public QObject
{
    Q_OBJECT
public:
    // `program` is started as `program --check-history databasePath`.
    HistoryCheck(const QString &program, const QString &databasePath, QObject *parent = nullptr);
    ~HistoryCheck() override; // ends a check still running

    void start();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // The child's side, for the top of main(): when the program was started as a check
    // (`program --check-history FILE`), checks FILE, prints what it found as a JSON array of
    // strings and returns the exit code (0: checked, 2: could not check). Otherwise returns
    // nothing and the program goes on as usual.
    static std::optional<int> runIfChild(int argc, char *argv[]);

Q_SIGNALS:
    // What the check found (empty: no damage). Not emitted when it could not run or was ended.
    void finished(const QStringList &problems);

private:
    void readResult(int exitCode, QProcess::ExitStatus status);

    const QString m_program;
    const QString m_path;
    QProcess m_process;
};
