// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeTextDocument.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcRender, "mmchat.render")

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    ++m_refused;
    qCDebug(lcRender) << "refused to load resource" << type << name.toDisplayString();
    return {};
}
