// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderInstanceConfig.h"
#include "llm/ProviderPreset.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class ChatProvider;
class ModelCacheStore;
class QObject;

// Registry of provider types and presets. mmproviders fills it with registerBuiltinProviders();
// services then create instances from configs without knowing any concrete type.
class ProviderFactory
{
public:
    using Creator = std::function<ChatProvider *(const ProviderInstanceConfig &config, QObject *parent)>;

    struct TypeInfo
    {
        QString type;        // "openai"
        QString displayName; // "OpenAI-compatible"
        bool needsKey = true;
        Creator create;
    };

    void registerType(const TypeInfo &info);
    void registerPreset(const ProviderPreset &preset);

    bool hasType(const QString &type) const { return m_types.contains(type); }
    QStringList types() const { return m_typeOrder; }
    TypeInfo typeInfo(const QString &type) const { return m_types.value(type); }
    QList<ProviderPreset> presets() const { return m_presets; }
    const ProviderPreset *preset(const QString &id) const;
    // The preset a new user starts with (set with setDefaultPreset, else the first registered).
    const ProviderPreset *defaultPreset() const;
    void setDefaultPreset(const QString &id) { m_defaultPreset = id; }

    // Every provider created gets this cache (may be null: no caching).
    void setModelCache(ModelCacheStore *store) { m_modelCache = store; }

    // nullptr with *errorMessage set when the type is unknown or the config is unusable.
    ChatProvider *create(const ProviderInstanceConfig &config, QObject *parent = nullptr,
                         QString *errorMessage = nullptr) const;

private:
    QHash<QString, TypeInfo> m_types;
    QStringList m_typeOrder;
    QList<ProviderPreset> m_presets;
    QString m_defaultPreset;
    ModelCacheStore *m_modelCache = nullptr;
};
