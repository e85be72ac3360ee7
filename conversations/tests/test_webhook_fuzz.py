"""Property: no signed body or header, however mangled, makes `/webhook/` answer 5xx, nor the inbound task raise.

Bodies start from the pywa webhook fixtures (MIT, copied in `fixtures/` with their licence) and are mutated the
ways fuzzing found 500s (issue 13): strings replaced by arbitrary text with lone surrogates and control
characters, numbers by huge, NaN and Infinity tokens, keys dropped and duplicated, values wrapped in lists and
nested past the depth limit. Derandomized, so CI sees the same examples every run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import transaction
from django.test import Client, TestCase, override_settings
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from conversations.models import InboundMessage, InboundStatus
from conversations.parsing import MAX_DEPTH, parse_body
from conversations.tests.helpers import SECRET, WA_ID, fixture
from conversations.views import MAX_BODY_BYTES
from conversations.webhook import sign

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ_HEADERS = settings(FUZZ, max_examples=60)
SEEDS = [("message", "text"), ("message", "image"), ("message", "unsupported"), ("callback_button", "button"),
         ("callback_selection", "callback"), ("message_status", "failed"), ("system", "phone_number_change")]


@dataclass(frozen=True)
class Raw:
    """A JSON token written as is: NaN, Infinity, 1e999, 5,000 digits — what json.dumps won't write for us."""

    token: str


@dataclass(frozen=True)
class Pairs:
    """An object written with these keys in this order, repeats included (a dict can't repeat a key)."""

    items: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Nested:
    """`node` inside `levels` objects, written without recursing (1,000 levels would overflow the writer too)."""

    node: Any
    levels: int


def seed(stem: str, case: str) -> dict[str, Any]:
    # A valid sender, so that some examples go on through the dialogue instead of failing at "who is it".
    return json.loads(json.dumps(fixture(stem, case)).replace("972987654321", WA_ID))


def batch_seed() -> dict[str, Any]:
    envelope = seed("message", "text")
    for stem, case in (("callback_button", "button"), ("message_status", "read"), ("message", "reaction")):
        envelope["entry"].extend(seed(stem, case)["entry"])
    return envelope


ENVELOPES = [seed(stem, case) for stem, case in SEEDS] + [batch_seed()]

NASTY = ["\ud800", "\udfff", "a\ud83d", "\x00", "\x07\x1b[2J", "\u202e", "\ufeff", "", " " * 3, "\\", '"', "{[",
         "\U0001f600", "wamid." + "x" * 300]
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates (category Cs) included
TEXT = st.one_of(st.sampled_from(NASTY), ANY_TEXT, st.tuples(ANY_TEXT, st.sampled_from(NASTY), ANY_TEXT).map("".join))
NUMBER = st.one_of(
    st.integers(), st.integers(min_value=2**63, max_value=10**40), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e999"), Raw("-1e999"), Raw("9" * 5000)]),
)
LEAF = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
ANY_JSON = st.recursive(LEAF, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(TEXT, inner, max_size=3)), max_leaves=8)
ACTIONS = ["replace", "replace", "any", "wrap", "nest"]
# Percent of nodes mutated: rarely the envelope around the messages (any change there is a plain 400), often
# the messages and statuses themselves (depth 7 and below), where one bad item must not cost the batch.
SKELETON_RATE, ITEM_RATE, ITEM_DEPTH = 3, 25, 7


def mutate(data: st.DataObject, node: Any, depth: int = 0) -> Any:
    rate = ITEM_RATE if depth >= ITEM_DEPTH else SKELETON_RATE
    if data.draw(st.integers(min_value=1, max_value=100)) <= 100 - rate:  # shrinks towards keeping the node
        return _keep(data, node, depth)
    action = data.draw(st.sampled_from(ACTIONS))
    if action == "replace":
        return data.draw(TEXT if isinstance(node, str) else NUMBER if isinstance(node, int | float) else ANY_JSON)
    if action == "any":
        return data.draw(ANY_JSON)
    if action == "wrap":
        return [node]
    # Past MAX_DEPTH sometimes (1,000 levels made json.loads raise RecursionError): then a 400, never a 500.
    levels = data.draw(st.one_of(st.integers(min_value=1, max_value=MAX_DEPTH + 8), st.just(1000)))
    return Raw("[" * levels + "]" * levels) if data.draw(st.booleans()) else Nested(node, levels)


def _keep(data: st.DataObject, node: Any, depth: int) -> Any:
    if isinstance(node, list):
        return [mutate(data, item, depth + 1) for item in node]
    if not isinstance(node, dict):
        return node
    rate = ITEM_RATE if depth >= ITEM_DEPTH else SKELETON_RATE
    items: list[tuple[str, Any]] = []
    for key, value in node.items():
        roll = data.draw(st.integers(min_value=1, max_value=100))
        if roll <= 100 - rate // 2:
            items.append((key, mutate(data, value, depth + 1)))
        elif roll % 2:  # duplicated, the second copy mutated again; otherwise dropped
            items += [(key, value), (key, mutate(data, value, depth + 1))]
    return Pairs(tuple(items))


def dump(node: Any, *, ascii_only: bool) -> str:
    if isinstance(node, Raw):
        return node.token
    if isinstance(node, Nested):
        return '{"n":' * node.levels + dump(node.node, ascii_only=ascii_only) + "}" * node.levels
    if isinstance(node, Pairs | dict):
        items = node.items if isinstance(node, Pairs) else node.items()
        return "{" + ",".join(f"{dump(k, ascii_only=ascii_only)}:{dump(v, ascii_only=ascii_only)}"
                              for k, v in items) + "}"
    if isinstance(node, list):
        return "[" + ",".join(dump(item, ascii_only=ascii_only) for item in node) + "]"
    return json.dumps(node, ensure_ascii=ascii_only)  # floats: NaN and Infinity as Python writes them


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    data = draw(st.data())
    envelope = mutate(data, draw(st.sampled_from(ENVELOPES)))
    # Meta escapes non-ASCII; raw UTF-8 (with surrogates as CESU-style bytes) is the other thing a body can be.
    ascii_only = draw(st.booleans())
    return dump(envelope, ascii_only=ascii_only).encode("utf-8", "surrogatepass")


def measured(text_token: str, *, extra: str = "1", depth: int = 0) -> bytes:
    """The batch seed as Meta would write it, the first text's body and a field beside it as raw JSON tokens."""
    envelope = batch_seed()
    message = envelope["entry"][0]["changes"][0]["value"]["messages"][0]
    message["text"]["body"], message["extra"] = "__TEXT__", "__EXTRA__"
    body = json.dumps(envelope).replace('"__TEXT__"', text_token).replace('"__EXTRA__"', "[" * depth + extra + "]" * depth)
    return body.encode()


def expected_counts(body: bytes) -> dict[str, int]:
    """Into an empty database every message is stored, bar repeats of an id in the same body: nothing is
    rejected (everything parsed is storable) and nothing else passes for a duplicate (NaN once did)."""
    ids = [event.wa_message_id for event in parse_body(body).messages]
    return {"stored": len(set(ids)), "duplicates": len(ids) - len(set(ids)), "statuses": 0, "rejected": 0}


def post(body: bytes, **headers: str) -> Any:
    headers.setdefault("HTTP_X_HUB_SIGNATURE_256", sign(body, SECRET))
    return Client().post("/webhook/", data=body, content_type="application/json", **headers)


@override_settings(WHATSAPP_APP_SECRET=SECRET, DEBUG=False)
@FUZZ
@given(body=bodies())
@example(body=measured('"\\ud800"'))  # the issue-13 measurements, always tried first
@example(body=measured('"ok"', depth=938))
@example(body=measured('"ok"', extra="NaN"))
@example(body=measured('"\\udfff"', extra="-Infinity"))
def test_no_signed_body_makes_the_webhook_or_the_inbound_task_fail(body: bytes) -> None:
    with transaction.atomic():  # each example starts from an empty database
        # The stored messages' tasks run inline here (Q_CLUSTER sync in tests): an exception in one fails the test.
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = post(body)
        event(f"HTTP {response.status_code}")  # the mix shows with --hypothesis-show-statistics
        assert response.status_code in (200, 400), response.content
        if response.status_code == 200:
            assert response.json() | {"statuses": 0} == expected_counts(body)
            # inbound_process records a crash in the dialogue on the row rather than raising: look there too.
            crashed = InboundMessage.objects.filter(status=InboundStatus.FAILED, error__regex=r"^\w+(Error|Exception):")
            assert not crashed.exists(), list(crashed.values_list("error", flat=True))
            if InboundMessage.objects.filter(status=InboundStatus.PROCESSED).exists():
                event("reached the dialogue")
        transaction.set_rollback(True)


NOT_A_NUMBER = st.text(st.characters(exclude_categories=()), max_size=12).filter(
    lambda v: not (v.strip().isascii() and v.strip().isdigit()))


@override_settings(WHATSAPP_APP_SECRET=SECRET, DEBUG=False)
@FUZZ_HEADERS
@given(length=st.one_of(st.none(), NOT_A_NUMBER, st.integers(min_value=MAX_BODY_BYTES + 1).map(str)),
       signature=st.one_of(st.none(), TEXT))
def test_no_header_makes_the_webhook_fail(length: str | None, signature: str | None) -> None:
    body = json.dumps(seed("message", "text")).encode()
    headers = {} if length is None else {"CONTENT_LENGTH": length}  # None: the true length
    if signature is not None:
        headers["HTTP_X_HUB_SIGNATURE_256"] = signature
    with transaction.atomic():
        response = post(body, **headers)
        assert response.status_code in (200, 400, 403, 413), response.content
        transaction.set_rollback(True)
