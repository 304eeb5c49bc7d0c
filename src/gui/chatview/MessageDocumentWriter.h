// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/chatview/ChatViewMessage.h"
#include "render/RenderPiece.h"
#include "render/RenderTheme.h"

#include <QPointer>
#include <QTextCursor>
#include <QTextFormat>
#include <QTextFrame>

class QTextDocument;

// Where one message lives in the chat document, and what of it is already there.
struct MessageDocumentState
{
    bool placed = false;
    QPointer<QTextFrame> frame;       // the bubble of a user message; answers are not framed
    QTextCursor start;                // where the message was inserted (end of the block before it)
    QTextCursor end;                  // end of the message; stays put when a message is added after it
    QTextCursor bodyStart;            // stays at the start of the body when text is inserted there
    QTextCursor tail;                 // selection: the part that is rendered again on the next update
    QTextBlockFormat tailBlockFormat; // of the block the tail starts in, before the tail went in
    QPointer<QTextFrame> chunk;       // the frame new body blocks go into
    QPointer<QTextFrame> codeFrame;   // open code block while streaming
    QPointer<QTextFrame> codeChunk;   // the frame new code lines go into
    int appliedStable = 0;
    int appliedGeneration = -1;
    bool hasFooter = false;
};

// Writes messages into the chat document: a header line (role, model, time), the body from
// rendered pieces, and a footer (usage, marks, actions). Bodies are updated in place: new stable
// pieces are appended and only the tail is replaced.
//
// Qt's layout and painting walk every block of a frame that changed, so an answer's body is cut
// into invisible chunk frames of a few dozen blocks (code blocks likewise): an update walks the
// current chunk and steps over the finished ones, whatever the length of the answer.
class MessageDocumentWriter
{
public:
    explicit MessageDocumentWriter(const RenderTheme &theme);

    void setTheme(const RenderTheme &theme) { m_theme = theme; }

    // Inserts the message's header at position, which must be the end of a block.
    void insertMessage(QTextDocument *doc, int position, const ChatViewMessage &message,
                       MessageDocumentState *state);
    // Brings the body up to date: appends stable pieces not written yet, replaces the tail.
    void updateBody(QTextDocument *doc, MessageDocumentState *state, const RenderPieceList &stable,
                    int generation, const RenderPieceList &tail);
    void writeFooter(QTextDocument *doc, const ChatViewMessage &message, MessageDocumentState *state);
    // Greys out the body written so far (a message left out of the context).
    void dimBody(QTextDocument *doc, MessageDocumentState *state) const;
    void removeMessage(QTextDocument *doc, MessageDocumentState *state);

    QString headerHtml(const ChatViewMessage &message) const;
    QString footerHtml(const ChatViewMessage &message) const;

private:
    static int messageEnd(const MessageDocumentState *state);
    void insertPiece(QTextCursor &cursor, const RenderPiece &piece, MessageDocumentState *state,
                     bool stable) const;
    // Starts a new chunk frame after the full one (or the first one) and moves the cursor into it.
    QTextFrame *newChunk(QTextCursor &cursor, QTextFrame *after) const;
    static bool isFull(const QTextFrame *chunk);

    RenderTheme m_theme;
};
