// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// Colours and fonts of rendered messages, one set for a light and one for a dark palette.
struct RenderTheme
{
    bool dark = false;
    QColor text;
    QColor mutedText; // labels, usage lines, block quote text
    QColor link;
    QColor codeBackground; // inline code and code blocks
    QColor codeBorder;
    QColor codeText; // plain code when nothing is highlighted
    QColor quoteBar;
    QColor quoteBackground;
    QColor tableBorder;
    QColor tableHeaderBackground;
    QColor rule;
    QColor mathText;
    QColor errorText;
    QColor userBackground;      // user message bubble
    QColor assistantBackground; // assistant message area
    QString monospaceFamily;

    static RenderTheme light();
    static RenderTheme darkTheme();
    static RenderTheme forDark(bool dark) { return dark ? darkTheme() : light(); }
};
