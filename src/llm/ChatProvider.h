// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ChatRequest.h"
#include "llm/ChatStream.h"
#include "llm/HealthReply.h"
#include "llm/ModelListReply.h"
#include "llm/ProviderInstanceConfig.h"
#include "llm/TokenCountReply.h"

#include <QObject>

class ModelCacheStore;

// One configured provider instance, whatever its type. Services only talk to this interface;
// HttpChatProvider (mmproviders) implements the HTTP exchange for every built-in type.
class ChatProvider : public QObject
{
    Q_OBJECT

public:
    explicit ChatProvider(ProviderInstanceConfig config, QObject *parent = nullptr);
    ~ChatProvider() override;

    const ProviderInstanceConfig &config() const { return m_config; }
    QString id() const { return m_config.id; }
    QString type() const { return m_config.type; }

    // Starts a streamed answer. The caller owns the stream (its parent is the provider until
    // reparented) and deletes it, e.g. with deleteLater() after it ended.
    virtual ChatStream *chat(const ChatRequest &request) = 0;

    // Models: from the cache while younger than the cache age (24 h by default), otherwise
    // fetched and saved. Models listed by hand in the config come first in every result.
    // The caller deletes the returned reply (and the health reply below).
    ModelListReply *listModels(bool forceRefresh = false);

    // Cheapest authenticated call (the model list, bypassing the cache) → online / degraded
    // (slow or rate limited) / auth_failed / offline, with latency and the last error.
    virtual HealthReply *checkHealth();

    // The provider's own count of the tokens `request` would send, or nullptr when the
    // provider has no counter (then callers estimate; see TokenEstimate). The caller deletes
    // the reply.
    virtual TokenCountReply *countTokens(const ChatRequest &request);

    void setModelCache(ModelCacheStore *store) { m_modelCache = store; }
    void setModelCacheMaxAgeSecs(qint64 secs) { m_modelCacheMaxAgeSecs = secs; }
    void setSlowThresholdMs(int ms) { m_slowThresholdMs = ms; }

protected:
    // Type side: fetch the model list from the provider and call reply->finish()/fail().
    virtual void fetchModels(ModelListReply *reply) = 0;

    ProviderInstanceConfig &mutableConfig() { return m_config; }

private:
    QList<ModelInfo> withManualModels(const QList<ModelInfo> &fetched) const;

    ProviderInstanceConfig m_config;
    ModelCacheStore *m_modelCache = nullptr;
    qint64 m_modelCacheMaxAgeSecs = 24 * 3600;
    int m_slowThresholdMs = 5000;
};
