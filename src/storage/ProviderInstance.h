// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// A configured provider (e.g. "Work OpenAI"). The key or token is in the OS keychain under
// the instance id; it is never part of this struct or of the database.
struct ProviderInstance
{
    QString id;   // stable, e.g. "openai-1"
    QString type; // "openai", "anthropic", "gigachat", "yandexgpt", "ollama", …
    QString displayName;
    QString baseUrl;
    QJsonObject options; // non-secret options only
    bool enabled = true;
    int sortOrder = 0;
};
