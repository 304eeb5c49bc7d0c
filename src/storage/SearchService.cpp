// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include "SearchWorker.h"

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SearchHit>();
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<StorageError>();
    m_thread.setObjectName(QStringLiteral("mmchat-search"));
    m_worker = new SearchWorker(databasePath, &m_latestRequest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchService::finished);
    connect(m_worker, &SearchWorker::failed, this, &SearchService::failed);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latestRequest.storeRelease(-1); // drop what is still queued
    m_thread.quit();
    m_thread.wait();
}

int SearchService::search(const QString &text, int limit, qint64 projectId)
{
    const int id = m_latestRequest.fetchAndAddOrdered(1) + 1;
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, text, limit, projectId]() { worker->run(id, text, limit, projectId); },
        Qt::QueuedConnection);
    return id;
}
