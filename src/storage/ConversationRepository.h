// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"
#include "Repository.h"

#include <QList>

#include <optional>

// Which conversations a list page shows.
struct ConversationFilter
{
    enum class Scope { All, WithoutProject, InProject };
    Scope scope = Scope::All;
    qint64 projectId = 0; // for InProject

    static ConversationFilter all() { return {}; }
    static ConversationFilter withoutProject() { return {Scope::WithoutProject, 0}; }
    static ConversationFilter inProject(qint64 id) { return {Scope::InProject, id}; }
};

class ConversationRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts the conversation (timestamps default to now) and returns its id, 0 on failure.
    qint64 create(const Conversation &conversation);
    std::optional<Conversation> conversation(qint64 id) const;

    bool rename(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    // projectId 0 takes the conversation out of any project.
    bool moveToProject(qint64 id, qint64 projectId);
    // Provider, model, generation settings and system prompt as chosen for this conversation.
    bool updateSettings(const Conversation &conversation);
    bool setActiveLeaf(qint64 id, qint64 messageId);
    // Marks the conversation as just used (list order).
    bool touch(qint64 id);
    // Deletes the conversation with its messages and attachments.
    bool remove(qint64 id);

    // Pinned first, then most recently updated first.
    QList<Conversation> listPage(const ConversationFilter &filter, int limit, int offset = 0) const;
    int count(const ConversationFilter &filter) const;

private:
    bool updateColumn(qint64 id, const QString &column, const QVariant &value, bool markUsed);
};
