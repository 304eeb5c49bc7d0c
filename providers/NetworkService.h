// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/ProviderInstanceConfig.h"

#include <QByteArray>
#include <QNetworkProxy>

class QNetworkAccessManager;

// Owns the QNetworkAccessManagers: one per thread (and per proxy override, since a manager has
// one proxy, and per set of extra TLS trust anchors). The system proxy is the default; an instance may
// override it with an HTTP or SOCKS5 proxy with credentials, or turn proxies off. Managers live as long as
// their thread.
class NetworkService
{
public:
    static QNetworkAccessManager *manager(const ProviderInstanceConfig &config);
    static QNetworkAccessManager *manager(const QNetworkProxy &proxy, bool useSystemProxy,
                                          const QString &tlsKey = QString());

    // "multimodel-chat/<version>"
    static QByteArray userAgent();

    // The proxy an instance asks for; *useSystemProxy is set when none is configured.
    static QNetworkProxy proxyFor(const ProviderInstanceConfig &config, bool *useSystemProxy);
};
