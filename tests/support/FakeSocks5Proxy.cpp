// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSocks5Proxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>
#include <utility>

namespace {

// One client's handshake, read as its bytes arrive.
struct Handshake
{
    enum class Stage { Greeting, Auth, Request, Relaying } stage = Stage::Greeting;
    QByteArray buffer;
    FakeSocks5Proxy::Connect connect;
};

} // namespace

FakeSocks5Proxy::FakeSocks5Proxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

bool FakeSocks5Proxy::start(quint16 targetPort)
{
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost);
}

void FakeSocks5Proxy::requireCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void FakeSocks5Proxy::serve(QTcpSocket *client)
{
    auto state = std::make_shared<Handshake>();
    auto *target = new QTcpSocket(client);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(target, &QTcpSocket::readyRead, client, [client, target] { client->write(target->readAll()); });
    connect(target, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::readyRead, this, [this, client, target, state] {
        state->buffer += client->readAll();
        const QByteArray &b = state->buffer;
        for (;;) {
            switch (state->stage) {
            case Handshake::Stage::Greeting: {
                if (b.size() < 2 || b.size() < 2 + quint8(b.at(1)))
                    return;
                const QByteArray methods = b.mid(2, quint8(b.at(1)));
                const char wanted = m_user.isEmpty() ? '\x00' : '\x02';
                state->buffer.remove(0, 2 + methods.size());
                if (!methods.contains(wanted)) {
                    ++m_refused;
                    client->write(QByteArray("\x05\xff", 2));
                    client->disconnectFromHost();
                    return;
                }
                client->write(QByteArray("\x05", 1) + wanted);
                state->stage = m_user.isEmpty() ? Handshake::Stage::Request : Handshake::Stage::Auth;
                break;
            }
            case Handshake::Stage::Auth: {
                if (b.size() < 2)
                    return;
                const int userLength = quint8(b.at(1));
                if (b.size() < 2 + userLength + 1)
                    return;
                const int passwordLength = quint8(b.at(2 + userLength));
                if (b.size() < 3 + userLength + passwordLength)
                    return;
                state->connect.user = QString::fromUtf8(b.mid(2, userLength));
                state->connect.password = QString::fromUtf8(b.mid(3 + userLength, passwordLength));
                state->buffer.remove(0, 3 + userLength + passwordLength);
                if (state->connect.user != m_user || state->connect.password != m_password) {
                    ++m_refused;
                    client->write(QByteArray("\x01\x01", 2));
                    client->disconnectFromHost();
                    return;
                }
                client->write(QByteArray("\x01\x00", 2));
                state->stage = Handshake::Stage::Request;
                break;
            }
            case Handshake::Stage::Request: {
                // VER CMD RSV ATYP address PORT; only CONNECT to a name or an IPv4 address.
                if (b.size() < 5)
                    return;
                const char type = b.at(3);
                int addressLength = 0;
                if (type == '\x01')
                    addressLength = 4;
                else if (type == '\x03')
                    addressLength = 1 + quint8(b.at(4));
                else {
                    client->write(QByteArray("\x05\x08\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                    client->disconnectFromHost();
                    return;
                }
                if (b.size() < 4 + addressLength + 2)
                    return;
                state->connect.host =
                    type == '\x03' ? QString::fromUtf8(b.mid(5, addressLength - 1))
                                   : QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString();
                state->connect.port = qFromBigEndian<quint16>(b.constData() + 4 + addressLength);
                state->buffer.remove(0, 4 + addressLength + 2);
                m_connects.append(state->connect);
                state->stage = Handshake::Stage::Relaying;
                connect(target, &QTcpSocket::connected, client, [client, target, state] {
                    client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
                    if (!state->buffer.isEmpty())
                        target->write(std::exchange(state->buffer, QByteArray()));
                });
                target->connectToHost(QHostAddress::LocalHost, m_targetPort);
                return;
            }
            case Handshake::Stage::Relaying:
                if (target->state() == QAbstractSocket::ConnectedState && !b.isEmpty())
                    target->write(std::exchange(state->buffer, QByteArray()));
                return;
            }
        }
    });
}
