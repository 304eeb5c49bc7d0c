// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ProviderFactory.h"

#include "llm/ChatProvider.h"

#include <QCoreApplication>

void ProviderFactory::registerType(const TypeInfo &info)
{
    if (!m_types.contains(info.type))
        m_typeOrder.append(info.type);
    m_types.insert(info.type, info);
}

void ProviderFactory::registerPreset(const ProviderPreset &preset)
{
    for (ProviderPreset &existing : m_presets) {
        if (existing.id == preset.id) {
            existing = preset;
            return;
        }
    }
    m_presets.append(preset);
}

const ProviderPreset *ProviderFactory::preset(const QString &id) const
{
    for (const ProviderPreset &candidate : m_presets) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const ProviderPreset *ProviderFactory::defaultPreset() const
{
    if (const ProviderPreset *chosen = preset(m_defaultPreset))
        return chosen;
    return m_presets.isEmpty() ? nullptr : &m_presets.first();
}

ChatProvider *ProviderFactory::create(const ProviderInstanceConfig &config, QObject *parent,
                                      QString *errorMessage) const
{
    const auto it = m_types.constFind(config.type);
    if (it == m_types.constEnd() || !it->create) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ProviderFactory", "Unknown provider type “%1”.")
                                .arg(config.type);
        return nullptr;
    }
    if (!config.baseUrl.isValid() || config.baseUrl.scheme().isEmpty()) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("ProviderFactory", "The base URL of “%1” is not valid.")
                    .arg(config.displayName.isEmpty() ? config.id : config.displayName);
        return nullptr;
    }
    ChatProvider *provider = it->create(config, parent);
    if (provider)
        provider->setModelCache(m_modelCache);
    return provider;
}
