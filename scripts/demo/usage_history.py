#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a project bundle with three weeks of answers from several providers, for the
usage screenshot: `mmchat import` reads it like any exported project.

Usage: usage_history.py OUTPUT.json
"""
import datetime
import json
import random
import sys

random.seed(7)
MODELS = [  # provider, model, $ or ₽ per million input / output tokens, currency
    ("groq", "llama-3.3-70b-versatile", 0.59, 0.79, "USD"),
    ("openai", "gpt-4o-mini", 0.15, 0.60, "USD"),
    ("anthropic", "claude-sonnet-4-5", 3.00, 15.00, "USD"),
    ("gigachat", "GigaChat-2-Pro", 1500, 1500, "RUB"),
]
TOPICS = ["Contract review", "Release notes", "SQL tuning", "Translation RU→EN", "Test plan",
          "Customer letter", "Parser design", "Budget memo"]

today = datetime.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
conversations = []
next_id = 1
for day in range(20, -1, -1):
    when = today - datetime.timedelta(days=day)
    if when.weekday() >= 5 and random.random() < 0.6:
        continue  # quieter weekends
    for _ in range(random.randint(1, 3)):
        provider, model, price_in, price_out, currency = random.choice(MODELS)
        messages = []
        parent = None
        for turn in range(random.randint(1, 4)):
            prompt_tokens = random.randint(300, 6000) * (turn + 1)
            completion_tokens = random.randint(150, 1800)
            cost = (prompt_tokens * price_in + completion_tokens * price_out) / 1e6
            stamp = when + datetime.timedelta(minutes=7 * turn + random.randint(0, 300))
            user = {"id": next_id, "parent": parent, "role": "user", "content": "…", "state": "complete",
                    "created_at": stamp.isoformat()}
            answer = {"id": next_id + 1, "parent": next_id, "role": "assistant", "content": "…",
                      "state": "complete", "provider": provider, "model": model,
                      "created_at": (stamp + datetime.timedelta(seconds=20)).isoformat(),
                      "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "cost": round(cost, 6), "currency": currency}
            messages += [user, answer]
            parent = next_id + 1
            next_id += 2
        conversations.append({"format": "multimodel-chat-conversation", "version": 2,
                              "title": random.choice(TOPICS), "provider": provider, "model": model,
                              "messages": messages, "active_leaf": parent})

bundle = {"format": "multimodel-chat-project", "version": 1,
          "project": {"name": "Client work", "description": "Three weeks of answers",
                      "monthly_budget": {"amount": 25, "currency": "USD"}},
          "files": [], "conversations": conversations}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(bundle, out, ensure_ascii=False, indent=1)
