// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ModelListReply.h"

#include <QTimer>

ModelListReply::ModelListReply(QObject *parent)
    : QObject(parent)
{}

void ModelListReply::finish(const QList<ModelInfo> &models, bool fromCache)
{
    if (m_finished)
        return;
    m_models = models;
    m_fromCache = fromCache;
    deliver();
}

void ModelListReply::fail(const ProviderError &error)
{
    if (m_finished)
        return;
    m_error = error;
    deliver();
}

void ModelListReply::deliver()
{
    m_finished = true;
    // Queued, so a result known at once (cache hit) still reaches a caller that connects after.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}
