// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RenderPiece.h"
#include "render/RenderTheme.h"

#include <QString>
#include <QStringList>

// Markdown (GitHub flavour, through cmark-gfm) to HTML in the subset Qt's rich text understands.
// Model output is untrusted: raw HTML comes out as text, images become a link to their URL (never
// an <img>), only http, https and mailto links are links, and nothing refers to a resource that
// could be loaded.
class MarkdownRenderer
{
public:
    explicit MarkdownRenderer(const RenderTheme &theme = RenderTheme::light());

    const RenderTheme &theme() const { return m_theme; }
    void setTheme(const RenderTheme &theme) { m_theme = theme; }
    // Prefix of the "Copy code" links; the code block's index is appended.
    QString copyAnchorPrefix() const { return m_copyPrefix; }
    void setCopyAnchorPrefix(const QString &prefix) { m_copyPrefix = prefix; }

    // The whole text as one HTML fragment; equal to what streaming the same text produces.
    QString toHtml(const QString &markdown) const;
    // One run of blocks without top-level fenced code. *codeIndex counts code blocks rendered.
    QString renderSegment(const QString &markdown, int *codeIndex) const;
    QString piecesToHtml(const RenderPieceList &pieces) const;
    // Header line of a code block: language label and a Copy code link.
    QString codeHeaderHtml(const QString &language, int codeIndex) const;

    // Code blocks show at most this many lines (the rest is copied with Copy code): Qt needs
    // seconds to lay out hundreds of thousands of lines.
    static constexpr int MaxCodeLines = 3000;
    QString codeOverflowHtml(int hiddenLines) const;
    // For output that is never laid out on screen (Copy text): every line of every code block.
    void setCodeLineLimit(int lines) { m_codeLineLimit = lines; }
    int codeLineLimit() const { return m_codeLineLimit; }

    // The text of every code block, in the order of their codeIndex.
    static QStringList codeBlocks(const QString &markdown);
    static bool isSafeLinkUrl(const QString &url);

private:
    RenderTheme m_theme;
    QString m_copyPrefix = QStringLiteral("mmchat-copy:");
    int m_codeLineLimit = MaxCodeLines;
};
