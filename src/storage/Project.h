// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationSettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A folder of conversations with defaults for new conversations in it.
struct Project
{
    qint64 id = 0;
    QString name;
    QString description;
    QString defaultProviderId;
    QString defaultModel;
    GenerationSettings defaultGeneration;
    QString defaultSystemPrompt;
    // Spending this project may reach per calendar month (schema version 3); none when absent.
    std::optional<double> monthlyBudget;
    QString budgetCurrency = QStringLiteral("USD");
    QDateTime createdAt;
    QDateTime updatedAt;
};
