// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyFields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

ProxyFields::ProxyFields(const Widgets &widgets, const QString &inheritLabel, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
{
    if (!inheritLabel.isEmpty())
        m_widgets.type->addItem(inheritLabel, QString());
    m_widgets.type->addItem(tr("System proxy settings"), QStringLiteral("system"));
    m_widgets.type->addItem(tr("No proxy"), QStringLiteral("none"));
    m_widgets.type->addItem(tr("HTTP proxy"), QStringLiteral("http"));
    m_widgets.type->addItem(tr("SOCKS5 proxy"), QStringLiteral("socks5"));
    connect(m_widgets.type, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProxyFields::kindChosen);
    updateEnabled();
}

void ProxyFields::kindChosen()
{
    // The usual port of the kind, unless one was typed.
    const QString kind = type();
    if (kind == QLatin1String("socks5") && m_widgets.port->value() == 8080)
        m_widgets.port->setValue(1080);
    else if (kind == QLatin1String("http") && m_widgets.port->value() == 1080)
        m_widgets.port->setValue(8080);
    updateEnabled();
}

QString ProxyFields::type() const
{
    return m_widgets.type->currentData().toString();
}

bool ProxyFields::isManual() const
{
    const QString kind = type();
    return kind == QLatin1String("http") || kind == QLatin1String("socks5");
}

void ProxyFields::show(const QString &type, const QJsonObject &proxy, int defaultPort)
{
    {
        // Showing is not choosing: whoever listens for a new kind hears nothing.
        const QSignalBlocker blocker(m_widgets.type);
        m_widgets.type->setCurrentIndex(qMax(0, m_widgets.type->findData(type)));
    }
    m_widgets.host->setText(proxy.value(QLatin1String("host")).toString());
    m_widgets.port->setValue(proxy.value(QLatin1String("port")).toInt(defaultPort));
    m_widgets.user->setText(proxy.value(QLatin1String("user")).toString());
    updateEnabled();
}

QJsonObject ProxyFields::toJson() const
{
    QJsonObject proxy{{QStringLiteral("type"), type()}};
    if (isManual()) {
        proxy.insert(QStringLiteral("host"), m_widgets.host->text().trimmed());
        proxy.insert(QStringLiteral("port"), m_widgets.port->value());
        if (!m_widgets.user->text().trimmed().isEmpty())
            proxy.insert(QStringLiteral("user"), m_widgets.user->text().trimmed());
    }
    return proxy;
}

void ProxyFields::updateEnabled()
{
    const bool manual = isManual();
    m_widgets.host->setEnabled(manual);
    m_widgets.port->setEnabled(manual);
    m_widgets.user->setEnabled(manual);
    m_widgets.password->setEnabled(manual);
}
