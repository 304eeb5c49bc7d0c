// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchWorker.h"

#include "Database.h"
#include "SearchRepository.h"

SearchWorker::SearchWorker(const QString &databasePath, const QAtomicInt *latestRequest)
    : m_path(databasePath)
    , m_latestRequest(latestRequest)
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(int requestId, const QString &text, int limit, qint64 projectId)
{
    if (requestId != m_latestRequest->loadAcquire()) {
        return; // the user typed on; only the newest query matters
    }
    if (!m_db) {
        // Opened here, in the worker's thread: QtSql connections must stay in one thread.
        auto db = std::make_unique<Database>();
        if (db->openSecondary(m_path) == Database::OpenStatus::Failed) {
            Q_EMIT failed(requestId, db->error());
            return;
        }
        m_db = std::move(db);
    }
    SearchRepository repository(*m_db);
    const QList<SearchHit> hits = repository.search(text, limit, true, projectId);
    if (repository.lastError().isError()) {
        Q_EMIT failed(requestId, repository.lastError());
        return;
    }
    Q_EMIT finished(requestId, hits);
}
