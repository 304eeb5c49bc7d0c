// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RenderTheme.h"

#include <QString>

#include <memory>

// Turns code into HTML spans, one line at a time, so a code block that is still streaming can be
// highlighted line by line with the state carried over. Uses KSyntaxHighlighting when it is built
// in; otherwise (and for unknown languages) the lines come back escaped, without colours.
class CodeHighlighter
{
public:
    CodeHighlighter(const QString &language, const RenderTheme &theme);
    ~CodeHighlighter();
    CodeHighlighter(const CodeHighlighter &) = delete;
    CodeHighlighter &operator=(const CodeHighlighter &) = delete;

    // True when a syntax definition was found for the language.
    bool isHighlighting() const;
    // The definition's display name ("C++"), or the fence language as given.
    QString languageName() const;

    // HTML for one line (no newline, no block markup); advances the highlighting state.
    QString highlightLine(const QString &line);
    // HTML for a line that may still grow; does not advance the state.
    QString peekLine(const QString &line) const;

    static bool isAvailable();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
