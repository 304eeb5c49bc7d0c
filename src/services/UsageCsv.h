// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/UsageRepository.h"

#include <QByteArray>

// A usage table as CSV (RFC 4180, UTF-8, a header row, "." as the decimal point), for a
// spreadsheet. Costs carry their currency in a column of their own.
namespace UsageCsv {

QByteArray write(const QList<UsageRow> &rows);
// One field, quoted when it holds a comma, a quote or a line break.
QString field(const QString &value);

} // namespace UsageCsv
