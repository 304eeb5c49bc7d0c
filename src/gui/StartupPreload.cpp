// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupPreload.h"

#include "storage/Database.h"

#include <QBuffer>
#include <QByteArray>
#include <QImageReader>

namespace {

void preload()
{
    Database::preloadDriver();
    // Data no built-in reader recognises makes Qt ask every image plugin, which loads them.
    QByteArray unknown(16, '\0');
    QBuffer buffer(&unknown);
    buffer.open(QIODevice::ReadOnly);
    QImageReader(&buffer).canRead();
}

} // namespace

StartupPreload::StartupPreload()
    : m_thread(preload)
{}

StartupPreload::~StartupPreload()
{
    wait();
}

void StartupPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
