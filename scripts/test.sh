#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds the Qt 6 and Qt 5 configurations, runs every test of both,
# checks formatting and validates the desktop integration files. Exits non-zero on any failure.
# Needs no display: GUI tests run on the offscreen platform, keychain tests against a real
# Secret Service (gnome-keyring) that scripts/with-secret-service.sh starts in a private
# D-Bus session for each of them.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across checkouts in different folders (CI clones afresh every run).
export CCACHE_BASEDIR="$(pwd)" CCACHE_NOHASHDIR=true
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

step "Dependencies"
scripts/deps.sh test

step "Formatting (clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find src providers tests bench -name '*.cpp' -o -name '*.h')
if [ ${#sources[@]} -gt 0 ]; then
    clang-format --dry-run --Werror "${sources[@]}"
fi
echo "${#sources[@]} files formatted correctly"

step "Translations (every string of the sources in translations/*.ts, translated)"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
scratch=$(mktemp -d)
cp translations/*.ts "$scratch/"
"$lupdate" -silent -no-obsolete -locations none src providers ui -ts "$scratch"/*.ts
if grep -l 'type="unfinished"' "$scratch"/*.ts; then
    echo "Strings without a translation: run scripts/update-translations.sh and translate them." >&2
    rm -rf "$scratch"
    exit 1
fi
rm -rf "$scratch"
echo "translations complete"

step "Desktop integration files"
desktop-file-validate packaging/linux/io.github.mmchat.MultimodelChat.desktop
appstreamcli validate --no-net --pedantic packaging/linux/io.github.mmchat.MultimodelChat.metainfo.xml

presets=(${MMCHAT_PRESETS:-qt6 qt5})
for preset in "${presets[@]}"; do
    step "Configure and build: $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
done

status=0
for preset in "${presets[@]}"; do
    step "Tests: $preset"
    # Keychain tests start their own private Secret Service (scripts/with-secret-service.sh).
    if ! QT_QPA_PLATFORM=offscreen ctest --preset "$preset" -j2; then
        status=1
    fi
done

step "Debian package (qt6)"
(cd build/qt6 && cpack -G DEB >/dev/null && deb=$(ls -t multimodel-chat_*.deb | head -n1) &&
    dpkg-deb --info "$deb" | grep -E 'Package|Version|Depends' && dpkg-deb --contents "$deb" |
    grep -E 'bin/(multimodel-chat|mmchat)$|applications/.*desktop$|metainfo/.*xml$|scalable/apps/.*svg$')

if [ $status -ne 0 ]; then
    echo "Some tests failed." >&2
fi
exit $status
