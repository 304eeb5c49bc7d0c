// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

// Runs HistoryIntegrity::quickCheck over the history in a child process: on a large history it
// takes seconds and SQLite cannot interrupt it, while a child process can be ended the moment
// the app quits. The child is the app itself started with `--check-history FILE`
// (childMain() does its work).
class HistoryCheck : public QObject
{
    Q_OBJECT
public:
    // `program` is started as `program --check-history databasePath`.
    HistoryCheck(const QString &program, const QString &databasePath, QObject *parent = nullptr);
    ~HistoryCheck() override; // ends a check still running

    void start();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // The child's side: checks `databasePath`, prints what it found as a JSON array of
    // strings and returns the exit code (0: checked, 2: could not check). Needs a
    // QCoreApplication.
    static int childMain(const QString &databasePath);
    static constexpr const char *childOption = "--check-history";

Q_SIGNALS:
    // What the check found (empty: no damage). Not emitted when it could not run or was ended.
    void finished(const QStringList &problems);

private:
    void readResult(int exitCode, QProcess::ExitStatus status);

    const QString m_program;
    const QString m_path;
    QProcess m_process;
};
