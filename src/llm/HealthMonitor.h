// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/HealthStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ChatProvider;

// Re-checks enabled provider instances in the background (every few minutes) and on demand,
// and keeps the last status of each for the UI. Providers are not owned.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(QObject *parent = nullptr);

    void addProvider(ChatProvider *provider);
    void removeProvider(const QString &instanceId);

    // Background period (default 5 min). Checks of one instance are at least minimumGapMs
    // apart (default 60 s) unless forced.
    void setIntervalMs(int ms);
    void setMinimumGapMs(int ms) { m_minimumGapMs = ms; }
    void start();
    void stop();

    // On demand: checks now unless a check is running or ran less than the minimum gap ago.
    void checkNow(const QString &instanceId, bool force = false);
    void checkAll(bool force = false);

    HealthStatus status(const QString &instanceId) const { return m_statuses.value(instanceId); }
    QHash<QString, HealthStatus> statuses() const { return m_statuses; }
    bool isChecking(const QString &instanceId) const { return m_running.contains(instanceId); }

Q_SIGNALS:
    void statusChanged(const QString &instanceId, const HealthStatus &status);

private:
    QHash<QString, QPointer<ChatProvider>> m_providers;
    QHash<QString, HealthStatus> m_statuses;
    QSet<QString> m_running;
    QTimer m_timer;
    int m_minimumGapMs = 60 * 1000;
};
