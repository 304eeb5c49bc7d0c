// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

// A SOCKS5 proxy on 127.0.0.1 (RFC 1928, with RFC 1929 user/password when credentials are
// set): it records where each client asked to go and relays the connection to one fixed target,
// so a provider pointed at a name that does not resolve still reaches a fake server.
class FakeSocks5Proxy : public QObject
{
    Q_OBJECT
public:
    struct Connect
    {
        QString host; // as the client sent it: a name (remote DNS) or an address
        quint16 port = 0;
        QString user;
        QString password;
    };

    explicit FakeSocks5Proxy(QObject *parent = nullptr);

    bool start(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }
    // With credentials set, only clients that send them are let through.
    void requireCredentials(const QString &user, const QString &password);
    QList<Connect> connects() const { return m_connects; }
    int refused() const { return m_refused; }

private:
    void serve(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    QString m_user;
    QString m_password;
    QList<Connect> m_connects;
    int m_refused = 0;
};
