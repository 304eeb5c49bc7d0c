// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchTreeModel.h"

#include "RoleIcon.h"

#include "storage/MessageRepository.h"

#include <QFont>
#include <QIcon>
#include <QRegularExpression>

namespace {
// Forks nested deeper than this are not shown (a guard against a corrupt parent loop and the
// stack).
constexpr int kMaxForkDepth = 2000;
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
    m_nodes.clear();
    m_activePath.clear();
    m_activeLeaf = 0;
    if (m_conversationId) {
        MessageRepository messages(m_db);
        const QList<Message> path = messages.activePath(m_conversationId);
        for (const Message &message : path)
            m_activePath.insert(message.id);
        if (!path.isEmpty())
            m_activeLeaf = path.constLast().id;
        const QList<Message> all = messages.inConversation(m_conversationId);
        Children children;
        QList<const Message *> roots;
        for (const Message &message : all)
            (message.parentId ? children[message.parentId] : roots) << &message;
        if (roots.size() == 1)
            addRun(nullptr, m_roots, roots.constFirst(), children, 0);
        else
            for (const Message *root : std::as_const(roots))
                addBranch(nullptr, m_roots, root, children, 0);
    }
    endResetModel();
}

BranchTreeModel::Node *BranchTreeModel::addNode(Node *parent, NodeList &list, const Message &message)
{
    auto node = std::make_unique<Node>();
    node->message = message;
    node->parent = parent;
    node->row = int(list.size());
    Node *added = node.get();
    m_nodes.insert(message.id, added);
    list.push_back(std::move(node));
    return added;
}

void BranchTreeModel::addRun(Node *parent, NodeList &list, const Message *start, const Children &children,
                             int depth)
{
    for (const Message *message = start; message && !m_nodes.contains(message->id);) {
        Node *node = addNode(parent, list, *message);
        const QList<const Message *> next = children.value(message->id);
        if (next.size() != 1) {
            addForks(node, next, children, depth);
            return;
        }
        message = next.constFirst();
    }
}

void BranchTreeModel::addBranch(Node *parent, NodeList &list, const Message *head, const Children &children,
                                int depth)
{
    if (m_nodes.contains(head->id))
        return;
    Node *node = addNode(parent, list, *head);
    const QList<const Message *> next = children.value(head->id);
    if (next.size() == 1)
        addRun(node, node->children, next.constFirst(), children, depth + 1);
    else
        addForks(node, next, children, depth);
}

void BranchTreeModel::addForks(Node *node, const QList<const Message *> &heads, const Children &children,
                               int depth)
{
    if (depth >= kMaxForkDepth)
        return;
    for (const Message *head : heads)
        addBranch(node, node->children, head, children, depth + 1);
}

BranchTreeModel::Node *BranchTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

const BranchTreeModel::NodeList &BranchTreeModel::childrenOf(const Node *node) const
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
        if (message.pinned)
            parts << tr("pinned: never trimmed from the context");
        if (!message.inContext)
            parts << tr("left out of the context");
        return parts.join(QStringLiteral(" · "));
    }
    case DetailRole: {
        QStringList parts;
        if (message.role == MessageRole::Assistant && !message.model.isEmpty())
            parts << message.model;
        const qint64 tokens = message.usage.completionTokens.value_or(0);
        if (tokens > 0)
            parts << (message.usage.estimated ? QStringLiteral("\u2248") : QString()) +
                         tr("%n tokens", nullptr, int(tokens));
        if (message.pinned)
            parts << tr("pinned");
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole: return RoleIcon::forRole(message.role);
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

bool BranchTreeModel::setStreamingText(qint64 messageId, const QString &text)
{
    Node *node = m_nodes.value(messageId);
    if (!node)
        return false;
    node->message.content = text;
    const QModelIndex index = createIndex(node->row, 0, node);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole});
    return true;
}

QModelIndex BranchTreeModel::indexOf(qint64 messageId) const
{
    Node *node = m_nodes.value(messageId);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

qint64 BranchTreeModel::messageId(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->message.id : 0;
}
