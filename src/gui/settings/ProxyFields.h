// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The proxy kind, host, port and user fields of a settings page, shown from and read into a
// "proxy" object of config.json. Host, port, user and password are editable for a manual
// (HTTP or SOCKS5) proxy only; where the password goes is the page's business.
class ProxyFields : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QComboBox *type;
        QLineEdit *host;
        QSpinBox *port;
        QLineEdit *user;
        QLineEdit *password;
    };

    // inheritLabel, when not empty, is a first kind (an empty type) meaning "no proxy of its own".
    ProxyFields(const Widgets &widgets, const QString &inheritLabel, QObject *parent = nullptr);

    QString type() const;
    bool isManual() const;
    // Shows the proxy as the given kind (an unknown one as the first kind).
    void show(const QString &type, const QJsonObject &proxy, int defaultPort);
    // {type} and, for a manual proxy, host, port and the user when there is one.
    QJsonObject toJson() const;

private:
    // A kind chosen by the user: its usual port (1080 for SOCKS5, 8080 for HTTP) unless another
    // was typed, and the fields it uses enabled.
    void kindChosen();
    void updateEnabled();

    Widgets m_widgets;
};
