// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderInfo.h"

#include <mmchat/config.h>

#include <QCoreApplication>

#include <cmark-gfm.h>

#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
#include <ksyntaxhighlighting_version.h>
#endif

QString RenderInfo::cmarkGfmVersion()
{
    return QString::fromLatin1(cmark_version_string());
}

QString RenderInfo::syntaxHighlightingVersion()
{
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral(SyntaxHighlighting_VERSION_STRING);
#else
    return QCoreApplication::translate("RenderInfo", "not built in");
#endif
}

bool RenderInfo::hasSyntaxHighlighting()
{
    return MMCHAT_HAVE_KSYNTAXHIGHLIGHTING;
}
