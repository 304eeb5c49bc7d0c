#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the screenshots in packaging/screenshots/ from the real app: a virtual X display
# (Xvfb), a fake OpenAI-compatible server on 127.0.0.1, and xdotool typing like a person.
# Usage: scripts/screenshots.sh [build-dir]   (default build/qt6; needs xvfb, xdotool, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
app="$root/${1:-build/qt6}/src/app/multimodel-chat"
[ -x "$app" ] || { echo "Build the app first ($app is missing)" >&2; exit 1; }
out="$root/packaging/screenshots"
mkdir -p "$out"

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
python3 scripts/demo/fake_openai_server.py "$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT

write_config() {  # theme
    mkdir -p "$work/config/multimodel-chat"
    python3 - "$work/config/multimodel-chat/config.json" "$port" "$1" <<'PY'
import json, sys
path, port, theme = sys.argv[1], sys.argv[2], sys.argv[3]
json.dump({
    "version": 3,
    "default": {"provider": "groq", "model": "llama-3.3-70b-versatile"},
    "providers": {"groq": {"type": "openai", "name": "Groq", "base_url": f"http://127.0.0.1:{port}/openai/v1",
                           "api_key_env": "MMCHAT_DEMO_KEY", "models": ["llama-3.3-70b-versatile"]}},
    "ui": {"theme": theme, "language": "en", "font_size": 0},
}, open(path, "w"), indent=2)
PY
}

# Starts the app on its own virtual display with the given homes, places its window, runs the
# xdotool steps (a shell snippet), and saves the screen.
on_screen() {  # config-home data-home output.png steps
    XDG_CONFIG_HOME="$1" XDG_DATA_HOME="$2" MMCHAT_DEMO_KEY=demo-key LANG=en_US.UTF-8 \
        xvfb-run -a -s "-screen 0 1360x860x24" bash -c '
            "$0" >/dev/null 2>&1 &
            pid=$!
            for _ in $(seq 50); do xdotool search --name "Multimodel Chat" >/dev/null 2>&1 && break; sleep 0.2; done
            sleep 1.5
            wid=$(xdotool search --name "Multimodel Chat" | head -n1)
            xdotool windowsize "$wid" 1360 860; xdotool windowmove "$wid" 0 0; sleep 0.5
            eval "$2"
            import -window root "$1"
            kill $pid' "$app" "$3" "$4"
}

# One X session per shot; the first one also creates the conversation with two branches.
write_config light
on_screen "$work/config" "$work/data" "$out/main-light.png" '
    xdotool mousemove 600 800 click 1; sleep 0.3
    xdotool type --delay 8 "Show me a C++ example and a table"; xdotool key Return; sleep 3
    xdotool key ctrl+r; sleep 2.5
    xdotool key ctrl+r; sleep 2.5
    sleep 1'
write_config dark
on_screen "$work/config" "$work/data" "$out/main-dark.png" 'sleep 1'

# Usage and Cost over three weeks of answers from several providers (imported as a project).
usage_home=$(mktemp -d)
python3 scripts/demo/usage_history.py "$usage_home/history.json"
XDG_CONFIG_HOME="$usage_home/config" XDG_DATA_HOME="$usage_home/data" \
    "$(dirname "$app")/../cli/mmchat" import "$usage_home/history.json" >/dev/null
on_screen "$usage_home/config" "$usage_home/data" "$out/usage.png" '
    xdotool mousemove 600 800 click 1; sleep 0.3
    xdotool key ctrl+shift+u; sleep 1.5
    xdotool key End; sleep 1      # scope: all history'
rm -rf "$usage_home"
echo "Wrote $out/main-light.png, $out/main-dark.png and $out/usage.png"
