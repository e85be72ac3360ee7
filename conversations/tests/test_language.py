"""The register: Pidgin or English read from how a seeker writes, and every reply written in both within
WhatsApp's limits (a label clipped to fit would read "Make alerts conti…")."""

from __future__ import annotations

import inspect

import pytest

from aremu.voice import ENGLISH, PIDGIN, speaking
from conversations.dialogue import language, render
from conversations.dialogue.state import Prefs
from delivery import alerts
from matching import neighbours


@pytest.mark.parametrize("text", [
    "abeg i dey find work", "wetin dey happen", "i no fit work from house", "how far", "I don return",
    "make i see the work", "una get driver work?", "pause am",
])
def test_pidgin_is_recognised_by_words_english_does_not_use(text):
    assert language.detect(text) == PIDGIN


@pytest.mark.parametrize("text", [
    "I'm looking for an accountant role in Lagos", "Please show me remote jobs with good pay",
    "I have five years of experience in sales",
])
def test_a_plain_english_sentence_is_english(text):
    assert language.detect(text) == ENGLISH


@pytest.mark.parametrize("text", ["yes", "Lagos", "3", "ok", "thanks", "accountant", "I go to church"])
def test_short_answers_and_ambiguous_words_decide_nothing(text):
    assert language.detect(text) is None


@pytest.mark.parametrize(("text", "wanted"), [
    ("talk pidgin", PIDGIN), ("abeg yarn me for pidgin", PIDGIN), ("Pidgin please", PIDGIN),
    ("speak English", ENGLISH), ("english pls", ENGLISH), ("reply in english", ENGLISH),
])
def test_a_seeker_can_ask_for_either(text, wanted):
    assert language.asked_for(text) == wanted


@pytest.mark.parametrize("text", ["I speak English and Yoruba", "is the job in english?", "english teacher"])
def test_a_sentence_mentioning_a_language_is_not_a_request(text):
    assert language.asked_for(text) is None


def _labels(payload: dict) -> list[tuple[str, int]]:
    """Every short label of a payload with its WhatsApp limit."""
    interactive = payload.get("interactive") or {}
    action = interactive.get("action") or {}
    found = [(b["reply"]["title"], 20) for b in action.get("buttons", [])]
    if "button" in action:
        found.append((action["button"], 20))
    for section in action.get("sections", []):
        for row in section["rows"]:
            found += [(row["title"], 24), (row.get("description", ""), 72)]
    parameters = action.get("parameters") or {}
    if "display_text" in parameters:
        found.append((parameters["display_text"], 20))
    return found


def _every_reply() -> list[dict]:
    prefs = Prefs(roles=["Nurse"], locations=["Kano"], years=3, arrangements=["onsite"], salary_min=150000)
    arguments = {"name": "Ada Obi", "prefs": prefs, "pending": prefs, "days": 3, "was_paused": True, "ref": "9",
                 "field": "salary", "job_id": 4, "title": "#5 Nurse",
                 "codes": neighbours.offered(("Customer Care Representative",))}  # the most options any line is asked
    payloads = []
    for name, function in inspect.getmembers(render, inspect.isfunction):
        if function.__module__ != render.__name__ or name.startswith("_") or name in {"summary", "pay", "example",
                                                                                       "erase_button_id"}:
            continue
        if name.endswith("_rows"):
            continue
        parameters = inspect.signature(function).parameters
        payloads.append(function(**{p: arguments[p] for p in parameters if p in arguments}))
    payloads.append(alerts.render_reminder(hours_left=4, waiting=3, last=False))
    payloads.append(alerts.render_reminder(hours_left=1, waiting=0, last=True))
    return payloads


@pytest.mark.parametrize("lang", [ENGLISH, PIDGIN])
def test_every_reply_fits_whatsapps_limits_unclipped_in_both_registers(lang):
    with speaking(lang):
        payloads = _every_reply()
        rows = [row for rows in (render.experience_rows(), render.work_style_rows(), render.field_rows(Prefs(roles=["Sales Executive"])),
                                 render.menu_rows()) for row in rows]
    assert len(payloads) > 40
    for label, limit in [label for payload in payloads for label in _labels(payload)]:
        assert len(label) <= limit and not label.endswith("…"), (lang, label)
    for _id, title, description in rows:
        assert len(title) <= 24 and len(description) <= 72, (lang, title, description)


def test_the_two_registers_really_differ():
    with speaking(ENGLISH):
        english = [render.greeting("Ada"), render.confirmed(), render.menu()]
    with speaking(PIDGIN):
        pidgin = [render.greeting("Ada"), render.confirmed(), render.menu()]
    assert all(e != p for e, p in zip(english, pidgin, strict=True))
