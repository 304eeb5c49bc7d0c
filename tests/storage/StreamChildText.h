// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The text the crash-test child streams, chunk by chunk, so the test can check what survived.
inline QString streamChunk(int index)
{
    return QStringLiteral("[%1] Фрагмент ответа номер %1, mixed with English words. ").arg(index);
}

inline QString streamText(int chunks)
{
    QString text;
    for (int i = 0; i < chunks; ++i) {
        text += streamChunk(i);
    }
    return text;
}

inline const QString &streamUserPrompt()
{
    static const QString prompt = QStringLiteral("Напиши очень длинный ответ, пожалуйста.");
    return prompt;
}
