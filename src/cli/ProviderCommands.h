// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QCoreApplication>

class CliContext;

// The provider commands: model (default model), models, providers and key.
class ProviderCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCommands)

public:
    explicit ProviderCommands(CliContext &context);

    static QStringList names();
    static QList<CommandLine::Option> options(const QString &command);
    int run(const QString &command, const CommandLine &line);

private:
    int model(const CommandLine &line);
    int models(const CommandLine &line);
    int providers(const CommandLine &line);
    int key(const CommandLine &line);

    void printJson(const QJsonValue &value) const;

    CliContext &m_context;
};
