// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// How many tokens a model accepts (prompt and answer together). A provider entry in
// config.json may say so per model ("context_lengths": {"model": tokens}); otherwise the
// published figure of a well-known model family is used; 0 means unknown (nothing is trimmed).
namespace ContextLengths {

int lookup(const QJsonObject &providerEntry, const QString &model);
// The published figure for a model name, by family; 0 when unknown.
int known(const QString &model);

} // namespace ContextLengths
