// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextFiles.h"

#include "CliContext.h"

#include "services/AttachmentLoader.h"
#include "storage/SettingsRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

ContextFiles::ContextFiles(CliContext &context)
    : m_context(context)
{}

QString ContextFiles::key(qint64 conversationId)
{
    return QStringLiteral("cli.pending_context.%1").arg(conversationId);
}

bool ContextFiles::loadPaths(const QStringList &paths, QList<Attachment> *attachments, QString *error) const
{
    const AttachmentLoader::Result result =
        AttachmentLoader(AttachmentLoader::Limits::fromConfig(m_context.config())).load(paths);
    for (const QString &warning : result.warnings)
        m_context.terminal().warning(warning);
    if (!result.problems.isEmpty()) {
        *error = result.problems.join(QLatin1Char(' '));
        return false;
    }
    *attachments = result.attachments;
    return true;
}

bool ContextFiles::add(qint64 conversationId, const QStringList &paths, QString *error)
{
    QStringList all = pending(conversationId);
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!all.contains(absolute))
            all << absolute;
    }
    QList<Attachment> attachments;
    if (!loadPaths(all, &attachments, error))
        return false;
    SettingsRepository settings(m_context.database());
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact);
    if (!settings.setValue(key(conversationId), QString::fromUtf8(json))) {
        *error = settings.lastError().userMessage();
        return false;
    }
    return true;
}

QStringList ContextFiles::pending(qint64 conversationId) const
{
    const QString stored = SettingsRepository(m_context.database()).value(key(conversationId)).toString();
    QStringList paths;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue &value : array)
        paths << value.toString();
    return paths;
}

bool ContextFiles::load(qint64 conversationId, QList<Attachment> *attachments, QString *error) const
{
    attachments->clear();
    const QStringList paths = pending(conversationId);
    return paths.isEmpty() || loadPaths(paths, attachments, error);
}

void ContextFiles::clear(qint64 conversationId)
{
    SettingsRepository(m_context.database()).remove(key(conversationId));
}
