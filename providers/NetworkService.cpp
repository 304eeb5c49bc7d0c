// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/NetworkService.h"

#include <mmchat/config.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QThread>

namespace {

QString proxyKey(const QNetworkProxy &proxy, bool useSystemProxy)
{
    if (useSystemProxy)
        return QStringLiteral("system");
    // A changed password needs a manager of its own: one keeps using the credentials of its
    // pooled connections. Only a digest of it goes into the key.
    const QByteArray password =
        QCryptographicHash::hash(proxy.password().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(int(proxy.type()))
        .arg(proxy.hostName())
        .arg(proxy.port())
        .arg(proxy.user(), QString::fromLatin1(password));
}

} // namespace

QNetworkAccessManager *NetworkService::manager(const ProviderInstanceConfig &config)
{
    bool useSystemProxy = true;
    const QNetworkProxy proxy = proxyFor(config, &useSystemProxy);
    // A manager pools connections per host without regard to TLS settings, so instances
    // with their own trust anchors get their own manager.
    const QString tlsKey =
        config.optionString(QStringLiteral("caCertificatesFile")) +
        (config.optionBool(QStringLiteral("insecureSkipTlsVerify"), false) ? QStringLiteral("|insecure")
                                                                           : QString());
    return manager(proxy, useSystemProxy, tlsKey);
}

QNetworkAccessManager *NetworkService::manager(const QNetworkProxy &proxy, bool useSystemProxy,
                                               const QString &tlsKey)
{
    thread_local QHash<QString, QPointer<QNetworkAccessManager>> managers;
    const QString key = proxyKey(proxy, useSystemProxy) + QLatin1Char('#') + tlsKey;
    QPointer<QNetworkAccessManager> &slot = managers[key];
    if (slot)
        return slot;
    static const bool systemProxyEnabled = [] {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(systemProxyEnabled)
    auto *nam = new QNetworkAccessManager;
    if (!useSystemProxy)
        nam->setProxy(proxy);
    // Freed with its thread; the main thread's with the application object.
    QThread *thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
        nam->setParent(QCoreApplication::instance());
    else
        QObject::connect(thread, &QThread::finished, nam, &QObject::deleteLater);
    slot = nam;
    return nam;
}

QByteArray NetworkService::userAgent()
{
    return QByteArrayLiteral("multimodel-chat/") + QByteArray(MMCHAT_VERSION);
}

QNetworkProxy NetworkService::proxyFor(const ProviderInstanceConfig &config, bool *useSystemProxy)
{
    *useSystemProxy = true;
    const QJsonObject proxy = config.options.value(QStringLiteral("proxy")).toObject();
    const QString type = proxy.value(QStringLiteral("type")).toString(QStringLiteral("system"));
    if (type == QLatin1String("system"))
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    *useSystemProxy = false;
    if (type == QLatin1String("none"))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QNetworkProxy::ProxyType proxyType =
        type == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(
        proxyType, proxy.value(QStringLiteral("host")).toString(),
        quint16(proxy.value(QStringLiteral("port")).toInt(type == QLatin1String("socks5") ? 1080 : 8080)),
        proxy.value(QStringLiteral("user")).toString(), config.secret(QStringLiteral("proxyPassword")));
}
