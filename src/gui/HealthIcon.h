// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/HealthStatus.h"

#include <QIcon>
#include <QString>

// How a provider's health is shown everywhere: a coloured dot and one translated sentence.
namespace HealthIcon {

QIcon dot(HealthStatus::State state);
QString describe(const HealthStatus &status);

} // namespace HealthIcon
