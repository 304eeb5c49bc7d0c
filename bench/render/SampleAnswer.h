// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Realistic model answers for the render benchmark and the screenshots.
namespace SampleAnswer {

// About 2 KB touching every construct the renderer knows.
QString rich();
// About 200 KB: prose, lists, tables, code blocks in several languages and one block of
// 3,000 lines.
QString large();
// Cuts text into pieces the way a fast stream delivers it.
QStringList chunks(const QString &text, int count);

} // namespace SampleAnswer
