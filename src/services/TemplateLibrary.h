// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PromptTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// The prompt templates as the user edits them in Preferences: checked (a name, a unique
// shortcut, a body) before anything is stored.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    explicit TemplateLibrary(Database &db);

    QList<PromptTemplate> list() const;
    // The projects a template can belong to: id and name, by name.
    QList<QPair<qint64, QString>> projects() const;
    // Replaces the stored templates with `templates` (id 0: new); returns an empty string, or
    // what is wrong, in which case nothing was changed.
    QString replaceAll(const QList<PromptTemplate> &templates);
    static QString check(const QList<PromptTemplate> &templates);

private:
    Database &m_db;
};
