// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

// A throwaway profile: XDG dirs in a temporary directory and a freshly opened history.
class TempHistory
{
public:
    TempHistory()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/data")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/config")));
    }

    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.path() + QStringLiteral("/history.sqlite"); }

    // Opens (creating) the history; fails the calling test if it cannot.
    Database &open()
    {
        m_db = std::make_unique<Database>();
        m_status = m_db->open(path());
        return *m_db;
    }
    Database &db() { return *m_db; }
    Database::OpenStatus status() const { return m_status; }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next()) {
            return QVariant();
        }
        return q.value(0);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Database::OpenStatus m_status = Database::OpenStatus::Failed;
};

#define OPEN_HISTORY(history)                                                                                \
    do {                                                                                                     \
        (history).open();                                                                                    \
        QCOMPARE(int((history).status()), int(Database::OpenStatus::Ok));                                    \
    } while (false)
