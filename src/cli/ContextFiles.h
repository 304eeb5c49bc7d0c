// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Attachment.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CliContext;

// Files added with `add-context` / `/add-context`: remembered for the conversation (in the
// history's settings, key cli.pending_context.<id>) until the next prompt, which carries them
// as attachments (loaded by AttachmentLoader with the limits of config.json).
class ContextFiles
{
    Q_DECLARE_TR_FUNCTIONS(ContextFiles)

public:
    explicit ContextFiles(CliContext &context);

    // Checks that the files load (text, within the limits) and remembers them.
    bool add(qint64 conversationId, const QStringList &paths, QString *error);
    QStringList pending(qint64 conversationId) const;

    // The pending files as attachments; false with *error when one no longer loads.
    bool load(qint64 conversationId, QList<Attachment> *attachments, QString *error) const;
    // After the prompt was stored with them.
    void clear(qint64 conversationId);

private:
    static QString key(qint64 conversationId);
    bool loadPaths(const QStringList &paths, QList<Attachment> *attachments, QString *error) const;

    CliContext &m_context;
};
