// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ModelInfo.h"
#include "llm/ProviderError.h"

#include <QList>
#include <QObject>

// Handle for one model-list request. finished() is always emitted from the event loop, never
// before the caller could connect; check error() first. The caller deletes it (deleteLater).
class ModelListReply : public QObject
{
    Q_OBJECT

public:
    explicit ModelListReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    QList<ModelInfo> models() const { return m_models; }
    ProviderError error() const { return m_error; }
    bool isFromCache() const { return m_fromCache; }

    // Provider side; the first call wins.
    void finish(const QList<ModelInfo> &models, bool fromCache = false);
    void fail(const ProviderError &error);

Q_SIGNALS:
    void finished();

private:
    void deliver();

    bool m_finished = false;
    QList<ModelInfo> m_models;
    ProviderError m_error;
    bool m_fromCache = false;
};
