// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDocumentWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextFrameFormat>

namespace {

// An HTML fragment's first block is merged into the block at the cursor and loses its format.
// Leading every piece with this one-pixel paragraph keeps the real first block intact.
const QString &pieceLead()
{
    static const QString lead =
        QStringLiteral("<p style=\"margin-top:0px; margin-bottom:0px; font-size:1px;\">&#8203;</p>");
    return lead;
}

// Blocks per chunk frame: small enough that walking one is cheap, large enough to keep the
// number of frames low.
constexpr int ChunkBlocks = 40;

QTextCharFormat tinyCharFormat()
{
    QTextCharFormat f;
    f.setFontPointSize(1);
    return f;
}

QTextBlockFormat flatBlockFormat()
{
    QTextBlockFormat f;
    f.setTopMargin(0);
    f.setBottomMargin(0);
    return f;
}

// lupdate files the tr() calls of the methods below under this class's name; the runtime
// lookup must use the same context, or the chat stays in English.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("MessageDocumentWriter", text, comment, n);
}

QString roleName(ChatViewMessage::Role role)
{
    switch (role) {
    case ChatViewMessage::Role::User: return QCoreApplication::translate("MessageDocumentWriter", "You");
    case ChatViewMessage::Role::Assistant:
        return QCoreApplication::translate("MessageDocumentWriter", "Assistant");
    case ChatViewMessage::Role::System: return QCoreApplication::translate("MessageDocumentWriter", "System");
    }
    return {};
}

} // namespace

MessageDocumentWriter::MessageDocumentWriter(const RenderTheme &theme)
    : m_theme(theme)
{}

QString MessageDocumentWriter::headerHtml(const ChatViewMessage &message) const
{
    QStringList parts;
    if (!message.model.isEmpty())
        parts << message.model.toHtmlEscaped();
    if (message.time.isValid())
        parts << QLocale().toString(message.time.toLocalTime().time(), QLocale::ShortFormat).toHtmlEscaped();
    QString html = QStringLiteral("<span style=\"font-weight:bold; color:%1;\">%2</span>")
                       .arg(m_theme.text.name(), roleName(message.role).toHtmlEscaped());
    if (!parts.isEmpty())
        html += QStringLiteral("<span style=\"color:%1;\"> \u00b7 %2</span>")
                    .arg(m_theme.mutedText.name(), parts.join(QStringLiteral(" \u00b7 ")));
    if (message.thinkingShown && !message.thinking.isEmpty()) {
        // As plain text: the reasoning is not the answer, and code in it is not copyable code.
        QString thinking = message.thinking.trimmed().toHtmlEscaped();
        thinking.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<br><span style=\"color:%1; font-style:italic;\">%2</span>")
                    .arg(m_theme.mutedText.name(), thinking);
    }
    return html;
}

QString MessageDocumentWriter::footerHtml(const ChatViewMessage &message) const
{
    QStringList facts;
    const ChatViewUsage &u = message.usage;
    // Counts we estimated ourselves are marked as such.
    const QString about = u.estimated ? QStringLiteral("\u2248") : QString();
    if (u.promptTokens >= 0)
        facts << tr("%1 prompt").arg(about + QString::number(u.promptTokens));
    if (u.completionTokens >= 0)
        facts << tr("%1 completion tokens").arg(about + QString::number(u.completionTokens));
    if (u.estimated && (u.promptTokens >= 0 || u.completionTokens >= 0))
        facts << tr("estimated");
    if (u.cost >= 0) {
        // Small answers cost fractions of a cent: show enough digits to see them.
        const QString amount = QLocale().toString(u.cost, 'f', u.cost < 0.01 ? 5 : (u.cost < 1 ? 4 : 2));
        facts << (u.currency == QLatin1String("USD")   ? QStringLiteral("$") + amount
                  : u.currency == QLatin1String("RUB") ? amount + QStringLiteral("\u00a0\u20bd")
                                                       : amount + QLatin1Char(' ') + u.currency);
    }
    if (u.firstTokenMs >= 0)
        facts << tr("first token %1 s").arg(double(u.firstTokenMs) / 1000.0, 0, 'f', 2);
    if (u.tokensPerSecond >= 0)
        facts << tr("%1 tok/s").arg(u.tokensPerSecond, 0, 'f', 1);

    QString html;
    const QString link = m_theme.link.name();
    if (message.state == ChatViewMessage::State::Failed) {
        html += QStringLiteral("<span style=\"color:%1; font-weight:bold;\">\u26a0 %2</span> ")
                    .arg(m_theme.errorText.name(), tr("Failed"));
        if (!message.error.isEmpty())
            html += QStringLiteral("<span style=\"color:%1;\">%2</span> ")
                        .arg(m_theme.errorText.name(), message.error.toHtmlEscaped());
        html +=
            QStringLiteral(
                "<a href=\"mmchat-retry:%1\" style=\"color:%2; text-decoration:none;\">%3</a>&#160;&#160; "
                "<a href=\"mmchat-settings:%1\" style=\"color:%2; text-decoration:none;\">%4</a>&#160;&#160; "
                "<a href=\"mmchat-switchmodel:%1\" style=\"color:%2; "
                "text-decoration:none;\">%5</a>&#160;&#160; ")
                .arg(message.id.toHtmlEscaped(), link, tr("Retry"), tr("Provider settings"),
                     tr("Switch model"));
    } else if (message.state == ChatViewMessage::State::Interrupted) {
        html += QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span> ")
                    .arg(message.stoppedByUser ? m_theme.mutedText.name() : m_theme.errorText.name(),
                         message.stoppedByUser ? QStringLiteral("\u23f9 ") + tr("Stopped")
                                               : QStringLiteral("\u23f8 ") + tr("Interrupted"));
        if (!message.error.isEmpty())
            html += QStringLiteral("<span style=\"color:%1;\">%2</span> ")
                        .arg(m_theme.mutedText.name(), message.error.toHtmlEscaped());
        html +=
            QStringLiteral(
                "<a href=\"mmchat-retry:%1\" style=\"color:%2; text-decoration:none;\">%3</a>&#160;&#160; ")
                .arg(message.id.toHtmlEscaped(), link, tr("Retry"));
    }
    if (!message.finishNote.isEmpty())
        html += QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>&#160;&#160; ")
                    .arg(m_theme.errorText.name(), message.finishNote.toHtmlEscaped());
    if (!facts.isEmpty())
        html += QStringLiteral("<span style=\"color:%1;\">%2</span>&#160;&#160; ")
                    .arg(m_theme.mutedText.name(), facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped());
    const QString id = message.id.toHtmlEscaped();
    const auto action = [&](const QString &scheme, const QString &text, const QString &tip = QString()) {
        return QStringLiteral(
                   "<a href=\"%1:%2\" title=\"%3\" style=\"color:%4; text-decoration:none;\">%5</a>")
            .arg(scheme, id, tip.toHtmlEscaped(), link, text.toHtmlEscaped());
    };
    const QString dot =
        QStringLiteral("<span style=\"color:%1;\"> \u00b7 </span>").arg(m_theme.mutedText.name());
    QStringList actions;
    QString versions;
    if (message.siblingCount > 1) {
        // ‹ 2 / 3 ›: the arrows are links only where there is a version to move to.
        const QString muted = QStringLiteral("<span style=\"color:%1;\">%2</span>");
        const QString previous =
            message.siblingIndex > 1
                ? action(QStringLiteral("mmchat-prev"), QStringLiteral("\u2039"), tr("Previous version"))
                : muted.arg(m_theme.mutedText.name(), QStringLiteral("\u2039"));
        const QString next =
            message.siblingIndex < message.siblingCount
                ? action(QStringLiteral("mmchat-next"), QStringLiteral("\u203a"), tr("Next version"))
                : muted.arg(m_theme.mutedText.name(), QStringLiteral("\u203a"));
        // First and at full size: it is how the user finds the other versions.
        versions =
            QStringLiteral("<b>%1</b>&#160;%2&#160;<b>%3</b>&#160;&#160;&#160;")
                .arg(previous, tr("%1 / %2").arg(message.siblingIndex).arg(message.siblingCount), next);
    }
    if (!message.inContext)
        actions << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                       .arg(m_theme.mutedText.name(), tr("left out of the context"));
    if (message.pinned)
        actions << QStringLiteral("<span style=\"color:%1;\">\U0001F4CC %2</span>")
                       .arg(m_theme.mutedText.name(), tr("pinned"));
    if (!message.thinking.isEmpty() && message.state != ChatViewMessage::State::Streaming) {
        const int words = int(
            message.thinking.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
        actions << action(QStringLiteral("mmchat-thinking"),
                          message.thinkingShown ? tr("Hide thinking")
                                                : tr("Show thinking (%n word(s))", nullptr, words),
                          tr("The model's reasoning before its answer; never sent back to it"));
    }
    actions << action(QStringLiteral("mmchat-copymsg"), tr("Copy Markdown"))
            << action(QStringLiteral("mmchat-copytext"), tr("Copy text"));
    if (message.editable && message.state != ChatViewMessage::State::Streaming) {
        if (message.role == ChatViewMessage::Role::User) {
            actions << action(QStringLiteral("mmchat-edit"), tr("Edit"),
                              tr("Edit this prompt; the answer is regenerated as a new branch"))
                    << action(QStringLiteral("mmchat-editext"), tr("Edit in editor"),
                              tr("Edit this prompt in $VISUAL or $EDITOR"));
        } else if (message.role == ChatViewMessage::Role::Assistant) {
            actions << action(QStringLiteral("mmchat-regen"), tr("Regenerate"),
                              tr("A new answer to the same prompt, kept as a new branch"));
        }
        actions << action(QStringLiteral("mmchat-context"),
                          message.inContext ? tr("Leave out of context") : tr("Include in context"));
        actions << action(
            QStringLiteral("mmchat-pin"), message.pinned ? tr("Unpin") : tr("Pin"),
            tr("A pinned message is never left out when a long conversation is trimmed to fit"));
    }
    html += actions.join(dot);
    return versions + QStringLiteral("<span style=\"font-size:small;\">%1</span>").arg(html);
}

void MessageDocumentWriter::insertMessage(QTextDocument *doc, int position, const ChatViewMessage &message,
                                          MessageDocumentState *state)
{
    QTextCursor c(doc);
    c.setPosition(position);
    c.beginEditBlock();
    state->start = QTextCursor(doc);
    state->start.setPosition(position);
    QTextBlockFormat hf;
    hf.setBottomMargin(6);
    if (message.role == ChatViewMessage::Role::User) {
        QTextFrameFormat ff;
        ff.setBorder(0);
        ff.setPadding(10);
        ff.setMargin(0);
        ff.setTopMargin(8);
        ff.setBottomMargin(4);
        ff.setBackground(m_theme.userBackground);
        state->frame = c.insertFrame(ff);
        state->chunk = state->frame;
        c.setBlockFormat(hf);
        c.insertHtml(headerHtml(message));
    } else {
        state->frame = nullptr;
        hf.setTopMargin(14);
        c.insertBlock(hf, QTextCharFormat());
        c.insertHtml(headerHtml(message));
        state->chunk = newChunk(c, nullptr);
    }
    state->bodyStart = QTextCursor(doc);
    state->bodyStart.setPosition(c.position());
    state->bodyStart.setKeepPositionOnInsert(true);
    state->tail = QTextCursor(doc);
    state->tail.setPosition(c.position());
    state->tailBlockFormat = c.block().blockFormat();
    state->codeFrame = nullptr;
    state->codeChunk = nullptr;
    state->appliedStable = 0;
    state->appliedGeneration = -1;
    state->hasFooter = false;
    state->placed = true;
    c.endEditBlock();
    // The insertion moved the start cursor along with it (text went in at its position): put it
    // back where the message begins. Later insertions before it move it as they should.
    state->start.setPosition(position);
}

void MessageDocumentWriter::updateBody(QTextDocument *doc, MessageDocumentState *state,
                                       const RenderPieceList &stable, int generation,
                                       const RenderPieceList &tail)
{
    QTextCursor c(doc);
    c.beginEditBlock();
    if (generation != state->appliedGeneration) {
        // Only a fresh message is written from its start; ChatView rewrites a message whose
        // stream started over.
        state->appliedStable = 0;
        state->appliedGeneration = generation;
    }
    c.setPosition(state->tail.selectionStart());
    c.setPosition(state->tail.selectionEnd(), QTextCursor::KeepAnchor);
    c.removeSelectedText();
    // Removing the tail merges its last block into the block it started in, format included: a
    // list item there would turn that block into an empty item. Give it its own format back.
    if (c.block().blockFormat() != state->tailBlockFormat)
        c.setBlockFormat(state->tailBlockFormat);
    for (int i = state->appliedStable; i < stable.size(); ++i)
        insertPiece(c, stable.at(i), state, true);
    state->appliedStable = int(stable.size());
    const int start = c.position();
    state->tailBlockFormat = c.block().blockFormat();
    for (const RenderPiece &piece : tail)
        insertPiece(c, piece, state, false);
    state->tail.setPosition(start);
    state->tail.setPosition(c.position(), QTextCursor::KeepAnchor);
    c.endEditBlock();
}

void MessageDocumentWriter::writeFooter(QTextDocument *doc, const ChatViewMessage &message,
                                        MessageDocumentState *state)
{
    if (!state->placed)
        return;
    QTextCursor c(doc);
    c.beginEditBlock();
    // The footer follows the body, which ends where the (now empty) tail is.
    c.setPosition(state->tail.selectionEnd());
    if (state->hasFooter) {
        c.setPosition(state->chunk ? state->chunk->lastPosition() : c.position(), QTextCursor::KeepAnchor);
        c.removeSelectedText();
    }
    QTextBlockFormat bf;
    bf.setTopMargin(4);
    c.insertBlock(bf, QTextCharFormat());
    c.insertHtml(footerHtml(message));
    state->hasFooter = true;
    c.endEditBlock();
}

void MessageDocumentWriter::dimBody(QTextDocument *doc, MessageDocumentState *state) const
{
    if (!state->placed)
        return;
    QTextCursor c(doc);
    c.setPosition(state->bodyStart.position());
    c.setPosition(state->tail.selectionEnd(), QTextCursor::KeepAnchor);
    QTextCharFormat dim;
    dim.setForeground(m_theme.mutedText);
    c.mergeCharFormat(dim);
}

int MessageDocumentWriter::messageEnd(const MessageDocumentState *state)
{
    if (state->frame)
        return state->frame->lastPosition() + 1;
    return state->chunk ? state->chunk->lastPosition() + 1 : state->tail.selectionEnd();
}

void MessageDocumentWriter::removeMessage(QTextDocument *doc, MessageDocumentState *state)
{
    if (!state->placed)
        return;
    QTextCursor c(doc);
    c.setPosition(state->start.position());
    c.setPosition(messageEnd(state), QTextCursor::KeepAnchor);
    c.removeSelectedText();
    state->frame = nullptr;
    state->chunk = nullptr;
    state->codeFrame = nullptr;
    state->codeChunk = nullptr;
    state->placed = false;
}

bool MessageDocumentWriter::isFull(const QTextFrame *chunk)
{
    if (!chunk)
        return true;
    return chunk->lastCursorPosition().blockNumber() - chunk->firstCursorPosition().blockNumber() >=
           ChunkBlocks;
}

QTextFrame *MessageDocumentWriter::newChunk(QTextCursor &c, QTextFrame *after) const
{
    if (after)
        c.setPosition(after->lastPosition() + 1);
    QTextFrameFormat ff;
    ff.setBorder(0);
    ff.setPadding(0);
    ff.setMargin(0);
    QTextFrame *chunk = c.insertFrame(ff);
    // The frame's first block and the block Qt keeps after it are one pixel high.
    QTextCursor edge(c);
    edge.setPosition(chunk->lastPosition() + 1);
    edge.setBlockFormat(flatBlockFormat());
    edge.setBlockCharFormat(tinyCharFormat());
    c.setBlockFormat(flatBlockFormat());
    c.setBlockCharFormat(tinyCharFormat());
    return chunk;
}

void MessageDocumentWriter::insertPiece(QTextCursor &c, const RenderPiece &piece, MessageDocumentState *state,
                                        bool stable) const
{
    const bool chunked = !state->frame;
    switch (piece.kind) {
    case RenderPiece::Kind::Html:
        if (stable && chunked && isFull(state->chunk))
            state->chunk = newChunk(c, state->chunk);
        c.insertHtml(pieceLead() + piece.html);
        break;
    case RenderPiece::Kind::CodeBegin: {
        if (chunked && isFull(state->chunk))
            state->chunk = newChunk(c, state->chunk);
        QTextFrameFormat cf;
        cf.setBackground(m_theme.codeBackground);
        cf.setBorder(1);
        cf.setBorderBrush(m_theme.codeBorder);
        cf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cf.setPadding(8);
        cf.setTopMargin(4);
        cf.setBottomMargin(8);
        state->codeFrame = c.insertFrame(cf);
        QTextBlockFormat bf;
        bf.setBottomMargin(4);
        c.setBlockFormat(bf);
        c.insertHtml(piece.html);
        state->codeChunk = newChunk(c, nullptr);
        break;
    }
    case RenderPiece::Kind::CodeLine: {
        if (stable && isFull(state->codeChunk) && state->codeChunk)
            state->codeChunk = newChunk(c, state->codeChunk);
        QTextCharFormat cf;
        cf.setFontFamilies({m_theme.monospaceFamily});
        c.insertBlock(QTextBlockFormat(), cf);
        if (!piece.html.isEmpty())
            c.insertHtml(QStringLiteral("<span style=\"white-space:pre; font-family:'%1';\">%2</span>")
                             .arg(m_theme.monospaceFamily, piece.html));
        break;
    }
    case RenderPiece::Kind::CodeEnd:
        if (state->codeFrame)
            c.setPosition(state->codeFrame->lastPosition() + 1);
        state->codeFrame = nullptr;
        state->codeChunk = nullptr;
        break;
    }
}
