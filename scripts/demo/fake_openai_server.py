#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A tiny OpenAI-compatible server on 127.0.0.1 for demos and screenshots.

It streams a canned Markdown answer word by word as Chat Completions SSE chunks, with usage.
Usage: fake_openai_server.py PORT
"""
import http.server
import json
import sys
import time

ANSWERS = [
    """Here is a small **C++** example and a comparison table:

```cpp
#include <iostream>
#include <string>

int main() {
    const std::string greeting = "Привет, мир!";
    std::cout << greeting << '\\n'; // prints a greeting
    return 0;
}
```

| Provider | Wire format | Streaming |
|---|---|---|
| YandexGPT | NDJSON | cumulative text |
| GigaChat | SSE | deltas |
| Ollama | NDJSON | deltas |

1. Edit any earlier prompt and the old answer stays as a **branch**.
2. ~~Lose history~~ Keep every version.

> Everything is stored locally in SQLite.
""",
    """A shorter alternative:

```python
print("Hello from another branch")
```

Use **Ctrl+R** to regenerate an answer; the branch explorer on the right shows every version.
""",
]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0

    def do_GET(self):
        body = json.dumps({"object": "list", "data": [{"id": "llama-3.3-70b-versatile", "object": "model"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        answer = ANSWERS[Handler.count % len(ANSWERS)]
        Handler.count += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def write(data):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

        words = answer.split(" ")
        for i, word in enumerate(words):
            piece = word + (" " if i < len(words) - 1 else "")
            chunk = {"choices": [{"index": 0, "delta": {"content": piece}}]}
            write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            time.sleep(0.005)
        write(b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n')
        usage = {"prompt_tokens": 38, "completion_tokens": len(words) * 2, "total_tokens": 38 + len(words) * 2}
        write(b"data: " + json.dumps({"choices": [], "usage": usage}).encode() + b"\n\n")
        write(b"data: [DONE]\n\n")
        write(b"")

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
