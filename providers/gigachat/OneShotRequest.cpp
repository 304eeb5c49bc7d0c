// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gigachat/OneShotRequest.h"

#include "providers/HttpErrors.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

void OneShotRequest::await(QNetworkReply *reply, int timeoutMs, QObject *context, const Done &done)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("mmchatTimedOut", true);
        reply->abort();
    });
    timer->start(timeoutMs);
    // Nobody waits any more: stop the exchange instead of leaving it to the manager.
    QObject::connect(context, &QObject::destroyed, reply, [reply] {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->property("mmchatTimedOut").toBool()) {
            done(0, QByteArray(),
                 ProviderError(ProviderError::Kind::Timeout,
                               QCoreApplication::translate("OneShotRequest",
                                                           "The token service did not answer in time.")));
            return;
        }
        if (status == 0) {
            done(0, QByteArray(), HttpErrors::fromNetworkError(reply->error(), reply->errorString()));
            return;
        }
        done(status, body, ProviderError());
    });
}
