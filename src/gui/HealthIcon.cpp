// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthIcon.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon paintDot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

QIcon HealthIcon::dot(HealthStatus::State state)
{
    // Painted once per colour: every entry of the model selector carries one, and OpenRouter
    // alone can put hundreds there.
    static const QIcon unknown = paintDot(QColor(0x9a, 0xa0, 0xa6));
    static const QIcon online = paintDot(QColor(0x2e, 0xa0, 0x43));
    static const QIcon degraded = paintDot(QColor(0xd2, 0x99, 0x22));
    static const QIcon failed = paintDot(QColor(0xcf, 0x22, 0x2e));
    switch (state) {
    case HealthStatus::State::Online: return online;
    case HealthStatus::State::Degraded: return degraded;
    case HealthStatus::State::AuthFailed:
    case HealthStatus::State::Offline: return failed;
    case HealthStatus::State::Unknown: break;
    }
    return unknown;
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
