// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Conversation.h"
#include "storage/Project.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

class Database;

// The conversation list as a Qt model: an adapter over ConversationRepository. Projects come
// first as folders holding their conversations; conversations without a project follow at the
// top level. Within each, pinned first, then most recently used. With a project filter only
// that project's conversations are listed, without folders. Conversations can be dragged onto
// a folder (or out of one); the model says so with conversationsDropped() and leaves the move
// to its controller. It reads pages through the repositories and never runs SQL itself: a
// first page at start (what fills a screen, so the window comes up at once), then the next
// page when the view has been scrolled to the end. (Not canFetchMore/fetchMore: QTreeView
// fetches once more on every full layout, which would read the whole list at start.)
class ConversationListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, PinnedRole, UpdatedRole, ProjectIdRole };

    explicit ConversationListModel(Database &db, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // 0 lists everything; a project id lists only that project's conversations.
    void setProjectFilter(qint64 projectId);
    qint64 projectFilter() const { return m_projectFilter; }

    // Reads the list again (after a send, rename, delete …), as far as it had been read.
    void reload();
    // Whether older conversations are still unread, and reading the next page of them.
    bool hasMore() const { return m_hasMore; }
    void readMore();
    // Hidden conversations are left out of the list (deleted, while Undo is still offered).
    void setHidden(qint64 conversationId, bool hidden);
    QModelIndex indexOf(qint64 conversationId) const;
    // 0 for a project folder.
    qint64 conversationId(const QModelIndex &index) const;

    static constexpr int kFirstPage = 100;
    static constexpr int kPageSize = 200;
    static const QString kMimeType; // the ids of dragged conversations

Q_SIGNALS:
    // Conversations were dropped on a project folder (projectId) or outside any (0).
    void conversationsDropped(const QList<qint64> &conversationIds, qint64 projectId);

private:
    struct Folder
    {
        Project project;
        QList<Conversation> conversations;
    };
    // The conversation at index, or nullptr for a folder.
    const Conversation *conversationAt(const QModelIndex &index) const;
    // The row of each project's folder, by project id.
    QHash<qint64, int> folderRows() const;
    // Up to `limit` conversations from `offset` on, in list order.
    QList<Conversation> readPage(int limit, int offset);

    Database &m_db;
    QList<Folder> m_folders;
    QList<Conversation> m_loose; // without a project
    QSet<qint64> m_hidden;
    qint64 m_projectFilter = 0;
    int m_read = 0; // conversations read so far (hidden ones included)
    bool m_hasMore = false;
};
