// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptTemplates.h"

#include "storage/PromptTemplateRepository.h"
#include "storage/SettingsRepository.h"

#include <QRegularExpression>

QString PromptTemplates::expand(const QString &body, const Variables &variables)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*(input|selection|clipboard|date)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto it = variable.globalMatch(body);
    // One pass, so a value that itself contains "{{input}}" is never expanded again.
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += body.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("input"))
            result += variables.input;
        else if (name == QLatin1String("selection"))
            result += variables.selection;
        else if (name == QLatin1String("clipboard"))
            result += variables.clipboard;
        else
            result += variables.date.toString(Qt::ISODate);
        last = match.capturedEnd();
    }
    result += body.mid(last);
    return result;
}

QList<PromptTemplate> PromptTemplates::defaults()
{
    auto make = [](const char *name, const char *body, const char *shortcut) {
        PromptTemplate t;
        t.name = QString::fromUtf8(name);
        t.body = QString::fromUtf8(body);
        t.shortcut = QString::fromUtf8(shortcut);
        return t;
    };
    return {
        make("Explain code", "Explain what this code does, step by step:\n\n```\n{{input}}\n```", "explain"),
        make("Fix grammar", "Correct the grammar and spelling, keep the meaning and tone:\n\n{{input}}",
             "fix"),
        make("Summarise", "Summarise in five bullet points:\n\n{{input}}", "sum"),
        make("Translate to English", "Translate into natural English:\n\n{{input}}", "en"),
        make("Перевести на русский", "Переведи на естественный русский язык:\n\n{{input}}", "ru"),
        make("Объяснить код", "Объясни по шагам, что делает этот код:\n\n```\n{{input}}\n```", "code"),
        make("Краткий пересказ", "Перескажи кратко, в пяти пунктах:\n\n{{input}}", "tldr"),
        make("Письмо", "Напиши вежливое деловое письмо на тему: {{input}}\nДата: {{date}}", "mail"),
    };
}

void PromptTemplates::seedDefaults(Database &db)
{
    SettingsRepository settings(db);
    const QString key = QStringLiteral("templates.seeded");
    if (settings.value(key, false).toBool())
        return;
    PromptTemplateRepository templates(db);
    for (const PromptTemplate &prompt : defaults())
        templates.create(prompt);
    settings.setValue(key, true);
}
