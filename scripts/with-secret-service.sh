#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command against a real, private Secret Service: a new D-Bus session bus with an
# unlocked gnome-keyring-daemon whose keyring lives in a temporary folder. Keychain tests run
# through it, so they never touch the user's own keyring and need no display.
# (An empty keyring password makes gnome-keyring ask through a prompt, which fails headless.)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS…]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p -m 700 "$home/run" "$home/home" "$home/data"
export XDG_RUNTIME_DIR="$home/run" HOME="$home/home" XDG_DATA_HOME="$home/data"

exec dbus-run-session -- bash -c '
    eval "$(printf "mmchat-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' with-secret-service "$@"
