// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Conversation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

class CliContext;
class SigintNotifier;

// The interactive `mmchat run`: reads lines from stdin (a terminal or a pipe), sends plain
// lines as prompts and streams the answers, and runs slash commands (/model, /tree, /edit …).
// Ctrl+C stops a streaming answer (the partial text is kept); Ctrl+C at the prompt, Ctrl+D or
// /exit ends the session.
class InteractiveSession
{
    Q_DECLARE_TR_FUNCTIONS(InteractiveSession)

public:
    InteractiveSession(CliContext &context, qint64 conversationId, SigintNotifier *sigint,
                       bool ignoreBudget = false);

    int run();

    static QString helpText();

private:
    using Handler = std::function<void(const QString &argument)>;

    void registerCommands();
    bool handleCommand(const QString &line); // false: end the session
    void send(const QString &text);
    int stream(const std::function<bool()> &start);
    Conversation conversation() const;
    bool updateConversation(const std::function<void(Conversation &)> &change);
    // Node number → message id for /branch, /edit, /exclude; 0 after printing why.
    qint64 nodeId(const QString &argument);

    void model(const QString &argument);
    void temperature(const QString &argument);
    void maxTokens(const QString &argument);
    void systemPrompt(const QString &argument);
    void save(const QString &argument);
    void load(const QString &argument);
    void newConversation(const QString &argument);
    void tree(const QString &argument);
    void branch(const QString &argument);
    void edit(const QString &argument);
    void regenerate(const QString &argument);
    void context(const QString &argument);
    void setIncluded(const QString &argument, bool included);
    void addContext(const QString &argument);
    void usage(const QString &argument);
    void exportTo(const QString &argument);
    void help(const QString &argument);

    void say(const QString &text) const;
    void complain(const QString &text) const;

    CliContext &m_context;
    qint64 m_conversationId;
    SigintNotifier *m_sigint;
    bool m_ignoreBudget = false;
    QHash<QString, Handler> m_commands;
    bool m_exit = false;
};
