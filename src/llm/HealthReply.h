// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/HealthStatus.h"

#include <QObject>

// Handle for one health check; finished() comes from the event loop. The caller deletes it.
class HealthReply : public QObject
{
    Q_OBJECT

public:
    explicit HealthReply(QObject *parent = nullptr)
        : QObject(parent)
    {}

    HealthStatus status() const { return m_status; }
    bool isFinished() const { return m_finished; }

    void finish(const HealthStatus &status);

Q_SIGNALS:
    void finished(const HealthStatus &status);

private:
    HealthStatus m_status;
    bool m_finished = false;
};
