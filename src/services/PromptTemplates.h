// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PromptTemplate.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// Prompt templates ("quick commands"): a few useful defaults in English and Russian, written
// once into the history, and the expansion of their variables.
namespace PromptTemplates {

struct Variables
{
    QString input;     // {{input}}: what is in the message box
    QString selection; // {{selection}}: the selected text
    QString clipboard; // {{clipboard}}
    QDate date;        // {{date}}: ISO 8601
};

// Replaces {{input}}, {{selection}}, {{clipboard}} and {{date}}; unknown {{names}} stay as they are.
QString expand(const QString &body, const Variables &variables);

QList<PromptTemplate> defaults();
// Writes the defaults unless they were written before (a user who deleted them keeps that).
void seedDefaults(Database &db);

} // namespace PromptTemplates
