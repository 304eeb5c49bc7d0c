// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationTree.h"

#include "Terminal.h"

#include "storage/MessageRepository.h"

#include <QJsonObject>

namespace {

QString firstLine(const QString &text, int maxLength)
{
    QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QStringLiteral("…");
    return line;
}

} // namespace

void ConversationTree::load(Database &db, qint64 conversationId)
{
    m_nodes.clear();
    m_roots.clear();
    m_activeIds.clear();
    MessageRepository messages(db);
    const QList<Message> path = messages.activePath(conversationId);
    if (path.isEmpty())
        return;
    for (const Message &message : path)
        m_activeIds << message.id;
    const QList<Message> roots = messages.siblings(path.constFirst().id);
    for (const Message &root : roots) {
        m_roots << int(m_nodes.size());
        addSubtree(db, root, roots.size() > 1 ? 1 : 0, roots.size() > 1, -1);
    }
}

void ConversationTree::addSubtree(Database &db, const Message &message, int depth, bool alternative,
                                  int parentIndex)
{
    // Iterative along single-child chains (a long conversation is a long chain), recursive
    // only at branch points.
    MessageRepository messages(db);
    Message current = message;
    int parent = parentIndex;
    bool isAlternative = alternative;
    int level = depth;
    while (true) {
        Node node;
        node.number = int(m_nodes.size()) + 1;
        node.message = current;
        node.depth = level;
        node.active = m_activeIds.contains(current.id);
        node.alternative = isAlternative;
        const int index = int(m_nodes.size());
        m_nodes << node;
        if (parent >= 0)
            m_nodes[parent].children << index;
        const QList<Message> children = messages.children(current.id);
        if (children.isEmpty())
            return;
        if (children.size() == 1) {
            parent = index;
            current = children.constFirst();
            isAlternative = false;
            continue;
        }
        for (const Message &child : children)
            addSubtree(db, child, level + 1, true, index);
        return;
    }
}

const ConversationTree::Node *ConversationTree::node(int number) const
{
    return number >= 1 && number <= m_nodes.size() ? &m_nodes.at(number - 1) : nullptr;
}

int ConversationTree::numberOf(qint64 messageId) const
{
    for (const Node &node : m_nodes) {
        if (node.message.id == messageId)
            return node.number;
    }
    return 0;
}

QString ConversationTree::render(const Terminal &terminal) const
{
    QString text;
    const int width = int(QString::number(m_nodes.size()).size());
    for (const Node &node : m_nodes) {
        const QString marker = node.active ? QStringLiteral("*") : QStringLiteral(" ");
        const QString indent = QString(node.depth * 2, QLatin1Char(' '));
        // "+ " marks an alternative; the rest of its branch lines up under it.
        const QString branch = node.alternative ? QStringLiteral("+ ")
                               : node.depth > 0 ? QStringLiteral("  ")
                                                : QString();
        const QString role = Message::roleName(node.message.role);
        QString state;
        if (node.message.state == MessageState::Interrupted)
            state = tr(" [stopped]");
        else if (node.message.state == MessageState::Error)
            state = tr(" [failed]");
        else if (!node.message.inContext)
            state = tr(" [excluded]");
        QString line = QStringLiteral("%1 %2%3%4 %5: %6%7")
                           .arg(marker, indent, branch, QString::number(node.number).rightJustified(width),
                                role, firstLine(node.message.content, 60), state);
        text += terminal.styled(line, node.active ? Terminal::Style::Bold : Terminal::Style::Dim) +
                QLatin1Char('\n');
    }
    return text;
}

QJsonObject ConversationTree::nodeJson(int index) const
{
    const Node &node = m_nodes.at(index);
    QJsonArray children;
    for (int child : node.children)
        children.append(nodeJson(child));
    return QJsonObject{{QStringLiteral("number"), node.number},
                       {QStringLiteral("id"), node.message.id},
                       {QStringLiteral("role"), Message::roleName(node.message.role)},
                       {QStringLiteral("text"), node.message.content},
                       {QStringLiteral("state"), Message::stateName(node.message.state)},
                       {QStringLiteral("in_context"), node.message.inContext},
                       {QStringLiteral("active"), node.active},
                       {QStringLiteral("provider"), node.message.providerId},
                       {QStringLiteral("model"), node.message.model},
                       {QStringLiteral("children"), children}};
}

QJsonArray ConversationTree::toJson() const
{
    QJsonArray roots;
    for (int root : m_roots)
        roots.append(nodeJson(root));
    return roots;
}
