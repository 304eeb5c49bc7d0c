// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchTreeModel.h"

#include "storage/MessageRepository.h"

#include <QFont>
#include <QIcon>
#include <QRegularExpression>

namespace {
// Deeper trees are shown down to this depth (a guard against a corrupt parent loop).
constexpr int kMaxDepth = 10000;
} // namespace

BranchTreeModel::BranchTreeModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{}

BranchTreeModel::~BranchTreeModel() = default;

void BranchTreeModel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    reload();
}

void BranchTreeModel::reload()
{
    beginResetModel();
    m_roots.clear();
    m_activePath.clear();
    if (m_conversationId) {
        MessageRepository messages(m_db);
        const QList<Message> path = messages.activePath(m_conversationId);
        for (const Message &message : path)
            m_activePath.insert(message.id);
        if (!path.isEmpty()) {
            const QList<Message> roots = messages.siblings(path.constFirst().id);
            for (const Message &root : roots) {
                auto node = std::make_unique<Node>();
                node->message = root;
                node->row = int(m_roots.size());
                loadChildren(node.get(), 1);
                m_roots.push_back(std::move(node));
            }
        }
    }
    endResetModel();
}

void BranchTreeModel::loadChildren(Node *node, int depth)
{
    if (depth > kMaxDepth)
        return;
    const QList<Message> children = MessageRepository(m_db).children(node->message.id);
    for (const Message &child : children) {
        auto childNode = std::make_unique<Node>();
        childNode->message = child;
        childNode->parent = node;
        childNode->row = int(node->children.size());
        loadChildren(childNode.get(), depth + 1);
        node->children.push_back(std::move(childNode));
    }
}

BranchTreeModel::Node *BranchTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

const std::vector<std::unique_ptr<BranchTreeModel::Node>> &BranchTreeModel::childrenOf(const Node *node) const
{
    return node ? node->children : m_roots;
}

QModelIndex BranchTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const auto &children = childrenOf(nodeFor(parent));
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children.at(size_t(row)).get());
}

QModelIndex BranchTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int BranchTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeFor(parent)).size());
}

int BranchTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BranchTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const Message &message = node->message;
    const bool active = m_activePath.contains(message.id);
    switch (role) {
    case Qt::DisplayRole: {
        // The first line that has words, without Markdown emphasis and heading marks.
        QString line;
        for (const QString &candidate : message.content.split(QLatin1Char('\n'))) {
            line = candidate.simplified();
            if (!line.isEmpty() && !line.startsWith(QLatin1String("```")))
                break;
        }
        static const QRegularExpression markup(QStringLiteral("^#+\\s*|\\*\\*|__|`"));
        line.remove(markup);
        if (line.size() > 80)
            line = line.left(79) + QStringLiteral("…");
        if (line.isEmpty())
            line = message.state == MessageState::Streaming ? tr("(writing…)") : tr("(empty)");
        if (!message.label.isEmpty())
            line = QStringLiteral("[%1] %2").arg(message.label, line);
        return line;
    }
    case Qt::ToolTipRole: {
        QStringList parts;
        parts << (message.role == MessageRole::User        ? tr("You")
                  : message.role == MessageRole::Assistant ? tr("Assistant")
                                                           : tr("System"));
        if (!message.model.isEmpty())
            parts << message.model;
        if (message.usage.completionTokens)
            parts << tr("%n tokens", nullptr, int(*message.usage.completionTokens));
        if (!message.inContext)
            parts << tr("left out of the context");
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole:
        return QIcon::fromTheme(message.role == MessageRole::User ? QStringLiteral("user-identity")
                                                                  : QStringLiteral("computer"));
    case Qt::FontRole: {
        QFont font;
        font.setBold(active);
        font.setItalic(!message.inContext);
        return font;
    }
    case MessageIdRole: return message.id;
    case OnActivePathRole: return active;
    case RoleNameRole: return Message::roleName(message.role);
    default: return {};
    }
}

BranchTreeModel::Node *BranchTreeModel::find(Node *node, qint64 id) const
{
    if (node->message.id == id)
        return node;
    for (const auto &child : node->children) {
        if (Node *found = find(child.get(), id))
            return found;
    }
    return nullptr;
}

QModelIndex BranchTreeModel::indexOf(qint64 messageId) const
{
    for (const auto &root : m_roots) {
        if (Node *node = find(root.get(), messageId))
            return createIndex(node->row, 0, node);
    }
    return {};
}

qint64 BranchTreeModel::messageId(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->message.id : 0;
}
