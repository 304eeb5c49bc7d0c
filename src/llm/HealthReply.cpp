// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/HealthReply.h"

#include <QTimer>

void HealthReply::finish(const HealthStatus &status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_status); });
}
