// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "storage/ConversationRepository.h"

#include <QFont>
#include <QIcon>

#include <QLocale>
#include <algorithm>

ConversationListModel::ConversationListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    reload();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Conversation &conversation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return conversation.title.isEmpty() ? tr("New conversation") : conversation.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast used %2")
            .arg(conversation.title.isEmpty() ? tr("New conversation") : conversation.title,
                 QLocale().toString(conversation.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::DecorationRole:
        return conversation.pinned ? QIcon::fromTheme(QStringLiteral("pin")) : QVariant();
    case Qt::FontRole: {
        if (!conversation.pinned)
            return {};
        QFont font;
        font.setBold(true); // pinned ones stand out even where the icon theme has no pin
        return font;
    }
    case IdRole: return conversation.id;
    case PinnedRole: return conversation.pinned;
    case UpdatedRole: return conversation.updatedAt;
    default: return {};
    }
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty())
        return false;
    Conversation &conversation = m_rows[index.row()];
    if (!ConversationRepository(m_db).rename(conversation.id, title))
        return false;
    conversation.title = title;
    Q_EMIT dataChanged(index, index);
    return true;
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows = ConversationRepository(m_db).listPage(ConversationFilter::all(), kPageSize);
    if (!m_hidden.isEmpty())
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                    [this](const Conversation &c) { return m_hidden.contains(c.id); }),
                     m_rows.end());
    endResetModel();
}

void ConversationListModel::setHidden(qint64 conversationId, bool hidden)
{
    if (hidden == m_hidden.contains(conversationId))
        return;
    if (hidden)
        m_hidden.insert(conversationId);
    else
        m_hidden.remove(conversationId);
    reload();
}

QModelIndex ConversationListModel::indexOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return index(row);
    }
    return {};
}

qint64 ConversationListModel::conversationId(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).id : 0;
}
