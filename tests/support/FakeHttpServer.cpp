// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include <QFile>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

// One accepted connection: parses requests and plays the scripted responses.
class FakeConnection : public QObject
{
public:
    FakeConnection(FakeHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (!m_closedByServer)
                Q_EMIT m_server->clientDisconnected();
            deleteLater();
        });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_responding) {
            const int headerEnd = int(m_buffer.indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length").toInt();
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            request.body = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, headerEnd + 4 + length);
            respond(m_server->takeResponse(request), request.header("connection").toLower() == "close");
        }
    }

    void respond(const FakeResponse &response, bool clientAsksClose)
    {
        m_responding = true;
        m_response = response;
        m_step = 0;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status()) + ' ' +
                          (response.reason().isEmpty() ? reasonFor(response.status()) : response.reason()) +
                          "\r\n";
        bool hasLength = false;
        bool closeRequested = false;
        for (const auto &header : response.headers()) {
            head += header.first + ": " + header.second + "\r\n";
            hasLength = hasLength || header.first.toLower() == "content-length";
            closeRequested = closeRequested ||
                             (header.first.toLower() == "connection" && header.second.toLower() == "close");
        }
        m_closeAtEnd = closeRequested;
        if (response.isChunked()) {
            head += "Transfer-Encoding: chunked\r\n";
        } else if (!hasLength && !response.endsEarly()) {
            head += "Content-Length: " + QByteArray::number(response.body().size()) + "\r\n";
        } else if (!hasLength) {
            head += "Connection: close\r\n"; // the body ends when the connection does
            m_closeAtEnd = true;
        }
        if (clientAsksClose && !closeRequested) {
            head += "Connection: close\r\n";
            m_closeAtEnd = true;
        }
        head += "\r\n";
        m_socket->write(head);
        m_socket->flush();
        playNext();
    }

    void playNext()
    {
        const QList<FakeResponse::Step> steps = m_response.steps();
        while (m_step < steps.size()) {
            const FakeResponse::Step step = steps.at(m_step++);
            switch (step.kind) {
            case FakeResponse::Step::Kind::Write:
                if (m_response.isChunked())
                    m_socket->write(QByteArray::number(step.bytes.size(), 16) + "\r\n" + step.bytes + "\r\n");
                else
                    m_socket->write(step.bytes);
                m_socket->flush();
                break;
            case FakeResponse::Step::Kind::Delay: {
                QPointer<FakeConnection> self(this);
                QTimer::singleShot(step.ms, this, [self] {
                    if (self)
                        self->playNext();
                });
                return;
            }
            case FakeResponse::Step::Kind::Stall: return;
            case FakeResponse::Step::Kind::Cut:
                m_closedByServer = true;
                m_socket->flush();
                m_socket->abort();
                return;
            }
        }
        if (m_response.isChunked()) {
            m_socket->write("0\r\n\r\n");
            m_socket->flush();
        }
        if (m_closeAtEnd) {
            m_closedByServer = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_responding = false;
        processBuffer();
    }

    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 402: return "Payment Required";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 408: return "Request Timeout";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    FakeHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    FakeResponse m_response;
    int m_step = 0;
    bool m_responding = false;
    bool m_closeAtEnd = false;
    bool m_closedByServer = false;
};

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QTcpServer(parent)
{}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool FakeHttpServer::startTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
    return start();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    result.setHost(m_tls ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    result.setPort(serverPort());
    result.setPath(path);
    return result;
}

void FakeHttpServer::enqueue(const FakeResponse &response)
{
    m_queue.append(response);
}

FakeResponse FakeHttpServer::takeResponse(const RecordedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    if (m_queue.isEmpty())
        return FakeResponse::json(500, QByteArrayLiteral("{\"error\":{\"message\":\"unscripted request\"}}"));
    return m_queue.takeFirst();
}

void FakeHttpServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connectionCount;
    if (m_tls) {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        new FakeConnection(this, socket);
        socket->startServerEncryption();
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new FakeConnection(this, socket);
}

QSslCertificate FakeHttpServer::testCertificate()
{
    QFile file(QStringLiteral(MMCHAT_TEST_SUPPORT_DATA_DIR "/localhost.crt"));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QSslKey FakeHttpServer::testKey()
{
    QFile file(QStringLiteral(MMCHAT_TEST_SUPPORT_DATA_DIR "/localhost.key"));
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    return QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem);
}
