// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Conversation.h"
#include "storage/Message.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A conversation's active path as plain text, Markdown, HTML or JSON. Nothing secret is in a
// conversation, so the export holds the messages, their models and usage, never a key.
class ConversationExporter
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExporter)

public:
    static QStringList formats(); // txt, md, html, json
    static bool isFormat(const QString &format) { return formats().contains(format); }

    // txt, md and html show `path` (the branch on screen); json holds `tree` (every message of
    // the conversation, with its parent, so that import rebuilds all branches), or the path
    // when no tree is given.
    static QString render(const QString &format, const Conversation &conversation, const QList<Message> &path,
                          const QList<Message> &tree = {});
    // Every branch of the tree, one after another under "Branch 1 of 3" headings (json: the
    // tree as render() writes it).
    static QString renderAllBranches(const QString &format, const Conversation &conversation,
                                     const QList<Message> &tree);

private:
    static QString speaker(const Message &message);
    static QString branchHeading(int index, int count);
    static QString text(const Conversation &conversation, const QList<QList<Message>> &branches);
    static QString markdown(const Conversation &conversation, const QList<QList<Message>> &branches);
    static QString html(const Conversation &conversation, const QList<QList<Message>> &branches);
    static QString json(const Conversation &conversation, const QList<Message> &messages, qint64 activeLeaf,
                        bool withParents);
};
