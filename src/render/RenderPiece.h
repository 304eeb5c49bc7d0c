// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One unit of rendered output. A message is a sequence of pieces: blocks of rich-text HTML, and
// top-level code blocks split into a header, one piece per line and an end, so that a streaming
// code block grows line by line instead of being re-rendered whole.
struct RenderPiece
{
    enum class Kind { Html, CodeBegin, CodeLine, CodeEnd };

    Kind kind = Kind::Html;
    // Html: block-level HTML. CodeBegin: the header line (language label and Copy link).
    // CodeLine: inline HTML spans of one line of code. CodeEnd: empty.
    QString html;
    QString language;   // CodeBegin: language from the fence info, may be empty
    int codeIndex = -1; // CodeBegin: index of the code block within the message

    bool operator==(const RenderPiece &other) const
    {
        return kind == other.kind && html == other.html && language == other.language &&
               codeIndex == other.codeIndex;
    }
    bool operator!=(const RenderPiece &other) const { return !(*this == other); }
};

using RenderPieceList = QList<RenderPiece>;
