// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Attachment.h"

class AppConfig;

#include <QList>
#include <QString>
#include <QStringList>

// Turns files and folders the user drops or picks into text attachments, with the limits from
// the settings. Binary files are detected from their content (not their name); invalid UTF-8 is
// decoded with replacement characters and flagged; every refusal names the file and the reason.
class AttachmentLoader
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 512 * 1024;
        qint64 maxTotalBytes = 2 * 1024 * 1024;
        int maxFilesPerFolder = 200;

        // The limits the user set (config.json `limits`), these defaults where unset.
        static Limits fromConfig(const AppConfig &config);
    };

    struct Result
    {
        QList<Attachment> attachments;
        QStringList problems; // one translated sentence per refused file
        QStringList warnings; // accepted with a remark (invalid UTF-8 replaced)
    };

    explicit AttachmentLoader(const Limits &limits);
    AttachmentLoader()
        : AttachmentLoader(Limits())
    {}

    // Loads `paths` (files or folders, expanded to their text files), counting `alreadyBytes`
    // of attachments the message already has against the total limit.
    Result load(const QStringList &paths, qint64 alreadyBytes = 0) const;

    // True when the bytes look like text, judged by the content alone (never the name): no NUL
    // byte, no known binary format, hardly any control characters.
    static bool looksLikeText(const QByteArray &head);
    // The attachment as the model sees it: the file name and its content in a fence long
    // enough that nothing inside can close it.
    static QString asContext(const Attachment &attachment);

private:
    void loadFile(const QString &path, Result &result, qint64 &total) const;

    Limits m_limits;
};
