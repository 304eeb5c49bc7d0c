// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Conversation.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

class Database;

// The conversation list as a Qt model: an adapter over ConversationRepository, pinned first,
// then most recently used. It reads pages through the repository and never runs SQL itself.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, PinnedRole, UpdatedRole };

    explicit ConversationListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Re-reads the first page (after a send, rename, delete …).
    void reload();
    // Hidden conversations are left out of the list (deleted, while Undo is still offered).
    void setHidden(qint64 conversationId, bool hidden);
    QModelIndex indexOf(qint64 conversationId) const;
    qint64 conversationId(const QModelIndex &index) const;

    static constexpr int kPageSize = 500;

private:
    Database &m_db;
    QList<Conversation> m_rows;
    QSet<qint64> m_hidden;
};
