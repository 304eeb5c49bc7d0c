// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PromptTemplate.h"
#include "Repository.h"

#include <QList>

#include <optional>

class PromptTemplateRepository : public Repository
{
public:
    using Repository::Repository;

    // Fails (QueryFailed) if the shortcut is already taken.
    qint64 create(const PromptTemplate &prompt);
    bool update(const PromptTemplate &prompt);
    bool remove(qint64 id);
    // In one transaction: templates missing from `templates` are removed, those with an id are
    // updated, those without are created.
    bool replaceAll(const QList<PromptTemplate> &templates);
    std::optional<PromptTemplate> promptTemplate(qint64 id) const;
    std::optional<PromptTemplate> findByShortcut(const QString &shortcut) const;
    // By name.
    QList<PromptTemplate> list() const;
    // The templates offered in a conversation of projectId (0: outside any project): those for
    // every project and that project's own. By name.
    QList<PromptTemplate> availableIn(qint64 projectId) const;

private:
    QList<PromptTemplate> select(const QString &where, const QVariant &value) const;
};
