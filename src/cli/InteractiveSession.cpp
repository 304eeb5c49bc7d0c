// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractiveSession.h"

#include "CliContext.h"
#include "ConversationTree.h"
#include "ExitCode.h"
#include "LineReader.h"
#include "ReplyStreamer.h"
#include "SigintNotifier.h"
#include "Terminal.h"
#include "UsageReport.h"
#include "services/ConversationExporter.h"

#include "services/ChatService.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryFile>

InteractiveSession::InteractiveSession(CliContext &context, qint64 conversationId, SigintNotifier *sigint,
                                       bool ignoreBudget)
    : m_context(context)
    , m_conversationId(conversationId)
    , m_sigint(sigint)
    , m_ignoreBudget(ignoreBudget)
{
    registerCommands();
}

QString InteractiveSession::helpText()
{
    return tr("Type a prompt and press Enter to send it. Commands:\n"
              "  /model PROVIDER.MODEL   use another model in this conversation\n"
              "  /temperature T          sampling temperature (0-2; empty: the provider's default)\n"
              "  /max-tokens N           longest answer (empty: the provider's default)\n"
              "  /system TEXT            system prompt (empty: none)\n"
              "  /save NAME              name this conversation\n"
              "  /load NAME|ID           continue another conversation\n"
              "  /new                    start a new conversation with the same model\n"
              "  /tree                   the branch tree, nodes numbered, active path marked *\n"
              "  /branch N               show the branch through node N\n"
              "  /edit [N]               edit prompt N (default: the last) in $VISUAL/$EDITOR and\n"
              "                          answer it as a new branch\n"
              "  /regenerate             a new answer to the last prompt, as a new branch\n"
              "  /context                the messages sent as context, with include flags\n"
              "  /exclude N, /include N  leave node N out of the context, or put it back\n"
              "  /add-context FILE...    put these text files into the context from now on\n"
              "  /usage                  tokens and cost of this conversation\n"
              "  /export FORMAT FILE     write the conversation (txt, md, html, json)\n"
              "  /help                   this text\n"
              "  /exit                   end the session (also Ctrl+D, or Ctrl+C at the prompt)\n"
              "Ctrl+C while an answer streams stops it and keeps what arrived.\n");
}

void InteractiveSession::registerCommands()
{
    using namespace std::placeholders;
    m_commands.insert(QStringLiteral("model"), std::bind(&InteractiveSession::model, this, _1));
    m_commands.insert(QStringLiteral("temperature"), std::bind(&InteractiveSession::temperature, this, _1));
    m_commands.insert(QStringLiteral("max-tokens"), std::bind(&InteractiveSession::maxTokens, this, _1));
    m_commands.insert(QStringLiteral("system"), std::bind(&InteractiveSession::systemPrompt, this, _1));
    m_commands.insert(QStringLiteral("save"), std::bind(&InteractiveSession::save, this, _1));
    m_commands.insert(QStringLiteral("load"), std::bind(&InteractiveSession::load, this, _1));
    m_commands.insert(QStringLiteral("new"), std::bind(&InteractiveSession::newConversation, this, _1));
    m_commands.insert(QStringLiteral("tree"), std::bind(&InteractiveSession::tree, this, _1));
    m_commands.insert(QStringLiteral("branch"), std::bind(&InteractiveSession::branch, this, _1));
    m_commands.insert(QStringLiteral("edit"), std::bind(&InteractiveSession::edit, this, _1));
    m_commands.insert(QStringLiteral("regenerate"), std::bind(&InteractiveSession::regenerate, this, _1));
    m_commands.insert(QStringLiteral("context"), std::bind(&InteractiveSession::context, this, _1));
    m_commands.insert(QStringLiteral("exclude"),
                      [this](const QString &argument) { setIncluded(argument, false); });
    m_commands.insert(QStringLiteral("include"),
                      [this](const QString &argument) { setIncluded(argument, true); });
    m_commands.insert(QStringLiteral("add-context"), std::bind(&InteractiveSession::addContext, this, _1));
    m_commands.insert(QStringLiteral("usage"), std::bind(&InteractiveSession::usage, this, _1));
    m_commands.insert(QStringLiteral("export"), std::bind(&InteractiveSession::exportTo, this, _1));
    m_commands.insert(QStringLiteral("help"), std::bind(&InteractiveSession::help, this, _1));
    m_commands.insert(QStringLiteral("exit"), [this](const QString &) { m_exit = true; });
    m_commands.insert(QStringLiteral("quit"), [this](const QString &) { m_exit = true; });
}

int InteractiveSession::run()
{
    const bool tty = Terminal::stdinIsTerminal();
    if (tty) {
        const Conversation current = conversation();
        say(tr("Conversation %1 \"%2\" with %3.%4. /help lists the commands; Ctrl+D ends the session.")
                .arg(current.id)
                .arg(current.title.isEmpty() ? tr("(untitled)") : current.title, current.providerId,
                     current.model));
    }
    LineReader reader;
    const QString prompt = m_context.terminal().styled(QStringLiteral("> "), Terminal::Style::Accent);
    while (!m_exit) {
        const std::optional<QString> line = reader.readLine(prompt);
        if (!line)
            break; // end of input, or Ctrl+C at the prompt
        const QString text = line->trimmed();
        if (text.isEmpty())
            continue;
        if (text.startsWith(QLatin1Char('/')))
            handleCommand(text);
        else
            send(*line);
    }
    return 0;
}

bool InteractiveSession::handleCommand(const QString &line)
{
    const int space = line.indexOf(QLatin1Char(' '));
    const QString name = line.mid(1, space < 0 ? -1 : space - 1);
    const QString argument = space < 0 ? QString() : line.mid(space + 1).trimmed();
    const auto handler = m_commands.constFind(name);
    if (handler == m_commands.constEnd()) {
        complain(tr("unknown command /%1; /help lists the commands").arg(name));
        return true;
    }
    (*handler)(argument);
    return !m_exit;
}

void InteractiveSession::say(const QString &text) const
{
    m_context.terminal().outLine(m_context.terminal().styled(text, Terminal::Style::Dim));
}

void InteractiveSession::complain(const QString &text) const
{
    m_context.terminal().error(text);
}

Conversation InteractiveSession::conversation() const
{
    return ConversationRepository(m_context.database())
        .conversation(m_conversationId)
        .value_or(Conversation());
}

bool InteractiveSession::updateConversation(const std::function<void(Conversation &)> &change)
{
    ConversationRepository conversations(m_context.database());
    Conversation current = conversation();
    change(current);
    if (!conversations.updateSettings(current)) {
        complain(conversations.lastError().userMessage());
        return false;
    }
    return true;
}

int InteractiveSession::stream(const std::function<bool()> &start)
{
    // Every way to a new answer (a prompt, /regenerate, /edit) counts against the budgets.
    if (!m_context.budgetAllowsSend(m_conversationId, Terminal::stdinIsTerminal(), m_ignoreBudget))
        return ExitRuntime;
    ReplyStreamer streamer(m_context.chat(), m_context.terminal(), m_sigint);
    return streamer.run(start);
}

void InteractiveSession::send(const QString &text)
{
    if (m_context.checkProviderUsable(conversation().providerId) != 0)
        return;
    stream([&] { return m_context.chat().send(m_conversationId, text) != 0; });
}

qint64 InteractiveSession::nodeId(const QString &argument)
{
    ConversationTree tree;
    tree.load(m_context.database(), m_conversationId);
    bool ok = false;
    const int number = argument.toInt(&ok);
    const ConversationTree::Node *node = ok ? tree.node(number) : nullptr;
    if (!node) {
        complain(tr("'%1' is not a node number of /tree (1 to %2)").arg(argument).arg(tree.nodes().size()));
        return 0;
    }
    return node->message.id;
}

void InteractiveSession::model(const QString &argument)
{
    if (argument.isEmpty()) {
        const Conversation current = conversation();
        say(tr("Model: %1.%2").arg(current.providerId, current.model));
        return;
    }
    QString providerId;
    QString modelName;
    QString error;
    if (!m_context.parseModelSpec(argument, &providerId, &modelName, &error)) {
        complain(error);
        return;
    }
    if (updateConversation([&](Conversation &c) {
            c.providerId = providerId;
            c.model = modelName;
        }))
        say(tr("Model: %1.%2").arg(providerId, modelName));
}

void InteractiveSession::temperature(const QString &argument)
{
    bool ok = argument.isEmpty();
    const double value = argument.toDouble(ok ? nullptr : &ok);
    if (!ok || value < 0 || value > 2) {
        complain(tr("/temperature wants a number from 0 to 2"));
        return;
    }
    if (updateConversation([&](Conversation &c) {
            c.generation.temperature = argument.isEmpty() ? std::nullopt : std::optional<double>(value);
        }))
        say(argument.isEmpty() ? tr("Temperature: the provider's default")
                               : tr("Temperature: %1").arg(value));
}

void InteractiveSession::maxTokens(const QString &argument)
{
    bool ok = argument.isEmpty();
    const qint64 value = argument.toLongLong(ok ? nullptr : &ok);
    if (!ok || (!argument.isEmpty() && value <= 0)) {
        complain(tr("/max-tokens wants a positive whole number"));
        return;
    }
    if (updateConversation([&](Conversation &c) {
            c.generation.maxTokens = argument.isEmpty() ? std::nullopt : std::optional<qint64>(value);
        }))
        say(argument.isEmpty() ? tr("Max tokens: the provider's default") : tr("Max tokens: %1").arg(value));
}

void InteractiveSession::systemPrompt(const QString &argument)
{
    if (updateConversation([&](Conversation &c) { c.systemPrompt = argument; }))
        say(argument.isEmpty() ? tr("No system prompt.") : tr("System prompt set."));
}

void InteractiveSession::save(const QString &argument)
{
    if (argument.isEmpty()) {
        complain(tr("/save wants a name"));
        return;
    }
    ConversationRepository conversations(m_context.database());
    if (!conversations.rename(m_conversationId, argument)) {
        complain(conversations.lastError().userMessage());
        return;
    }
    say(tr("Saved as \"%1\".").arg(argument));
}

void InteractiveSession::load(const QString &argument)
{
    QString error;
    const std::optional<Conversation> found = m_context.findConversation(argument, &error);
    if (!found) {
        complain(error);
        return;
    }
    m_conversationId = found->id;
    m_context.setActiveConversation(m_conversationId);
    say(tr("Conversation %1 \"%2\" with %3.%4.")
            .arg(found->id)
            .arg(found->title, found->providerId, found->model));
    const QList<Message> path = MessageRepository(m_context.database()).activePath(m_conversationId);
    if (!path.isEmpty())
        m_context.terminal().outLine(path.constLast().content.trimmed());
}

void InteractiveSession::newConversation(const QString &)
{
    const Conversation current = conversation();
    const qint64 id =
        m_context.chat().createConversation(current.providerId, current.model, current.projectId);
    if (!id) {
        complain(tr("the new conversation could not be stored"));
        return;
    }
    m_conversationId = id;
    updateConversation([&](Conversation &c) {
        c.generation = current.generation;
        c.systemPrompt = current.systemPrompt;
    });
    m_context.setActiveConversation(id);
    say(tr("New conversation %1 with %2.%3.").arg(id).arg(current.providerId, current.model));
}

void InteractiveSession::tree(const QString &)
{
    ConversationTree tree;
    tree.load(m_context.database(), m_conversationId);
    if (tree.isEmpty())
        say(tr("The conversation is empty."));
    else
        m_context.terminal().out(tree.render(m_context.terminal()));
}

void InteractiveSession::branch(const QString &argument)
{
    const qint64 id = nodeId(argument);
    if (!id)
        return;
    MessageRepository messages(m_context.database());
    if (!messages.switchToBranch(id)) {
        complain(messages.lastError().userMessage());
        return;
    }
    say(tr("Now on the branch through node %1.").arg(argument));
    const QList<Message> path = messages.activePath(m_conversationId);
    if (!path.isEmpty())
        m_context.terminal().outLine(path.constLast().content.trimmed());
}

void InteractiveSession::edit(const QString &argument)
{
    MessageRepository messages(m_context.database());
    qint64 id = 0;
    if (argument.isEmpty()) {
        const QList<Message> path = messages.activePath(m_conversationId);
        for (auto it = path.crbegin(); it != path.crend() && !id; ++it) {
            if (it->role == MessageRole::User)
                id = it->id;
        }
        if (!id) {
            complain(tr("there is no prompt to edit yet"));
            return;
        }
    } else if (!(id = nodeId(argument))) {
        return;
    }
    const std::optional<Message> original = messages.message(id);
    if (!original || original->role != MessageRole::User) {
        complain(tr("node %1 is not a prompt; /edit opens prompts only").arg(argument));
        return;
    }

    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/mmchat-edit-XXXXXX.md"));
    if (!file.open()) {
        complain(tr("cannot create a temporary file: %1").arg(file.errorString()));
        return;
    }
    file.write(original->content.toUtf8());
    file.close();
    QString editor = qEnvironmentVariable("VISUAL");
    if (editor.isEmpty())
        editor = qEnvironmentVariable("EDITOR");
    if (editor.isEmpty())
        editor = QStringLiteral("vi");
    // Through the shell, so EDITOR may carry arguments ("code --wait").
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), editor + QStringLiteral(" \"$1\""),
                                              QStringLiteral("mmchat-edit"), file.fileName()});
    if (!process.waitForStarted() || !process.waitForFinished(-1) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        complain(tr("the editor '%1' failed; nothing was sent").arg(editor));
        return;
    }
    QFile edited(file.fileName());
    if (!edited.open(QIODevice::ReadOnly)) {
        complain(tr("cannot read the edited prompt: %1").arg(edited.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(edited.readAll()).trimmed();
    if (text.isEmpty() || text == original->content.trimmed()) {
        say(tr("The prompt is unchanged; nothing was sent."));
        return;
    }
    if (m_context.checkProviderUsable(conversation().providerId) != 0)
        return;
    stream([&] { return m_context.chat().editAndResend(id, text) != 0; });
}

void InteractiveSession::regenerate(const QString &)
{
    const QList<Message> path = MessageRepository(m_context.database()).activePath(m_conversationId);
    if (path.isEmpty()) {
        complain(tr("there is nothing to regenerate yet"));
        return;
    }
    if (m_context.checkProviderUsable(conversation().providerId) != 0)
        return;
    const Message last = path.constLast();
    if (last.role == MessageRole::Assistant)
        stream([&] { return m_context.chat().regenerate(last.id); });
    else
        stream([&] { return m_context.chat().answer(last.id); });
}

void InteractiveSession::context(const QString &)
{
    ConversationTree tree;
    tree.load(m_context.database(), m_conversationId);
    const Conversation current = conversation();
    if (!current.systemPrompt.isEmpty())
        m_context.terminal().outLine(
            tr("    system: %1").arg(current.systemPrompt.section(QLatin1Char('\n'), 0, 0)));
    for (const ConversationTree::Node &node : tree.nodes()) {
        if (!node.active)
            continue;
        const QString flag = node.message.inContext ? QStringLiteral("[x]") : QStringLiteral("[ ]");
        m_context.terminal().outLine(
            QStringLiteral("%1 %2 %3: %4")
                .arg(flag)
                .arg(node.number)
                .arg(Message::roleName(node.message.role),
                     node.message.content.trimmed().section(QLatin1Char('\n'), 0, 0).left(60)));
    }
}

void InteractiveSession::setIncluded(const QString &argument, bool included)
{
    const qint64 id = nodeId(argument);
    if (!id)
        return;
    MessageRepository messages(m_context.database());
    if (!messages.setInContext(id, included)) {
        complain(messages.lastError().userMessage());
        return;
    }
    say(included ? tr("Node %1 is in the context again.").arg(argument)
                 : tr("Node %1 is left out of the context.").arg(argument));
}

void InteractiveSession::usage(const QString &)
{
    UsageReport report;
    QString error;
    if (!report.load(m_context.database(), UsageQuery::conversation(m_conversationId), &error)) {
        complain(error);
        return;
    }
    m_context.terminal().out(report.render(m_context.terminal()));
}

void InteractiveSession::exportTo(const QString &argument)
{
    const QString format = argument.section(QLatin1Char(' '), 0, 0);
    const QString fileName = argument.section(QLatin1Char(' '), 1).trimmed();
    if (!ConversationExporter::isFormat(format) || fileName.isEmpty()) {
        complain(tr("/export wants a format (%1) and a file name")
                     .arg(ConversationExporter::formats().join(QStringLiteral(", "))));
        return;
    }
    const QList<Message> path = MessageRepository(m_context.database()).activePath(m_conversationId);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(ConversationExporter::render(
                       format, conversation(), path,
                       MessageRepository(m_context.database()).inConversation(m_conversationId))
                       .toUtf8()) < 0 ||
        !file.commit()) {
        complain(tr("cannot write %1: %2").arg(fileName, file.errorString()));
        return;
    }
    say(tr("Exported to %1.").arg(fileName));
}

void InteractiveSession::help(const QString &)
{
    m_context.terminal().out(helpText());
}

void InteractiveSession::addContext(const QString &argument)
{
    const QStringList paths = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (paths.isEmpty()) {
        complain(tr("/add-context wants one or more files"));
        return;
    }
    QString error;
    const QList<Attachment> files = m_context.loadFiles(paths, &error);
    if (files.isEmpty()) {
        complain(error);
        return;
    }
    if (!m_context.chat().addContextFiles(m_conversationId, files)) {
        complain(tr("the files could not be stored"));
        return;
    }
    say(tr("In the context from now on: %1").arg(Attachment::namesOf(files).join(QStringLiteral(", "))));
}
