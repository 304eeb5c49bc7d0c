// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

// The message box: plain text, and files pasted into it (Ctrl+V, Shift+Insert, the context
// menu) become attachments instead of their paths as text.
class MessageInput : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

    // The local files a clipboard or drag carries (empty for anything else).
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    void filesPasted(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
