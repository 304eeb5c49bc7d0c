#!/bin/sh
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: openai_node_bench.sh <base-url> <expected-events>
# Installs the official openai npm package into a temporary directory, streams the same local
# chat completion with it three times and prints the median "openai_node_events_per_s: N".
set -eu
base_url=$1
expected=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
npm init -y >/dev/null 2>&1
npm install --silent --no-audit --no-fund openai >/dev/null 2>&1 || { echo "npm install openai failed" >&2; exit 1; }
cat > bench.mjs <<'JS'
import OpenAI from 'openai';
const [baseURL, expected] = process.argv.slice(2);
const client = new OpenAI({ apiKey: 'sk-bench-0000000000000000', baseURL, maxRetries: 0 });
const rates = [];
for (let rep = 0; rep < 3; rep++) {
  const start = process.hrtime.bigint();
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Count.' }], stream: true });
  let events = 0;
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta?.content) events++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (events !== Number(expected)) { console.error(`node got ${events} events`); process.exit(1); }
  rates.push(events / seconds);
}
rates.sort((a, b) => a - b);
console.log(`openai_node_events_per_s: ${Math.round(rates[1])}`);
console.log(`openai_node_version: ${(await import('openai/version')).VERSION ?? 'unknown'}`);
JS
node bench.mjs "$base_url" "$expected"
