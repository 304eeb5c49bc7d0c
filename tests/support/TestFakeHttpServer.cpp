// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

// The fake server is what every provider test trusts, so its wire output is checked raw.
class TestFakeHttpServer : public QObject
{
    Q_OBJECT

private:
    static QByteArray exchange(FakeHttpServer &server, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!socket.waitForConnected(2000))
            return {};
        socket.write(request);
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 3000) {
            QCoreApplication::processEvents();
            if (socket.waitForReadyRead(50))
                received += socket.readAll();
        }
        received += socket.readAll();
        return received;
    }

private Q_SLOTS:
    void request_isRecordedWithHeadersAndBody()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::json(200, "{}").header("Connection", "close"));
        exchange(server, "POST /v1/chat?x=1 HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer k\r\n"
                         "Content-Length: 7\r\n\r\n{\"a\":1}");
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest request = server.lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat?x=1"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer k"));
        QCOMPARE(request.json().value(QStringLiteral("a")).toInt(), 1);
    }

    void chunkedResponse_framesEachPieceAndEnds()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse("data: ab\n\n").splitBodyAt({3}, 1).header("Connection", "close"));
        const QByteArray raw = exchange(server, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY(raw.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(raw.contains("Transfer-Encoding: chunked\r\n"));
        QVERIFY(raw.endsWith("\r\n\r\n3\r\ndat\r\n7\r\na: ab\n\n\r\n0\r\n\r\n"));
    }

    void cut_dropsConnectionMidBody()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(FakeResponse::sse("data: partial").cut());
        const QByteArray raw = exchange(server, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY(raw.endsWith("d\r\ndata: partial\r\n"));
    }

    void unscriptedRequest_gets500()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        const QByteArray raw = exchange(server, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QVERIFY(raw.startsWith("HTTP/1.1 500 "));
    }

    void testCertificate_isLoadable()
    {
        QVERIFY(!FakeHttpServer::testCertificate().isNull());
        QVERIFY(!FakeHttpServer::testKey().isNull());
    }
};

QTEST_GUILESS_MAIN(TestFakeHttpServer)
#include "TestFakeHttpServer.moc"
