// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchHit.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QList>
#include <QObject>

#include <memory>

class Database;

// Lives in SearchService's thread and owns that thread's own connection to the history.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(const QString &databasePath, const QAtomicInt *latestRequest);
    ~SearchWorker() override;

    // Runs a search unless a newer request has been queued meanwhile.
    void run(int requestId, const QString &text, int limit, qint64 projectId = 0);

Q_SIGNALS:
    void finished(int requestId, const QList<SearchHit> &hits);
    void failed(int requestId, const StorageError &error);

private:
    QString m_path;
    const QAtomicInt *m_latestRequest;
    std::unique_ptr<Database> m_db;
};
