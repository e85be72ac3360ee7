"""How fast does /webhook/ acknowledge Meta? Prints median and p99 per kind of POST.

    .venv/bin/python bench/webhook_ack.py [--messages 1000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/aremu_bench REDIS_URL=redis://127.0.0.1:6379/9 \
        .venv/bin/python bench/webhook_ack.py

Each POST goes through the whole Django stack (middleware, HMAC over the raw body, parsing, the INSERT
and the Django-Q2 enqueue on the configured broker) via the test client, without a socket. Without
DATABASE_URL it uses a fresh SQLite file in a temp dir (migrated first). Target: median < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='aremu-bench-')}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aremu.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")  # runs as deployed: DEBUG off
os.environ.setdefault("LOG_LEVEL", "ERROR")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from conversations.webhook import sign  # noqa: E402

SECRET = "bench-secret"


def envelope(index: int, kind: str) -> dict:
    wa_id = f"234803{index % 10_000_000:07d}"
    value: dict[str, Any]
    if kind == "status":
        value = {"statuses": [{"id": f"wamid.unknown.{uuid.uuid4().hex}", "status": "delivered",
                               "timestamp": "1764331200", "recipient_id": wa_id}]}
    else:
        message = {"from": wa_id, "id": f"wamid.{uuid.uuid4().hex}", "timestamp": "1764331200",
                   "type": "text", "text": {"body": "I'm a backend developer in Lagos, 4 years, hybrid"}}
        value = {"contacts": [{"profile": {"name": "Bench"}, "wa_id": wa_id}], "messages": [message]}
    value |= {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "1"}}
    return {"object": "whatsapp_business_account", "entry": [{"id": "W", "changes": [{"field": "messages",
                                                                                     "value": value}]}]}


def timed_posts(client: Client, bodies: list[bytes]) -> list[float]:
    times = []
    for body in bodies:
        started = time.perf_counter()
        response = client.post("/webhook/", data=body, content_type="application/json",
                               HTTP_X_HUB_SIGNATURE_256=sign(body, SECRET))
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content
    return times


def report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{name:<22} n={len(times):>5}  median={statistics.median(times):6.2f} ms  p99={p99:6.2f} ms  "
          f"max={ordered[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    settings.WHATSAPP_APP_SECRET = SECRET
    client = Client()
    new = [json.dumps(envelope(i, "text")).encode() for i in range(args.messages)]
    print(f"database={settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]} "
          f"broker={'redis' if settings.REDIS_URL else 'orm'}")
    timed_posts(client, new[:20])  # warm-up: imports, first connections
    report("new message", timed_posts(client, new[20:]))
    report("redelivered message", timed_posts(client, new[20:20 + args.messages // 5]))
    statuses = [json.dumps(envelope(i, "status")).encode() for i in range(args.messages // 5)]
    report("status (unknown id)", timed_posts(client, statuses))


if __name__ == "__main__":
    main()
