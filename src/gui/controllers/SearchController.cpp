// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchController.h"

#include "ChatController.h"
#include "ConversationListModel.h"
#include "ConversationListPane.h"
#include "SearchHitDelegate.h"
#include "gui/chatview/ChatView.h"

#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/SearchService.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

namespace {
enum HitRoles { ConversationIdRole = Qt::UserRole + 1, MessageIdRole };
} // namespace

SearchController::SearchController(ConversationListPane &pane, Database &db,
                                   ConversationListModel &conversations, ChatController &chat,
                                   QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_db(db)
    , m_conversations(conversations)
    , m_chat(chat)
    , m_results(new QStandardItemModel(this))
{
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<StorageError>();
    // A second connection on its own thread needs a file; an in-memory history has none.
    if (db.path() != QLatin1String(":memory:"))
        m_service = std::make_unique<SearchService>(db.path());
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::startSearch);
    connect(m_pane.searchField(), &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_pane.searchField(), &QLineEdit::returnPressed, this, [this] {
        if (isShowingResults() && m_results->rowCount() > 0)
            openHit(0);
    });
    if (m_service) {
        connect(m_service.get(), &SearchService::finished, this, &SearchController::showHits);
        // A failed search says so in the list instead of showing nothing.
        connect(m_service.get(), &SearchService::failed, this,
                [this](int requestId, const StorageError &error) {
                    if (requestId != m_request)
                        return;
                    m_results->clear();
                    auto *item = new QStandardItem(tr("The search failed: %1").arg(error.userMessage()));
                    item->setEditable(false);
                    item->setEnabled(false);
                    m_results->appendRow(item);
                    if (!isShowingResults())
                        showList(m_results);
                });
    }
    // Conversation rows have no title role, so the delegate paints them as before.
    m_pane.conversationView()->setItemDelegate(new SearchHitDelegate(m_pane.conversationView()));
    connect(&m_pane, &ConversationListPane::currentIndexChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.model() == m_results)
            openHit(index.row());
    });
}

SearchController::~SearchController() = default;

bool SearchController::isShowingResults() const
{
    return m_pane.conversationView()->model() == m_results;
}

void SearchController::showList(QAbstractItemModel *model)
{
    // Conversation rows are one line (uniform heights keep a long list fast); a hit is one or
    // two lines, as it has a snippet or not.
    m_pane.conversationView()->setUniformRowHeights(model != m_results);
    m_pane.setModel(model);
}

void SearchController::startSearch()
{
    const QString text = m_pane.searchField()->text().trimmed();
    if (text.isEmpty() || !m_service) {
        ++m_request; // a late answer to an older query is ignored
        if (isShowingResults())
            showList(&m_conversations);
        return;
    }
    m_request = m_service->search(text, 50, m_scope ? m_scope() : 0);
}

void SearchController::showHits(int requestId, const QList<SearchHit> &hits)
{
    if (requestId != m_request || m_pane.searchField()->text().trimmed().isEmpty())
        return;
    m_results->clear();
    for (const SearchHit &hit : hits) {
        const QString title =
            hit.conversationTitle.isEmpty() ? tr("New conversation") : hit.conversationTitle;
        QList<SearchHitDelegate::Highlight> highlights;
        const QString snippet = hit.messageId
                                    ? SearchHitDelegate::splitMarked(hit.snippet, SearchHit::kHighlightStart,
                                                                     SearchHit::kHighlightEnd, &highlights)
                                    : QString();
        auto *item = new QStandardItem(hit.messageId ? QStringLiteral("%1\n%2").arg(title, snippet) : title);
        item->setData(title, SearchHitDelegate::TitleRole);
        item->setData(snippet, SearchHitDelegate::SnippetRole);
        item->setData(QVariant::fromValue(highlights), SearchHitDelegate::HighlightsRole);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), hit.snippetHtml()));
        item->setData(hit.conversationId, ConversationIdRole);
        item->setData(hit.messageId, MessageIdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (!isShowingResults())
        showList(m_results);
    Q_EMIT resultsShown(int(hits.size()));
}

void SearchController::openHit(int row)
{
    const QModelIndex index = m_results->index(row, 0);
    if (!index.isValid())
        return;
    const qint64 conversationId = index.data(ConversationIdRole).toLongLong();
    const qint64 messageId = index.data(MessageIdRole).toLongLong();
    // The hit's branch becomes the visible one, so the found message is on screen.
    if (messageId)
        MessageRepository(m_db).switchToBranch(messageId);
    m_chat.openConversation(conversationId);
    // And scrolled to, once the view has its size for the new conversation.
    if (messageId)
        QTimer::singleShot(0, &m_chat,
                           [this, messageId] { m_chat.view()->scrollToMessage(QString::number(messageId)); });
}
