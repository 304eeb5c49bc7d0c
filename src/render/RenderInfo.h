// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Versions of the rendering libraries, for About and --version.
namespace RenderInfo {

QString cmarkGfmVersion();
// The KSyntaxHighlighting version, or a translated "not built in".
QString syntaxHighlightingVersion();
bool hasSyntaxHighlighting();

} // namespace RenderInfo
