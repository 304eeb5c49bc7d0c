// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/HealthMonitor.h"

#include "llm/ChatProvider.h"

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkAll(); });
}

void HealthMonitor::addProvider(ChatProvider *provider)
{
    if (!provider)
        return;
    m_providers.insert(provider->id(), provider);
}

void HealthMonitor::removeProvider(const QString &instanceId)
{
    m_providers.remove(instanceId);
    m_statuses.remove(instanceId);
    m_running.remove(instanceId);
}

void HealthMonitor::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

void HealthMonitor::start()
{
    m_timer.start();
    checkAll();
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

void HealthMonitor::checkNow(const QString &instanceId, bool force)
{
    ChatProvider *provider = m_providers.value(instanceId);
    if (!provider || !provider->config().enabled || m_running.contains(instanceId))
        return;
    const HealthStatus previous = m_statuses.value(instanceId);
    if (!force && previous.checkedAt.isValid() &&
        previous.checkedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_minimumGapMs)
        return;
    m_running.insert(instanceId);
    HealthReply *reply = provider->checkHealth();
    connect(reply, &HealthReply::finished, this, [this, instanceId, reply](const HealthStatus &status) {
        reply->deleteLater();
        if (!m_running.remove(instanceId))
            return; // removed meanwhile
        m_statuses.insert(instanceId, status);
        Q_EMIT statusChanged(instanceId, status);
    });
}

void HealthMonitor::checkAll(bool force)
{
    const QStringList ids = m_providers.keys();
    for (const QString &id : ids)
        checkNow(id, force);
}
