// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHit.h"

QString SearchHit::snippetHtml() const
{
    // Escaping leaves the control-character markers alone, so they can be swapped afterwards.
    return snippet.toHtmlEscaped()
        .replace(kHighlightStart, QStringLiteral("<b>"))
        .replace(kHighlightEnd, QStringLiteral("</b>"));
}

QString SearchHit::snippetWith(const QString &start, const QString &end) const
{
    QString text = snippet;
    text.replace(kHighlightStart, start).replace(kHighlightEnd, end);
    return text;
}
