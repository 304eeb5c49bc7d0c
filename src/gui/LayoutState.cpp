// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutState.h"

#include <QMainWindow>
#include <QSettings>

namespace {
// Bump when docks are added or renamed, so an old saved state is not applied to a new layout.
constexpr int kLayoutVersion = 1;
} // namespace

void LayoutState::save(const QMainWindow &window, const QString &file)
{
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("state"), window.saveState(kLayoutVersion));
    settings.endGroup();
    settings.sync();
}

bool LayoutState::restore(QMainWindow &window, const QString &file)
{
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    settings.endGroup();
    if (geometry.isEmpty() || state.isEmpty())
        return false;
    const bool geometryOk = window.restoreGeometry(geometry);
    const bool stateOk = window.restoreState(state, kLayoutVersion);
    return geometryOk && stateOk;
}
