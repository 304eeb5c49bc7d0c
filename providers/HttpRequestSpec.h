// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request as a provider type describes it; HttpChatProvider sends it.
struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};
