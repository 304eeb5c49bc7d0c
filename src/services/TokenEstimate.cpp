// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenEstimate.h"

int TokenEstimate::ofText(const QString &text)
{
    // Quarter tokens, so the sum stays an integer.
    qint64 quarters = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80)
            quarters += 1; // ASCII: ~4 characters per token
        else if (u >= 0x2E80 && u < 0xA000)
            quarters += 4; // CJK: ~1 per token
        else if (c.isLowSurrogate())
            quarters += 0; // counted with its high surrogate
        else
            quarters += 2; // Cyrillic, Greek, accented Latin …: ~2 characters per token
    }
    return int((quarters + 3) / 4);
}
