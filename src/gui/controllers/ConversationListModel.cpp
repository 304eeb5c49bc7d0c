// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "storage/ConversationRepository.h"
#include "storage/ProjectRepository.h"

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

const QString ConversationListModel::kMimeType = QStringLiteral("application/x-mmchat-conversation-ids");

ConversationListModel::ConversationListModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{
    reload();
}

// Top-level rows have internal id 0: folders first, then loose conversations. A conversation
// inside folder f has internal id f + 1.
QModelIndex ConversationListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ConversationListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_folders.size() + m_loose.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_folders.size())
        return 0;
    return int(m_folders.at(parent.row()).conversations.size());
}

int ConversationListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const Conversation *ConversationListModel::conversationAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() != 0) {
        const Folder &folder = m_folders.at(int(index.internalId() - 1));
        return index.row() < folder.conversations.size() ? &folder.conversations.at(index.row()) : nullptr;
    }
    const int loose = index.row() - int(m_folders.size());
    return loose >= 0 && loose < m_loose.size() ? &m_loose.at(loose) : nullptr;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Conversation *found = conversationAt(index);
    if (!found) {
        if (index.internalId() != 0 || index.row() >= m_folders.size())
            return {};
        const Folder &folder = m_folders.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return folder.project.name;
        case Qt::ToolTipRole:
            return tr("Project %1: %n conversation(s)", nullptr, int(folder.conversations.size()))
                .arg(folder.project.name);
        case Qt::DecorationRole: return QIcon::fromTheme(QStringLiteral("folder"));
        case ProjectIdRole: return folder.project.id;
        case IdRole: return qint64(0);
        default: return {};
        }
    }
    const Conversation &conversation = *found;
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
    case ProjectIdRole: return conversation.projectId;
    default: return {};
    }
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_projectFilter ? Qt::NoItemFlags : Qt::ItemIsDropEnabled; // out of any project
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return conversationAt(index) ? base | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                                 : base | Qt::ItemIsDropEnabled;
}

QStringList ConversationListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *ConversationListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = conversationId(index))
            ids << QString::number(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, ids.join(QLatin1Char(',')).toLatin1());
    return data;
}

bool ConversationListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                            const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(kMimeType) || action != Qt::MoveAction || m_projectFilter)
        return false;
    // Onto a folder, or between top-level rows (out of any project); not onto a conversation.
    return !parent.isValid() || (!conversationAt(parent) && parent.internalId() == 0);
}

bool ConversationListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    for (const QByteArray &id : data->data(kMimeType).split(','))
        if (id.toLongLong() > 0)
            ids << id.toLongLong();
    const qint64 projectId = parent.isValid() ? m_folders.at(parent.row()).project.id : 0;
    // After the drop has finished: the move reloads (resets) this model.
    QMetaObject::invokeMethod(
        this, [this, ids, projectId] { Q_EMIT conversationsDropped(ids, projectId); }, Qt::QueuedConnection);
    // False: the rows are not removed by the view; the reload moves them.
    return false;
}

void ConversationListModel::setProjectFilter(qint64 projectId)
{
    if (projectId == m_projectFilter)
        return;
    m_projectFilter = projectId;
    m_read = 0; // another list: from its first page
    reload();
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Conversation *found = conversationAt(index);
    if (role != Qt::EditRole || !found)
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty() || !ConversationRepository(m_db).rename(found->id, title))
        return false;
    const_cast<Conversation *>(found)->title = title;
    Q_EMIT dataChanged(index, index);
    return true;
}

QList<Conversation> ConversationListModel::readPage(int limit, int offset)
{
    const ConversationFilter filter =
        m_projectFilter ? ConversationFilter::inProject(m_projectFilter) : ConversationFilter::all();
    QList<Conversation> page = ConversationRepository(m_db).listPage(filter, limit, offset);
    m_read += int(page.size());
    m_hasMore = page.size() == limit;
    page.erase(std::remove_if(page.begin(), page.end(),
                              [this](const Conversation &c) { return m_hidden.contains(c.id); }),
               page.end());
    return page;
}

QHash<qint64, int> ConversationListModel::folderRows() const
{
    QHash<qint64, int> rows;
    for (int f = 0; f < m_folders.size(); ++f)
        rows.insert(m_folders.at(f).project.id, f);
    return rows;
}

void ConversationListModel::reload()
{
    // As far as it was read before, so a list scrolled far down stays as long.
    const int limit = qMax(int(kFirstPage), m_read);
    beginResetModel();
    m_folders.clear();
    m_loose.clear();
    m_read = 0;
    if (m_projectFilter) {
        m_loose = readPage(limit, 0);
        endResetModel();
        return;
    }
    // Every project is a folder, an empty one too: it is where conversations can be dropped.
    for (const Project &project : ProjectRepository(m_db).list())
        m_folders << Folder{project, {}};
    std::sort(m_folders.begin(), m_folders.end(), [](const Folder &a, const Folder &b) {
        return QString::localeAwareCompare(a.project.name, b.project.name) < 0;
    });
    const QHash<qint64, int> folderOf = folderRows();
    for (const Conversation &conversation : readPage(limit, 0)) {
        const auto it = folderOf.constFind(conversation.projectId);
        if (it == folderOf.constEnd())
            m_loose << conversation;
        else
            m_folders[*it].conversations << conversation;
    }
    endResetModel();
}

void ConversationListModel::readMore()
{
    if (!m_hasMore)
        return;
    const QList<Conversation> page = readPage(kPageSize, m_read);
    // The page continues each group's order: its conversations go to the end of their folder
    // or of the loose ones.
    QHash<qint64, QList<Conversation>> byProject;
    QList<Conversation> loose;
    const QHash<qint64, int> folderOf = folderRows(); // none with a project filter
    for (const Conversation &conversation : page) {
        if (folderOf.contains(conversation.projectId))
            byProject[conversation.projectId] << conversation;
        else
            loose << conversation;
    }
    for (auto it = byProject.constBegin(); it != byProject.constEnd(); ++it) {
        const int f = folderOf.value(it.key());
        QList<Conversation> &conversations = m_folders[f].conversations;
        const int first = int(conversations.size());
        beginInsertRows(index(f, 0), first, first + int(it.value().size()) - 1);
        conversations << it.value();
        endInsertRows();
    }
    if (!loose.isEmpty()) {
        const int first = int(m_folders.size() + m_loose.size());
        beginInsertRows(QModelIndex(), first, first + int(loose.size()) - 1);
        m_loose << loose;
        endInsertRows();
    }
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
    for (int f = 0; f < m_folders.size(); ++f) {
        const QList<Conversation> &conversations = m_folders.at(f).conversations;
        for (int row = 0; row < conversations.size(); ++row) {
            if (conversations.at(row).id == conversationId)
                return createIndex(row, 0, quintptr(f + 1));
        }
    }
    for (int row = 0; row < m_loose.size(); ++row) {
        if (m_loose.at(row).id == conversationId)
            return createIndex(int(m_folders.size()) + row, 0, quintptr(0));
    }
    return {};
}

qint64 ConversationListModel::conversationId(const QModelIndex &index) const
{
    const Conversation *found = conversationAt(index);
    return found ? found->id : 0;
}
