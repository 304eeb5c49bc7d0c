// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ChatProvider.h"

#include "llm/ModelCacheStore.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

ChatProvider::ChatProvider(ProviderInstanceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

ChatProvider::~ChatProvider() = default;

ModelListReply *ChatProvider::listModels(bool forceRefresh)
{
    auto *reply = new ModelListReply(this);
    if (!forceRefresh && m_modelCache) {
        const auto entry = m_modelCache->load(id());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (entry && entry->fetchedAt.isValid() && entry->fetchedAt.secsTo(now) < m_modelCacheMaxAgeSecs) {
            reply->finish(withManualModels(entry->models), true);
            return reply;
        }
    }
    auto *fetch = new ModelListReply(this);
    connect(fetch, &ModelListReply::finished, reply, [this, fetch, reply] {
        fetch->deleteLater();
        if (fetch->error().isError()) {
            reply->fail(fetch->error());
            return;
        }
        if (m_modelCache)
            m_modelCache->save(id(), {fetch->models(), QDateTime::currentDateTimeUtc()});
        reply->finish(withManualModels(fetch->models()));
    });
    fetchModels(fetch);
    return reply;
}

HealthReply *ChatProvider::checkHealth()
{
    auto *reply = new HealthReply(this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto *fetch = new ModelListReply(this);
    connect(fetch, &ModelListReply::finished, reply, [this, fetch, reply, timer] {
        fetch->deleteLater();
        HealthStatus status;
        status.latencyMs = int(timer->elapsed());
        status.checkedAt = QDateTime::currentDateTimeUtc();
        status.lastError = fetch->error();
        using Kind = ProviderError::Kind;
        switch (fetch->error().kind()) {
        case Kind::None:
            status.state = status.latencyMs > m_slowThresholdMs ? HealthStatus::State::Degraded
                                                                : HealthStatus::State::Online;
            if (m_modelCache)
                m_modelCache->save(id(), {fetch->models(), status.checkedAt});
            break;
        case Kind::Auth:
        case Kind::Permission: status.state = HealthStatus::State::AuthFailed; break;
        case Kind::RateLimited:
        case Kind::QuotaExhausted:
        case Kind::Overloaded:
        case Kind::ServerError: status.state = HealthStatus::State::Degraded; break;
        default: status.state = HealthStatus::State::Offline; break;
        }
        reply->finish(status);
    });
    fetchModels(fetch);
    return reply;
}

QList<ModelInfo> ChatProvider::withManualModels(const QList<ModelInfo> &fetched) const
{
    if (m_config.manualModels.isEmpty())
        return fetched;
    QList<ModelInfo> result;
    QSet<QString> seen;
    for (const QString &id : m_config.manualModels) {
        result.append(ModelInfo{id, QString(), 0});
        seen.insert(id);
    }
    for (const ModelInfo &model : fetched) {
        if (!seen.contains(model.id))
            result.append(model);
    }
    return result;
}

TokenCountReply *ChatProvider::countTokens(const ChatRequest &)
{
    return nullptr;
}
