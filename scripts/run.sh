#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds the default (Qt 6) configuration and starts the app.
# A second run does no apt work and rebuilds only what changed. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across checkouts in different folders (CI clones afresh every run).
export CCACHE_BASEDIR="$(pwd)" CCACHE_NOHASHDIR=true

scripts/deps.sh run
cmake --preset qt6 >/dev/null
cmake --build --preset qt6 --target multimodel-chat mmchat

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "Built build/qt6/src/app/multimodel-chat, but there is no display to show it on." >&2
    echo "Run it from a desktop session, or under xvfb-run for a virtual one." >&2
    exit 1
fi
exec build/qt6/src/app/multimodel-chat "$@"
