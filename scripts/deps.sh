#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian packages a group needs, but only those that are missing, so a second
# run does no apt work at all. Usage: scripts/deps.sh build|run|test
set -euo pipefail

group=${1:-build}

build_packages=(
    cmake ninja-build ccache g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
    libgl-dev libreadline-dev
)
qt5_packages=(
    qtbase5-dev qttools5-dev qttools5-dev-tools libqt5sql5-sqlite qtkeychain-qt5-dev
    libkf5syntaxhighlighting-dev extra-cmake-modules qttranslations5-l10n
)
# Qt's own strings (standard buttons, file dialogs) in the UI languages.
run_packages=(gnome-keyring libsecret-1-0 fonts-dejavu-core qt6-translations-l10n)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libsecret-1-0 desktop-file-utils appstream
    clang-format openssl xdotool imagemagick fonts-dejavu-core dpkg-dev file qt6-translations-l10n
)

case "$group" in
    build) wanted=("${build_packages[@]}") ;;
    run) wanted=("${build_packages[@]}" "${run_packages[@]}") ;;
    test) wanted=("${build_packages[@]}" "${qt5_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 build|run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: need ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
