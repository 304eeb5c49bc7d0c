// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthIcon.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

QIcon HealthIcon::dot(HealthStatus::State state)
{
    QColor colour(0x9a, 0xa0, 0xa6); // unknown: grey
    switch (state) {
    case HealthStatus::State::Online: colour = QColor(0x2e, 0xa0, 0x43); break;
    case HealthStatus::State::Degraded: colour = QColor(0xd2, 0x99, 0x22); break;
    case HealthStatus::State::AuthFailed:
    case HealthStatus::State::Offline: colour = QColor(0xcf, 0x22, 0x2e); break;
    case HealthStatus::State::Unknown: break;
    }
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString HealthIcon::describe(const HealthStatus &status)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("HealthIcon", text); };
    switch (status.state) {
    case HealthStatus::State::Online: return tr("Online, answered in %1 ms.").arg(status.latencyMs);
    case HealthStatus::State::Degraded:
        return tr("Reachable but slow or rate limited (%1 ms). %2")
            .arg(status.latencyMs)
            .arg(status.lastError.isError() ? status.lastError.userMessage() : QString());
    case HealthStatus::State::AuthFailed:
        return tr("The key was rejected: %1").arg(status.lastError.userMessage());
    case HealthStatus::State::Offline: return tr("Not reachable: %1").arg(status.lastError.userMessage());
    case HealthStatus::State::Unknown: break;
    }
    return tr("Not checked yet.");
}
