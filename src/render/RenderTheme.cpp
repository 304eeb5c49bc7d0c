// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderTheme.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

namespace {

QString systemMonospaceFamily()
{
    // The font database needs a GUI application; plain "monospace" is resolved by fontconfig.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        return QStringLiteral("monospace");
    // Rich text resolves a family by name only, so give it one that is installed and fixed-pitch
    // (Qt 5 offscreen reports a generic "Monospace" that falls back to a proportional font).
    static const QString family = [] {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (QFontInfo(font).fixedPitch())
            return QFontInfo(font).family();
        font = QFont(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
        return QFontInfo(font).family();
    }();
    return family;
}

} // namespace

RenderTheme RenderTheme::light()
{
    RenderTheme t;
    t.dark = false;
    t.text = QColor(0x1f, 0x23, 0x28);
    t.mutedText = QColor(0x59, 0x63, 0x6e);
    t.link = QColor(0x09, 0x69, 0xda);
    t.codeBackground = QColor(0xf3, 0xf5, 0xf7);
    t.codeBorder = QColor(0xd0, 0xd7, 0xde);
    t.codeText = QColor(0x1f, 0x23, 0x28);
    t.quoteBar = QColor(0xd0, 0xd7, 0xde);
    t.quoteBackground = QColor(0xf8, 0xf9, 0xfa);
    t.tableBorder = QColor(0xd0, 0xd7, 0xde);
    t.tableHeaderBackground = QColor(0xf0, 0xf2, 0xf4);
    t.rule = QColor(0xd0, 0xd7, 0xde);
    t.mathText = QColor(0x6f, 0x42, 0xc1);
    t.errorText = QColor(0xcf, 0x22, 0x2e);
    t.userBackground = QColor(0xea, 0xf2, 0xfd);
    t.assistantBackground = QColor(0xff, 0xff, 0xff);
    t.monospaceFamily = systemMonospaceFamily();
    return t;
}

RenderTheme RenderTheme::darkTheme()
{
    RenderTheme t;
    t.dark = true;
    t.text = QColor(0xe6, 0xed, 0xf3);
    t.mutedText = QColor(0x9d, 0xa7, 0xb3);
    t.link = QColor(0x58, 0xa6, 0xff);
    t.codeBackground = QColor(0x23, 0x26, 0x29);
    t.codeBorder = QColor(0x3d, 0x44, 0x4d);
    t.codeText = QColor(0xe6, 0xed, 0xf3);
    t.quoteBar = QColor(0x3d, 0x44, 0x4d);
    t.quoteBackground = QColor(0x1c, 0x21, 0x28);
    t.tableBorder = QColor(0x3d, 0x44, 0x4d);
    t.tableHeaderBackground = QColor(0x26, 0x2c, 0x33);
    t.rule = QColor(0x3d, 0x44, 0x4d);
    t.mathText = QColor(0xd2, 0xa8, 0xff);
    t.errorText = QColor(0xff, 0x7b, 0x72);
    t.userBackground = QColor(0x1f, 0x2d, 0x3d);
    t.assistantBackground = QColor(0x16, 0x1b, 0x22);
    t.monospaceFamily = systemMonospaceFamily();
    return t;
}
