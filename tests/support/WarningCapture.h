// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

// Collects the warnings (and worse) that any thread logs while it lives, for tests that must
// show something runs without complaint. Debug and info lines are let through as usual.
class WarningCapture
{
public:
    WarningCapture()
    {
        QMutexLocker lock(&mutex());
        lines().clear();
        s_previous = qInstallMessageHandler(&WarningCapture::handle);
    }
    ~WarningCapture() { qInstallMessageHandler(s_previous); }
    WarningCapture(const WarningCapture &) = delete;
    WarningCapture &operator=(const WarningCapture &) = delete;

    QStringList warnings() const
    {
        QMutexLocker lock(&mutex());
        return lines();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtDebugMsg || type == QtInfoMsg) {
            if (s_previous)
                s_previous(type, context, message);
            return;
        }
        QMutexLocker lock(&mutex());
        lines() << message;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &lines()
    {
        static QStringList l;
        return l;
    }
    static inline QtMessageHandler s_previous = nullptr;
};
