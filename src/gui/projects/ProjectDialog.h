// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Attachment.h"
#include "storage/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProjectDialog;
}

// A project as a working context: its name, the model and generation settings new
// conversations in it start with, its system prompt, a monthly budget, and files that go into
// every conversation's context. It edits values; ProjectController loads and stores them.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    struct ModelChoice
    {
        QString label; // "Groq · llama-3.3-70b-versatile"
        QString providerId;
        QString model;
    };

    explicit ProjectDialog(QWidget *parent = nullptr);
    ~ProjectDialog() override;

    void setModelChoices(const QList<ModelChoice> &choices);
    void setProject(const Project &project, const QList<Attachment> &files);
    // The project as edited (id and timestamps as given).
    Project project() const;
    // The files as they should be: kept ones with their ids, new ones with id 0.
    QList<Attachment> files() const { return m_files; }
    void addFiles(const QList<Attachment> &files, const QStringList &problems);

Q_SIGNALS:
    // Add Files… was pressed: the controller picks and loads them, then calls addFiles().
    void filesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFiles();
    void updateEnabled();

    const std::unique_ptr<Ui::ProjectDialog> m_ui;
    Project m_project;
    QList<Attachment> m_files;
};
