// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include <mmchat/config.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

QString BuildInfo::applicationVersion()
{
    return QStringLiteral(MMCHAT_VERSION);
}

QString BuildInfo::qtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (runtime == built)
        return runtime;
    return QCoreApplication::translate("BuildInfo", "%1 (built with %2)").arg(runtime, built);
}

QString BuildInfo::qtKeychainVersion()
{
    return QStringLiteral(MMCHAT_QTKEYCHAIN_VERSION);
}

QString BuildInfo::sqliteVersion()
{
    QString version;
    const QString connection =
        QStringLiteral("mmchat-version-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version.isEmpty() ? QCoreApplication::translate("BuildInfo", "unavailable") : version;
}
