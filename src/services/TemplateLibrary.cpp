// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateLibrary.h"

#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/PromptTemplateRepository.h"

#include <QSet>

TemplateLibrary::TemplateLibrary(Database &db)
    : m_db(db)
{}

QList<PromptTemplate> TemplateLibrary::list() const
{
    return PromptTemplateRepository(m_db).list();
}

QList<QPair<qint64, QString>> TemplateLibrary::projects() const
{
    QList<QPair<qint64, QString>> result;
    for (const Project &project : ProjectRepository(m_db).list())
        result << qMakePair(project.id, project.name);
    return result;
}

QString TemplateLibrary::check(const QList<PromptTemplate> &templates)
{
    QSet<QString> names;
    QSet<QString> shortcuts;
    for (const PromptTemplate &prompt : templates) {
        const QString name = prompt.name.trimmed();
        if (name.isEmpty())
            return tr("Every template needs a name.");
        if (prompt.body.trimmed().isEmpty())
            return tr("The template \u201c%1\u201d is empty.").arg(name);
        if (names.contains(name.toLower()))
            return tr("Two templates are called \u201c%1\u201d.").arg(name);
        names.insert(name.toLower());
        const QString shortcut = prompt.shortcut.trimmed();
        if (!shortcut.isEmpty()) {
            if (shortcuts.contains(shortcut.toLower()))
                return tr("The shortcut \u201c%1\u201d is used twice.").arg(shortcut);
            shortcuts.insert(shortcut.toLower());
        }
    }
    return {};
}

QString TemplateLibrary::replaceAll(const QList<PromptTemplate> &templates)
{
    const QString problem = check(templates);
    if (!problem.isEmpty())
        return problem;
    QList<PromptTemplate> trimmed = templates;
    for (PromptTemplate &prompt : trimmed) {
        prompt.name = prompt.name.trimmed();
        prompt.shortcut = prompt.shortcut.trimmed();
    }
    PromptTemplateRepository repository(m_db);
    return repository.replaceAll(trimmed) ? QString() : repository.lastError().userMessage();
}
