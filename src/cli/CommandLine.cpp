// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

QList<CommandLine::Option> CommandLine::commonOptions()
{
    return {{QStringLiteral("help"), QLatin1Char('h'), false},
            {QStringLiteral("json"), QChar(), false},
            {QStringLiteral("no-color"), QChar(), false}};
}

const CommandLine::Option *CommandLine::find(const QList<Option> &options, const QString &name,
                                             QChar shortName) const
{
    for (const Option &option : options) {
        if ((!name.isEmpty() && option.name == name) ||
            (!shortName.isNull() && option.shortName == shortName))
            return &option;
    }
    return nullptr;
}

bool CommandLine::parse(const QStringList &arguments, const QList<Option> &options)
{
    m_values.clear();
    m_positional.clear();
    m_error.clear();
    const QList<Option> all = options + commonOptions();
    bool onlyPositional = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositional || argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            m_positional << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name;
        QChar shortName;
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(QLatin1String("--"))) {
            name = argument.mid(2);
            const int equals = name.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                inlineValue = name.mid(equals + 1);
                name = name.left(equals);
                hasInlineValue = true;
            }
        } else if (argument.size() == 2) {
            shortName = argument.at(1);
        } else {
            m_error = tr("unknown option '%1'").arg(argument);
            return false;
        }
        const Option *option = find(all, name, shortName);
        if (!option) {
            m_error = tr("unknown option '%1'").arg(argument);
            return false;
        }
        if (!option->takesValue) {
            if (hasInlineValue) {
                m_error = tr("option '--%1' takes no value").arg(option->name);
                return false;
            }
            m_values.insert(option->name, QString());
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size()) {
                m_error = tr("option '%1' needs a value").arg(argument);
                return false;
            }
            inlineValue = arguments.at(++i);
        }
        m_values.insert(option->name, inlineValue);
    }
    return true;
}
