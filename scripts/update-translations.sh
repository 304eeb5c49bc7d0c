#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes translations/*.ts from the sources and forms (lupdate). New strings appear as
# unfinished; translate them in Qt Linguist (tests/core checks that Russian has none left).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none src providers ui \
    -ts translations/multimodel-chat_en.ts translations/multimodel-chat_ru.ts
