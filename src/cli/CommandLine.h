// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The arguments of one command: options (--name VALUE, --name=VALUE, -x VALUE, flags) and
// positional words. Each command says which options it takes; anything else is a usage error
// with a sentence that names the problem.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Option
    {
        QString name;    // long name without dashes: "max-tokens"
        QChar shortName; // 'p', or null
        bool takesValue = false;
    };

    // Options every command accepts: --help, --json, --no-color.
    static QList<Option> commonOptions();

    bool parse(const QStringList &arguments, const QList<Option> &options);
    QString errorText() const { return m_error; }

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }
    QString positional(int index) const { return m_positional.value(index); }

private:
    const Option *find(const QList<Option> &options, const QString &name, QChar shortName) const;

    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};
