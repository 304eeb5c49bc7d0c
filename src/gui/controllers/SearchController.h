// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SearchHit.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class ChatController;
class ConversationListModel;
class ConversationListPane;
class Database;
class QAbstractItemModel;
class QStandardItemModel;
class SearchService;

// Full-text search from the sidebar's search field: typing pauses briefly, the query runs on
// the search thread (a slow query never blocks the window), hits with their snippets replace the
// conversation list, and choosing a hit opens its conversation on the branch of that message.
class SearchController : public QObject
{
    Q_OBJECT
public:
    SearchController(ConversationListPane &pane, Database &db, ConversationListModel &conversations,
                     ChatController &chat, QObject *parent = nullptr);
    ~SearchController() override;

    QStandardItemModel *results() const { return m_results; }
    bool isShowingResults() const;
    // Opens the hit in row `row` of the results.
    void openHit(int row);
    // Searches only the project this gives (0: everything); called on every search.
    void setProjectScope(std::function<qint64()> scope) { m_scope = std::move(scope); }
    // Runs the current search again (the scope changed).
    void refresh() { startSearch(); }

Q_SIGNALS:
    void resultsShown(int count);

private:
    void showList(QAbstractItemModel *model);
    void startSearch();
    void showHits(int requestId, const QList<SearchHit> &hits);

    ConversationListPane &m_pane;
    Database &m_db;
    ConversationListModel &m_conversations;
    ChatController &m_chat;
    std::unique_ptr<SearchService> m_service;
    QStandardItemModel *m_results;
    QTimer m_debounce;
    int m_request = 0;
    std::function<qint64()> m_scope;
};
