// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchHit.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QList>
#include <QObject>
#include <QThread>

class SearchWorker;

// Full-text search off the UI thread, on its own connection, so a slow query never blocks
// the window. Requests supersede each other: results only come for the newest one.
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override;

    // Returns the request id that finished() or failed() will carry. projectId: only that
    // project's conversations (0: all).
    int search(const QString &text, int limit = 50, qint64 projectId = 0);

Q_SIGNALS:
    void finished(int requestId, const QList<SearchHit> &hits);
    void failed(int requestId, const StorageError &error);

private:
    QThread m_thread;
    SearchWorker *m_worker = nullptr; // lives in m_thread, deleted there
    QAtomicInt m_latestRequest;
};
