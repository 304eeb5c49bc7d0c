// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "Repository.h"

#include <QList>

class AttachmentRepository : public Repository
{
public:
    using Repository::Repository;

    qint64 add(const Attachment &attachment);
    QList<Attachment> forMessage(qint64 messageId) const;
    bool remove(qint64 id);
};
