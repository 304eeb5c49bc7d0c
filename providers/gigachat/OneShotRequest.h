// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderError.h"

#include <QByteArray>

#include <functional>

class QNetworkReply;
class QObject;

// Waits for a small, non-streamed reply (a token exchange) with a time limit.
namespace OneShotRequest {

// status 0 with transportError set when no HTTP answer came (network, TLS, timeout). The reply is
// deleted afterwards; done is not called when context dies first.
using Done = std::function<void(int status, const QByteArray &body, const ProviderError &transportError)>;
void await(QNetworkReply *reply, int timeoutMs, QObject *context, const Done &done);

} // namespace OneShotRequest
