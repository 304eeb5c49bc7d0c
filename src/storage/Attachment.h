// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A file given as context, attached to a message or to a project. Only its text (when it has
// one) is kept, not the bytes.
struct Attachment
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString textContent;
    QDateTime createdAt;

    // The file names in order, for the lines that list them.
    static QStringList namesOf(const QList<Attachment> &attachments)
    {
        QStringList names;
        for (const Attachment &attachment : attachments)
            names << attachment.fileName;
        return names;
    }
};
