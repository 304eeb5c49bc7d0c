// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Project.h"
#include "Repository.h"

#include <QList>

#include <optional>

class ProjectRepository : public Repository
{
public:
    using Repository::Repository;

    qint64 create(const Project &project);
    std::optional<Project> project(qint64 id) const;
    // By name.
    QList<Project> list() const;
    bool update(const Project &project);
    // The project's conversations stay, outside any project.
    bool remove(qint64 id);
};
