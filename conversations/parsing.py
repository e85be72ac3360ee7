"""Parse a WhatsApp Cloud API webhook body into typed events, at the edge, with no ORM.

The envelope is `object` → `entry[]` → `changes[]` → `{field, value}`. Only `field == "messages"` carries
what we act on: `value.messages[]` (things users sent) and `value.statuses[]` (what happened to ours).
Every other field (account, template, call updates…) is recognised and ignored on purpose.

A broken envelope raises `EnvelopeError` (the view answers 400). A single broken message inside a good
envelope does not: it becomes an `InboundEvent` of type `invalid`, stored for operators, so one bad item
never makes Meta redeliver the good ones beside it.

Everything parsed is storable: no value the database would refuse (NUL, lone surrogates, NaN/Infinity)
gets past `parse_body`, so one odd character can't turn a whole batch into a 500 that Meta redelivers forever.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from delivery.status import StatusUpdate

MEDIA_TYPES = ("image", "video", "audio", "document", "sticker")
# System notices (number changed, identity changed) are WhatsApp talking, not the user: stored, not answered.
NOT_FROM_USER = {"system"}
BSUID_MAX = 64  # users.whatsapp_user_id
# Meta's envelopes nest about eight levels. Python's json recurses and dies near 1,000 (RecursionError, a 500);
# so do json.dumps and our own walks. Deeper than this is not a webhook.
MAX_DEPTH = 64
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST_PAIR = re.compile(r"\[\]|\{\}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class EnvelopeError(ValueError):
    """The body is not a WhatsApp webhook envelope we can read."""


@dataclass(frozen=True)
class Sender:
    wa_id: str = ""  # the phone number as digits; absent for users with a username only
    user_id: str = ""  # the business-scoped user id (BSUID), e.g. "US.13491208655302741918"
    name: str = ""


@dataclass(frozen=True)
class InboundEvent:
    wa_message_id: str
    message_type: str
    sender: Sender
    text: str = ""
    reply_id: str = ""
    sent_at: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    @property
    def from_user(self) -> bool:
        return self.message_type not in NOT_FROM_USER and self.message_type != "invalid"


@dataclass
class Parsed:
    messages: list[InboundEvent] = field(default_factory=list)
    statuses: list[StatusUpdate] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # "field:kind" of what we skipped on purpose
    errors: list[dict[str, Any]] = field(default_factory=list)  # value-level errors WhatsApp reported


def parse_body(body: bytes) -> Parsed:
    try:
        text = body.decode(json.detect_encoding(body), "surrogatepass")  # what json.loads(bytes) does
    except UnicodeDecodeError as exc:
        raise EnvelopeError(f"body is not JSON: {exc}") from exc
    if nested_deeper_than(text, MAX_DEPTH):
        raise EnvelopeError(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        # NaN/Infinity, and numbers too big for a float or for int(), stay as their text: PostgreSQL's jsonb and
        # SQLite's JSON check refuse non-finite numbers, which used to drop the message as a "duplicate".
        data = json.loads(text, parse_constant=str, parse_float=_finite_float, parse_int=_int_or_text)
    except ValueError as exc:
        raise EnvelopeError(f"body is not JSON: {exc}") from exc
    return parse_envelope(storable(data))


def nested_deeper_than(text: str, limit: int) -> bool:
    """Whether the JSON's brackets nest deeper than `limit`, found without recursing (so without a RecursionError).

    Strings are cut out and only brackets kept, then the innermost `[]`/`{}` pairs are peeled off, one level
    per pass, in C. Brackets left unmatched make it not JSON, but json.loads recurses into them before it notices.
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    for _ in range(limit + 1):
        if not brackets:
            return False
        brackets, peeled = _INNERMOST_PAIR.subn("", brackets)
        if not peeled:
            return brackets.count("[") + brackets.count("{") > limit
    return True


def _finite_float(text: str) -> float | str:
    number = float(text)
    return number if math.isfinite(number) else text


def _int_or_text(text: str) -> int | str:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (4,300): keep the digits
        return text


def storable(value: Any) -> Any:
    """`value` with every string made storable in any database: NUL dropped (PostgreSQL refuses it in text and
    jsonb), lone surrogates (a bare `\\ud800`, which UTF-8 can't encode) replaced with U+FFFD. Depth is bounded."""
    if isinstance(value, str):
        return _storable_text(value)
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {_storable_text(str(k)): storable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _storable_text(text: str) -> str:
    text = text.replace("\x00", "")
    if _SURROGATE.search(text) is None:
        return text
    # Through UTF-16: a split pair (two escapes of one emoji) joins up again; a lone half becomes U+FFFD.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def parse_envelope(data: Any) -> Parsed:
    if not isinstance(data, dict) or not isinstance(data.get("entry"), list):
        raise EnvelopeError("expected an object with an `entry` list")
    if data.get("object") not in (None, "whatsapp_business_account"):
        raise EnvelopeError(f"unexpected object {data.get('object')!r}")
    parsed = Parsed()
    for entry in data["entry"]:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            raise EnvelopeError("every entry needs a `changes` list")
        for change in changes:
            _parse_change(change, parsed)
    return parsed


def _parse_change(change: Any, parsed: Parsed) -> None:
    if not isinstance(change, dict) or not isinstance(change.get("value"), dict):
        raise EnvelopeError("every change needs a `value` object")
    name, value = change.get("field", ""), change["value"]
    if name != "messages":
        parsed.ignored.append(f"{name}:{value.get('event') or 'update'}")
        return
    contacts = [c for c in _list(value, "contacts") if isinstance(c, dict)]
    parsed.messages.extend(parse_message(m, contacts) for m in _list(value, "messages"))
    for status in _list(value, "statuses"):
        update = parse_status(status)
        if update is None:
            parsed.ignored.append("messages:status")
        else:
            parsed.statuses.append(update)
    parsed.errors.extend(e for e in _list(value, "errors") if isinstance(e, dict))


def _list(value: dict[str, Any], key: str) -> list[Any]:
    items = value.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise EnvelopeError(f"`{key}` must be a list")
    return items


# --- Messages ----------------------------------------------------------------------------------


def parse_message(message: Any, contacts: list[dict[str, Any]]) -> InboundEvent:
    if not isinstance(message, dict) or not message.get("id"):
        return _invalid(message, "message without an id")
    kind = str(message.get("type") or "unknown")
    text, reply_id = _content(kind, message)
    return InboundEvent(
        wa_message_id=str(message["id"])[:128],
        message_type=kind[:32],
        sender=_sender(message, contacts),
        text=text,
        reply_id=reply_id[:256],
        sent_at=parse_timestamp(message.get("timestamp")),
        raw=message,
        error=_first_error(message.get("errors")),
    )


def _invalid(message: Any, reason: str) -> InboundEvent:
    # A content hash as the id keeps redeliveries of the same broken item to one row.
    digest = hashlib.sha256(json.dumps(message, sort_keys=True, default=str).encode()).hexdigest()[:40]
    raw = message if isinstance(message, dict) else {"value": message}
    return InboundEvent(wa_message_id=f"invalid.{digest}", message_type="invalid", sender=Sender(), raw=raw,
                        error=reason)


def _content(kind: str, message: dict[str, Any]) -> tuple[str, str]:
    """(text the user typed or the title they tapped, id of the button/row tapped)."""
    body = message.get(kind)
    if not isinstance(body, dict):
        body = {}
    if kind == "text":
        return str(body.get("body", "")), ""
    if kind == "interactive":
        return _interactive(body)
    if kind == "button":  # a quick-reply button on a template
        return str(body.get("text", "")), str(body.get("payload", ""))
    if kind in MEDIA_TYPES:
        return str(body.get("caption", "")), ""
    if kind == "reaction":
        return str(body.get("emoji") or ""), ""
    if kind == "location":
        return " ".join(str(body[k]) for k in ("name", "address") if body.get(k)), ""
    if kind == "system":
        return str(body.get("body", "")), ""
    return "", ""


def _interactive(body: dict[str, Any]) -> tuple[str, str]:
    reply = body.get(str(body.get("type", ""))) if body else None
    if not isinstance(reply, dict):
        return "", ""
    if "response_json" in reply:  # a Flow completion: keep the answers, there is no title
        return str(reply.get("body", "")), ""
    return str(reply.get("title", "")), str(reply.get("id", ""))


def _sender(message: dict[str, Any], contacts: list[dict[str, Any]]) -> Sender:
    wa_id, user_id = str(message.get("from") or ""), str(message.get("from_user_id") or "")
    contact = _matching_contact(wa_id, user_id, contacts)
    profile = contact.get("profile")
    if not isinstance(profile, dict):
        profile = {}
    user_id = user_id or str(contact.get("user_id") or "")
    return Sender(
        wa_id=wa_id or str(contact.get("wa_id") or ""),
        user_id=user_id if len(user_id) <= BSUID_MAX else "",  # a cut id would be someone else's
        name=str(profile.get("name") or "")[:200],
    )


def _matching_contact(wa_id: str, user_id: str, contacts: list[dict[str, Any]]) -> dict[str, Any]:
    for contact in contacts:
        if (wa_id and contact.get("wa_id") == wa_id) or (user_id and contact.get("user_id") == user_id):
            return contact
    # One contact per change is the norm; a lone contact is the sender even when ids are missing.
    return contacts[0] if len(contacts) == 1 else {}


def _first_error(errors: Any) -> str:
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return ""
    error = errors[0]
    details = (error.get("error_data") or {}).get("details", "") if isinstance(error.get("error_data"), dict) else ""
    return f"{error.get('code', '')} {error.get('title') or error.get('message') or ''} {details}".strip()


def parse_timestamp(value: Any) -> datetime | None:
    """WhatsApp sends Unix seconds as a string."""
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


# --- Statuses ----------------------------------------------------------------------------------


def parse_status(status: Any) -> StatusUpdate | None:
    if not isinstance(status, dict) or not status.get("id") or not status.get("status"):
        return None
    errors = status.get("errors") if isinstance(status.get("errors"), list) else []
    first = errors[0] if errors and isinstance(errors[0], dict) else {}
    return StatusUpdate(
        provider_message_id=str(status["id"]),
        status=str(status["status"]),
        at=parse_timestamp(status.get("timestamp")),
        recipient=str(status.get("recipient_id") or ""),
        error_code=str(first.get("code", "")),
        error_message=_first_error(errors),
    )
