// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMainWindow;

// Saves and restores a main window's geometry and dock layout in ui-state.ini, a file of its
// own so that layout churn never touches config.json.
namespace LayoutState {

void save(const QMainWindow &window, const QString &file);
// Returns false when there was nothing to restore (first start) or the state was unusable.
bool restore(QMainWindow &window, const QString &file);

} // namespace LayoutState
