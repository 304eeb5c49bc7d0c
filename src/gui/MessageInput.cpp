// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageInput.h"

#include <QMimeData>
#include <QUrl>

QStringList MessageInput::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

bool MessageInput::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MessageInput::insertFromMimeData(const QMimeData *source)
{
    const QStringList paths = localFiles(source);
    if (!paths.isEmpty()) {
        Q_EMIT filesPasted(paths);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
