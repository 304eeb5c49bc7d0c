// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MarkdownRenderer.h"
#include "render/RenderPiece.h"

#include <QString>

#include <memory>

class CodeHighlighter;

// Renders a reply while it streams. Text is cut into top-level runs of blocks at a blank line
// followed by an unindented line, and around top-level fenced code blocks. A finished run is
// rendered once into stablePieces(), which only grows; code blocks grow one line at a time. Only
// the unfinished run (tail()) is rendered again on each update, so the cost of an update does
// not depend on how long the reply already is.
class StreamingMarkdown
{
public:
    explicit StreamingMarkdown(const MarkdownRenderer &renderer);
    ~StreamingMarkdown();
    StreamingMarkdown(const StreamingMarkdown &) = delete;
    StreamingMarkdown &operator=(const StreamingMarkdown &) = delete;

    void append(const QString &delta);
    // For providers that send the whole text so far: an extension is appended, anything else
    // starts over (generation() changes, stablePieces() is rebuilt).
    void replaceText(const QString &text);
    // No more text: the tail becomes stable.
    void finish();

    const QString &text() const { return m_text; }
    bool isFinished() const { return m_finished; }
    const RenderPieceList &stablePieces() const { return m_stable; }
    // The unfinished part, rendered now; inside an open code block, the partial last line.
    RenderPieceList tail() const;
    // Changes when replaceText() starts over.
    int generation() const { return m_generation; }
    int codeBlockCount() const { return m_codeIndex; }

private:
    void reset();
    void scan();
    void handleLine(int start, int end, bool lastLine);
    void flushSegment(int end);
    bool openFence(const QString &line);
    bool closesFence(const QString &line) const;
    void closeFence();

    MarkdownRenderer m_renderer;
    QString m_text;
    RenderPieceList m_stable;
    int m_scanPos = 0;  // start of the first line not yet handled
    int m_segStart = 0; // start of the unfinished run of blocks
    bool m_segHasText = false;
    bool m_sawBlank = false;
    bool m_finished = false;
    int m_generation = 0;
    int m_codeIndex = 0;
    // Open top-level fence.
    bool m_inFence = false;
    QChar m_fenceChar;
    int m_fenceLen = 0;
    int m_fenceIndent = 0;
    int m_fenceLines = 0;
    std::unique_ptr<CodeHighlighter> m_highlighter;
};
