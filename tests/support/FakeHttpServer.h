// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeResponse.h"
#include "RecordedRequest.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

// A scripted HTTP/1.1 server on 127.0.0.1 (port 0) for provider tests. Each request takes the
// next queued FakeResponse (a 500 "unscripted" when the queue is empty) and is recorded.
// Keep-alive is supported for responses with a known end (Content-Length or chunked).
// startTls() serves HTTPS with the given certificate (QSslSocket::startServerEncryption).
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool start();
    bool startTls(const QSslCertificate &certificate, const QSslKey &key);

    QUrl url(const QString &path = QString()) const;

    void enqueue(const FakeResponse &response);
    int pendingResponses() const { return int(m_queue.size()); }

    QList<RecordedRequest> requests() const { return m_requests; }
    RecordedRequest lastRequest() const
    {
        return m_requests.isEmpty() ? RecordedRequest() : m_requests.last();
    }
    int connectionCount() const { return m_connectionCount; }

    // Test certificate and key for 127.0.0.1 / localhost (tests/support/data).
    static QSslCertificate testCertificate();
    static QSslKey testKey();

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);
    // The client closed a connection (or it broke) while the server had not closed it.
    void clientDisconnected();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class FakeConnection;
    FakeResponse takeResponse(const RecordedRequest &request);

    QList<FakeResponse> m_queue;
    QList<RecordedRequest> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    int m_connectionCount = 0;
};
