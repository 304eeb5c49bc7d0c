// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// UTF-8 checks for bytes that came off the network.
namespace Utf8 {

// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValid(const char *data, qsizetype size);

// The bytes unchanged when valid, otherwise with every invalid sequence replaced by U+FFFD.
QByteArray sanitized(const QByteArray &bytes);

} // namespace Utf8
