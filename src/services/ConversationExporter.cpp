// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationExporter.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

QStringList ConversationExporter::formats()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")};
}

QString ConversationExporter::render(const QString &format, const Conversation &conversation,
                                     const QList<Message> &path, const QList<Message> &tree)
{
    if (format == QLatin1String("json"))
        return json(conversation, tree.isEmpty() ? path : tree, path.isEmpty() ? 0 : path.constLast().id,
                    !tree.isEmpty());
    if (format == QLatin1String("md"))
        return markdown(conversation, {path});
    if (format == QLatin1String("html"))
        return html(conversation, {path});
    return text(conversation, {path});
}

QString ConversationExporter::speaker(const Message &message)
{
    switch (message.role) {
    case MessageRole::System: return tr("System");
    case MessageRole::User: return tr("User");
    case MessageRole::Assistant:
        return message.model.isEmpty() ? tr("Assistant")
                                       : tr("Assistant (%1.%2)").arg(message.providerId, message.model);
    }
    return QString();
}

QString ConversationExporter::text(const Conversation &conversation, const QList<QList<Message>> &branches)
{
    QString result = conversation.title + QStringLiteral("\n\n");
    for (int i = 0; i < branches.size(); ++i) {
        if (branches.size() > 1)
            result += QStringLiteral("=== %1 ===\n\n").arg(branchHeading(i, int(branches.size())));
        for (const Message &message : branches.at(i))
            result += QStringLiteral("%1:\n%2\n\n").arg(speaker(message), message.content.trimmed());
    }
    return result;
}

QString ConversationExporter::branchHeading(int index, int count)
{
    return tr("Branch %1 of %2").arg(index + 1).arg(count);
}

QString ConversationExporter::renderAllBranches(const QString &format, const Conversation &conversation,
                                                const QList<Message> &tree)
{
    if (format == QLatin1String("json"))
        return render(format, conversation, {}, tree);
    const QList<QList<Message>> all = Message::leafPaths(tree);
    if (format == QLatin1String("md"))
        return markdown(conversation, all);
    if (format == QLatin1String("html"))
        return html(conversation, all);
    return text(conversation, all);
}

QString ConversationExporter::markdown(const Conversation &conversation,
                                       const QList<QList<Message>> &branches)
{
    QString result = QStringLiteral("# %1\n\n").arg(conversation.title);
    for (int i = 0; i < branches.size(); ++i) {
        if (branches.size() > 1)
            result += QStringLiteral("## %1\n\n").arg(branchHeading(i, int(branches.size())));
        for (const Message &message : branches.at(i))
            result += QStringLiteral("**%1**\n\n%2\n\n").arg(speaker(message), message.content.trimmed());
    }
    return result;
}

namespace {

// Markdown to HTML for the export with cmark-gfm's own renderer. Raw HTML in a message is
// never passed through (CMARK_OPT_DEFAULT is the safe mode): the file shows it as a comment.
QString markdownToHtml(const QString &markdown)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered)
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);
    // Model output is untrusted and the reader wants to see it: raw HTML becomes text.
    QList<cmark_node *> raw;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK))
            raw << node;
    }
    cmark_iter_free(iter);
    for (cmark_node *node : std::as_const(raw)) {
        const bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
        cmark_node *text = cmark_node_new(block ? CMARK_NODE_CODE_BLOCK : CMARK_NODE_TEXT);
        cmark_node_set_literal(text, cmark_node_get_literal(node));
        cmark_node_insert_before(node, text);
        cmark_node_free(node);
    }
    char *rendered =
        cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const QString html = QString::fromUtf8(rendered);
    free(rendered);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return html;
}

// One file, no external resources: it opens the same anywhere, offline.
const char kHtmlStyle[] = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; color: #1f2328; background: #fff; line-height: 1.5; }
h2 { font-size: 1.2rem; margin-top: 2rem; color: #57606a; }
h1 { font-size: 1.6rem; border-bottom: 1px solid #d0d7de; padding-bottom: .4rem; }
section { margin: 1.2rem 0; }
section.user { background: #eef4fb; border-radius: 8px; padding: .4rem 1rem; }
.who { font-weight: 600; color: #57606a; font-size: .9rem; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem; overflow-x: auto; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
:not(pre) > code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid #d0d7de; color: #57606a; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; } section.user { background: #161b22; }
  pre, :not(pre) > code { background: #161b22; border-color: #30363d; } th, td, h1 { border-color: #30363d; }
}
)css";

} // namespace

QString ConversationExporter::html(const Conversation &conversation, const QList<QList<Message>> &branches)
{
    QString result = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                    "<meta name=\"viewport\" content=\"width=device-width\">"
                                    "<title>%1</title>\n<style>%2</style></head>\n<body>\n<h1>%1</h1>\n")
                         .arg(conversation.title.toHtmlEscaped(), QString::fromUtf8(kHtmlStyle).trimmed());
    for (int i = 0; i < branches.size(); ++i) {
        if (branches.size() > 1)
            result +=
                QStringLiteral("<h2>%1</h2>\n").arg(branchHeading(i, int(branches.size())).toHtmlEscaped());
        for (const Message &message : branches.at(i)) {
            result += QStringLiteral("<section class=\"%1\"><div class=\"who\">%2</div>\n%3</section>\n")
                          .arg(Message::roleName(message.role), speaker(message).toHtmlEscaped(),
                               markdownToHtml(message.content.trimmed()));
        }
    }
    return result + QStringLiteral("</body></html>\n");
}

QString ConversationExporter::json(const Conversation &conversation, const QList<Message> &messages,
                                   qint64 activeLeaf, bool withParents)
{
    QJsonArray array;
    for (const Message &message : messages) {
        QJsonObject object{{QStringLiteral("id"), message.id},
                           {QStringLiteral("role"), Message::roleName(message.role)},
                           {QStringLiteral("content"), message.content},
                           {QStringLiteral("state"), Message::stateName(message.state)},
                           {QStringLiteral("created_at"), message.createdAt.toString(Qt::ISODateWithMs)}};
        if (withParents)
            object.insert(QStringLiteral("parent"),
                          message.parentId ? QJsonValue(message.parentId) : QJsonValue());
        if (!message.inContext)
            object.insert(QStringLiteral("in_context"), false);
        if (message.pinned)
            object.insert(QStringLiteral("pinned"), true);
        if (!message.label.isEmpty())
            object.insert(QStringLiteral("label"), message.label);
        if (message.role == MessageRole::Assistant) {
            object.insert(QStringLiteral("provider"), message.providerId);
            object.insert(QStringLiteral("model"), message.model);
            const MessageUsage &u = message.usage;
            const auto put = [&object](const char *key, const auto &value) {
                if (value)
                    object.insert(QLatin1String(key), QJsonValue(double(*value)));
            };
            put("prompt_tokens", u.promptTokens);
            put("completion_tokens", u.completionTokens);
            put("cached_tokens", u.cachedTokens);
            put("reasoning_tokens", u.reasoningTokens);
            put("cost", u.cost);
            put("first_token_ms", u.firstTokenMs);
            put("duration_ms", u.durationMs);
            if (!u.currency.isEmpty())
                object.insert(QStringLiteral("currency"), u.currency);
            if (u.estimated)
                object.insert(QStringLiteral("usage_estimated"), true);
            if (!message.thinking.isEmpty())
                object.insert(QStringLiteral("thinking"), message.thinking);
            if (!message.finishReason.isEmpty())
                object.insert(QStringLiteral("finish_reason"), message.finishReason);
            if (!message.finishDetail.isEmpty())
                object.insert(QStringLiteral("finish_detail"), message.finishDetail);
        }
        array.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("multimodel-chat-conversation")},
                     {QStringLiteral("version"), withParents ? 2 : 1},
                     {QStringLiteral("id"), conversation.id},
                     {QStringLiteral("title"), conversation.title},
                     {QStringLiteral("provider"), conversation.providerId},
                     {QStringLiteral("model"), conversation.model},
                     {QStringLiteral("system_prompt"), conversation.systemPrompt},
                     {QStringLiteral("created_at"), conversation.createdAt.toString(Qt::ISODate)},
                     {QStringLiteral("messages"), array}};
    if (activeLeaf)
        root.insert(QStringLiteral("active_leaf"), activeLeaf);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}
