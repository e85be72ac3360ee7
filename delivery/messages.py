"""Builders for Cloud API message bodies, held to WhatsApp's limits so a send never fails on length."""

from __future__ import annotations

from typing import Any

BODY_LIMIT_TEXT = 4096
BODY_LIMIT_INTERACTIVE = 1024
BUTTON_TITLE_LIMIT = 20
LIST_ROW_TITLE_LIMIT = 24
LIST_ROW_DESCRIPTION_LIMIT = 72
FOOTER_LIMIT = 60

Payload = dict[str, Any]


def clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def text(body: str, *, preview_url: bool = False) -> Payload:
    return {"type": "text", "text": {"body": clip(body, BODY_LIMIT_TEXT), "preview_url": preview_url}}


def buttons(body: str, options: list[tuple[str, str]], *, footer: str = "") -> Payload:
    """Up to three reply buttons, given as (id, title)."""
    if not 1 <= len(options) <= 3:
        raise ValueError("WhatsApp allows 1 to 3 reply buttons")
    interactive: Payload = {
        "type": "button",
        "body": {"text": clip(body, BODY_LIMIT_INTERACTIVE)},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": bid, "title": clip(title, BUTTON_TITLE_LIMIT)}}
                for bid, title in options
            ]
        },
    }
    if footer:
        interactive["footer"] = {"text": clip(footer, FOOTER_LIMIT)}
    return {"type": "interactive", "interactive": interactive}


def list_message(body: str, *, button: str, rows: list[tuple[str, str, str]], section: str = "Options") -> Payload:
    """A single-section list of up to ten rows, given as (id, title, description)."""
    if not 1 <= len(rows) <= 10:
        raise ValueError("WhatsApp allows 1 to 10 list rows")
    return {
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": clip(body, BODY_LIMIT_TEXT)},
            "action": {
                "button": clip(button, BUTTON_TITLE_LIMIT),
                "sections": [
                    {
                        "title": clip(section, LIST_ROW_TITLE_LIMIT),
                        "rows": [
                            _row(rid, title, description) for rid, title, description in rows
                        ],
                    }
                ],
            },
        },
    }


def _row(rid: str, title: str, description: str) -> Payload:
    row: Payload = {"id": rid, "title": clip(title, LIST_ROW_TITLE_LIMIT)}
    if description:
        row["description"] = clip(description, LIST_ROW_DESCRIPTION_LIMIT)
    return row


def cta_url(body: str, *, display_text: str, url: str, footer: str = "") -> Payload:
    interactive: Payload = {
        "type": "cta_url",
        "body": {"text": clip(body, BODY_LIMIT_INTERACTIVE)},
        "action": {"name": "cta_url", "parameters": {"display_text": clip(display_text, BUTTON_TITLE_LIMIT), "url": url}},
    }
    if footer:
        interactive["footer"] = {"text": clip(footer, FOOTER_LIMIT)}
    return {"type": "interactive", "interactive": interactive}


def template(name: str, *, language: str, body_params: list[str] | None = None) -> Payload:
    components = []
    if body_params:
        components.append({"type": "body", "parameters": [{"type": "text", "text": p} for p in body_params]})
    return {"type": "template", "template": {"name": name, "language": {"code": language}, "components": components}}


def preview(payload: Payload) -> str:
    """The text a person reads, for operators and the outbox."""
    kind = payload.get("type")
    if kind == "text":
        return str(payload["text"]["body"])
    if kind == "template":
        return f"[template {payload['template']['name']}]"
    interactive = payload.get("interactive", {})
    parts = [interactive.get("body", {}).get("text", "")]
    action = interactive.get("action", {})
    for button in action.get("buttons", []):
        parts.append(f"[{button['reply']['title']}]")
    for section in action.get("sections", []):
        parts.extend(f"- {row['title']}" for row in section.get("rows", []))
    if interactive.get("type") == "cta_url":
        parts.append(f"[{action['parameters']['display_text']} → {action['parameters']['url']}]")
    if "footer" in interactive:
        parts.append(interactive["footer"]["text"])
    return "\n".join(p for p in parts if p)
