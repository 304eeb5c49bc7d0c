// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class Database;

// A whole project in one file: as JSON (the project's defaults, budget and files, and every
// conversation with its whole tree, re-importable), or as Markdown (each conversation's branch
// on screen, one after another). Never a key: nothing secret is in a project.
class ProjectBundle
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBundle)

public:
    static QStringList formats() { return {QStringLiteral("json"), QStringLiteral("md")}; }
    // The bundle of projectId; empty with *error set when there is no such project.
    static QByteArray write(Database &db, qint64 projectId, const QString &format, QString *error = nullptr);
    // Whether json is a project bundle (rather than one conversation).
    static bool isBundle(const QByteArray &json);

    struct ImportResult
    {
        qint64 projectId = 0; // 0: failed, see error
        QString name;         // as stored ("Legal (2)" when "Legal" existed)
        int conversations = 0;
        QString error;
    };
    // Reads a JSON bundle into a new project. Nothing is kept unless everything could be read.
    static ImportResult read(Database &db, const QByteArray &json, const QString &defaultProvider,
                             const QString &defaultModel);
};
