// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QNetworkReply>
#include <QString>

// Mapping of HTTP statuses and transport failures to ProviderError kinds, shared by all types.
namespace HttpErrors {

ProviderError::Kind kindForStatus(int status);
// Refines a 400/413-class error whose message says the prompt is too long.
bool looksLikeContextTooLong(const QString &message);
// A transport failure (no HTTP status): network, timeout or TLS.
ProviderError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);

} // namespace HttpErrors
