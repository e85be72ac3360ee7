"""Dialogue benchmark: offline extraction and the pure transition per message, and inbound_handle end to end.

Run: .venv/bin/python bench/dialogue.py   (SQLite in a temporary file; nothing is sent: outbox transport)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("Q_SYNC", "false")  # sends are enqueued (ORM broker), not run inline
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("OPENAI_API_KEY", "")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from accounts.models import User  # noqa: E402
from conversations.dialogue import Message, State, parse_command, transition  # noqa: E402
from conversations.extraction.evaluate import load_labelled  # noqa: E402
from conversations.extraction.rules import extract_rules  # noqa: E402
from conversations.models import InboundMessage  # noqa: E402
from conversations.services import inbound_handle  # noqa: E402


def per_call_ms(fn, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def show(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{name:34} n={len(times):4}  median {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms")


def main() -> None:
    texts = [row["text"] for row in load_labelled()] * 5
    extract_rules(texts[0])  # build the pattern caches once
    show("rule extraction", per_call_ms(extract_rules, texts))
    messages = [Message("text", text=t, extracted=extract_rules(t)) for t in texts]
    show("transition (pure)", per_call_ms(lambda m: transition(State(), m), messages))

    call_command("migrate", verbosity=0)

    def handle(i: int) -> None:
        user, _ = User.objects.get_or_create(phone_number=f"+23480{i % 50:08d}")
        body = texts[i % len(texts)] if i % 3 else "yes"
        parse_command(body)
        message = InboundMessage.objects.create(wa_message_id=f"bench-{i}", user=user, message_type="text", text=body)
        inbound_handle(inbound_id=message.pk)

    show("inbound_handle (SQLite, outbox)", per_call_ms(handle, range(300)))


if __name__ == "__main__":
    main()
