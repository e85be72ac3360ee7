"""Test helpers: the pywa webhook fixtures and envelopes in the shape Meta sends."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
SECRET = "test-app-secret"
WA_ID = "2348031234567"  # a valid Nigerian number in wa_id form (the fixtures' 972987654321 is not valid)


def fixture_cases() -> list[tuple[str, str, dict[str, Any]]]:
    """Every named case of every fixture file, as (file stem, case, envelope)."""
    cases = []
    for path in sorted(FIXTURES.glob("*.json")):
        for name, envelope in json.loads(path.read_text()).items():
            cases.append((path.stem, name, envelope))
    return cases


def fixture(stem: str, case: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{stem}.json").read_text())[case]


def with_sender(envelope: dict[str, Any], wa_id: str = WA_ID) -> dict[str, Any]:
    """The fixture with its sender swapped for a valid number and a fresh message id."""
    text = json.dumps(envelope).replace("972987654321", wa_id)
    data = json.loads(text)
    for entry in data["entry"]:
        for change in entry["changes"]:
            for message in change["value"].get("messages", []):
                message["id"] = f"wamid.{uuid.uuid4().hex}"
    return data


def message_envelope(message: dict[str, Any], *, contacts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    message = {"from": WA_ID, "id": f"wamid.{uuid.uuid4().hex}", "timestamp": "1764331200", **message}
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "2348000000000", "phone_number_id": "1122334455667"},
        "contacts": contacts if contacts is not None else [{"profile": {"name": "Ada"}, "wa_id": message.get("from")}],
        "messages": [message],
    }
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": value}]}]}


def text_envelope(body: str = "Hello", **extra: Any) -> dict[str, Any]:
    return message_envelope({"type": "text", "text": {"body": body}, **extra})


def status_envelope(wamid: str, status: str, *, errors: list[dict[str, Any]] | None = None,
                    timestamp: str = "1764331300") -> dict[str, Any]:
    item: dict[str, Any] = {"id": wamid, "status": status, "timestamp": timestamp, "recipient_id": WA_ID}
    if errors:
        item["errors"] = errors
    value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "1122334455667"}, "statuses": [item]}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": value}]}]}
