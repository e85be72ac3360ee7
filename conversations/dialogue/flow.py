"""The conversation as a pure function: `transition(state, message) -> (state, replies)`.

Replies are Cloud API payloads and `Effect`s, in order; the service sends the one and carries out the other.
Free text is understood at every step: a step only decides how a bare answer ("5", "Kano") is read.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from accounts.selectors import ROLE_TEXT
from aremu.voice import ENGLISH, speaking
from conversations.dialogue import language, render
from conversations.dialogue.commands import DEFAULT_PAUSE_DAYS, Command, parse_command
from conversations.dialogue.state import (
    ASK_ROLE,
    CONFIRM,
    CONFIRM_CHANGE,
    CONFIRM_DELETE,
    EDIT,
    EDIT_MENU,
    EDITABLE,
    NEW,
    ONBOARDING_STEPS,
    READY,
    Effect,
    EffectName,
    Message,
    State,
)
from conversations.dialogue.steps import (
    ALL_STYLES,
    ASKED_ONCE,
    FIELD_STEPS,
    Outcome,
    Reply,
    answer_change,
    answer_delete,
    answered,
    ask_delete,
    asked_field,
    back_to_rest,
    confirm,
    is_unset,
    next_question,
    question,
    reprompt,
    skip,
)
from conversations.extraction import Extracted
from conversations.extraction.rules import role_text
from delivery.buttons import ButtonAction, parse_button_id
from jobs.credentials import CREDENTIALS, NO_CERTIFICATE
from matching import neighbours

__all__ = ["Outcome", "Reply", "transition"]

ANY_WORDS = re.compile(r"^\s*(any|anything|any one|anyhow|all|all of them|any of these|no preference)\s*[.!]*\s*$", re.I)


def transition(state: State, message: Message) -> Outcome:
    """The next state and what to say, in the seeker's register (from how they write, or as they asked)."""
    state = copy.deepcopy(state)
    asked = language.asked_for(message.text) if message.kind == "text" else None
    if asked:
        state.lang, state.lang_chosen = asked, True
        with speaking(state.lang):
            return state, [render.language_set(), *reprompt(state)]
    if message.kind == "text" and not state.lang_chosen:
        detected = language.detect(message.text)
        if detected and not (detected == ENGLISH and parse_command(message.text)):  # "send me jobs" is no sign
            state.lang = detected
    answering = state.step == EDIT and state.editing in ASKED_ONCE
    with speaking(state.lang):
        return _ask_once(*_answer(state, message), message, answering=answering)


def _ask_once(state: State, replies: list[Reply], message: Message, *, answering: bool = False) -> Outcome:
    """Seekers who settled before onboarding asked their certificate and must-haves, or the lines next to theirs, are
    asked once, one question at a time, after the reply to a message of theirs (so inside the 24-hour window, and
    never as the only thing sent). Only at rest: not while another question, a change or a deletion is open, nor
    with a stop, a pause or an erasure, nor with the portal's link (its form asks the same), nor right after the
    reply to one of these questions (`answering`): never two in a row."""
    quiet = {EffectName.STOP, EffectName.PAUSE, EffectName.ERASE, EffectName.PORTAL_LINK}
    if (
        answering
        or message.kind not in {"text", "button", "location"}
        or not replies
        or any(isinstance(reply, Effect) and reply.name in quiet for reply in replies)
        or not (state.confirmed and state.active and not state.paused and state.step == READY)
    ):
        return state, replies
    unset = {"background": not (state.prefs.credentials or state.prefs.schooling),
             "neighbours": is_unset(state.prefs, "neighbours")}
    name = next((name for name in ASKED_ONCE if name not in state.asked and unset[name]), None)
    if name is None:
        return state, replies
    state.asked.append(name)
    state.step, state.editing = EDIT, name
    return state, [*replies, question(state)]


def _answer(state: State, message: Message) -> Outcome:
    if message.kind == "reaction":
        return state, []  # a 👍 on an alert needs no answer; replying to every reaction would be noise
    if message.kind == "media":
        return state, [render.media_help(), *reprompt(state)]
    button = parse_button_id(message.reply_id) if message.reply_id else None
    command = None if button else parse_command(message.text)
    if not state.active:
        return _while_stopped(state, button, command, message)
    if state.step == CONFIRM_DELETE and not _is_erase_button(button):
        return answer_delete(state, yes=_means_yes(command))
    if state.step == EDIT_MENU and state.confirmed and not (button and button.kind == "pref"):
        # The settings list was an offer: anything else the seeker says moves on from it.
        state.step = READY
        if command is None and not button and (message.extracted is None or message.extracted.is_blank()):
            return state, [render.not_understood(), render.menu()]
    if button:
        return _on_button(state, button, message)
    if command:
        return _on_command(state, command, message)
    return _on_text(state, message)


# --- Questions ----------------------------------------------------------------------------------


# --- Buttons and list rows ------------------------------------------------------------------------


def _on_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    handler = _BUTTONS.get(button.kind)
    if handler is None:
        return state, [render.not_understood(), render.menu()]
    return handler(state, button, message)


def _job_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    state.last_job_id = button.job_id
    if button.action == "pick" and button.job_id is not None:  # a job's row in a list: what to do about it
        return state, [render.job_actions(button.job_id, message.text)]
    if button.action == "why":
        return state, [Effect(EffectName.EXPLAIN, job_id=button.job_id)]
    if button.action == "nfm":
        return state, [Effect(EffectName.NOT_FOR_ME, job_id=button.job_id), render.not_for_me()]
    if button.action == "report":
        return state, [Effect(EffectName.REPORT, job_id=button.job_id), render.reported()]
    return state, [render.apply_hint()]


def _window_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    return state, [render.keep_alerts_on()]  # the inbound itself already reopened the 24-hour window


def _jobs_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    return _on_command(state, Command("jobs"), message, more=True)


def _confirm_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    if button.action == "yes":
        return confirm(state)
    state.step = EDIT_MENU
    return state, [render.edit_menu(state.prefs)]


def _pref_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    if button.action not in EDITABLE or (button.action == "neighbours" and not state.prefs.neighbour_options()):
        return state, [render.edit_menu(state.prefs)]
    state.step, state.editing = EDIT, button.action
    return state, [question(state)]


def _experience_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    if not button.action.isdigit():
        return state, [render.ask_experience()]
    state.prefs = replace(state.prefs, years=int(button.action), words={**state.prefs.words, "years": message.text})
    return answered(state, "experience")


def _style_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    styles = ALL_STYLES if button.action == "any" else [button.action] if button.action in ALL_STYLES else []
    if not styles:
        return state, [render.ask_work_style()]
    state.prefs = replace(state.prefs, arrangements=styles,
                          words={**state.prefs.words, "arrangements": message.text})
    return answered(state, "work_style")


def _location_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    if button.action == "remote":
        state.prefs = replace(state.prefs, arrangements=["remote"], locations=[])
    else:
        place = {"lagos": "Lagos", "abuja": "Abuja, FCT"}.get(button.action)
        if place is None:
            return state, [question(state)]
        state.prefs = replace(state.prefs, locations=[place])
    state.prefs.words["locations"] = message.text
    return answered(state, "location")


def _skip_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    return skip(state)


def _change_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    return answer_change(state, save=button.action == "save")


def _erase_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    """Only the buttons of the open request erase: an old "Yes" (cancelled, or already carried out) never does."""
    answer, _, ref = button.action.partition("-")
    if state.step != CONFIRM_DELETE:
        return state, [render.delete_cancelled() if answer == "no" else render.erase_button_stale(), *reprompt(state)]
    if answer == "yes" and ref == state.erase_ref:
        return answer_delete(state, yes=True)
    if answer == "no":
        return answer_delete(state, yes=False)  # keeping everything is safe whichever request it came from
    return state, [render.erase_button_stale(), render.confirm_delete(state.erase_ref)]


def _menu_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    names = {"jobs": "jobs", "settings": "settings", "pause": "pause", "resume": "resume", "stop": "stop",
             "delete": "delete", "help": "help"}
    name = names.get(button.action, "help")
    return _on_command(state, Command(name, days=DEFAULT_PAUSE_DAYS if name == "pause" else None), message)


def _also_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    """"All of them" / "None" under the question about neighbouring lines."""
    codes = state.prefs.neighbour_options()
    if not codes or button.action not in {"all", "none"}:
        return state, [render.not_understood(), render.menu()]
    return _answer_neighbours(state, dict.fromkeys(codes, button.action == "all"))


def _answer_neighbours(state: State, answers: dict[str, neighbours.Answer]) -> Outcome:
    state.prefs = replace(state.prefs, also_take={**state.prefs.also_take, **answers})
    return answered(state, "neighbours")


def _portal_button(state: State, button: ButtonAction, message: Message) -> Outcome:
    return state, [Effect(EffectName.PORTAL_LINK)]


_BUTTONS = {
    "job": _job_button, "window": _window_button, "jobs": _jobs_button, "confirm": _confirm_button,
    "pref": _pref_button, "exp": _experience_button, "style": _style_button, "loc": _location_button,
    "step": _skip_button, "change": _change_button, "erase": _erase_button, "menu": _menu_button,
    "portal": _portal_button, "also": _also_button,
}


def _is_erase_button(button: ButtonAction | None) -> bool:
    return button is not None and button.kind == "erase"


def _means_yes(command: Command | None) -> bool:
    """A typed answer to the open request ("yes", or "delete my data" again); buttons go to `_erase_button`."""
    return command is not None and command.name in {"yes", "delete"}


# --- Typed commands ---------------------------------------------------------------------------------


def _on_command(state: State, command: Command, message: Message, *, more: bool = False) -> Outcome:
    name = command.name
    if name == "hello":
        return _hello(state)
    if name == "help":
        if state.step == NEW:
            state.step = ASK_ROLE
            return state, [render.menu(), render.greeting(state.name)]
        return state, [render.menu(), *reprompt(state)]
    if name == "jobs":
        return _jobs(state, more=more or (message.text or "").strip().lower() in {"more", "next", "more jobs"})
    if name == "settings":
        return _settings(state)
    if name == "pause":
        state.paused = True
        days = command.days or DEFAULT_PAUSE_DAYS
        return state, [Effect(EffectName.PAUSE, days=days), render.paused(days)]
    if name == "resume":
        was_paused, state.paused = state.paused, False
        held = [Effect(EffectName.HELD_JOBS)] if was_paused else []  # what matched while paused, after the welcome
        return state, [Effect(EffectName.RESUME), render.resumed(was_paused), *held]
    if name == "stop":
        state.active = False
        return state, [Effect(EffectName.STOP), render.stopped()]
    if name == "start":
        return state, [render.already_subscribed(), *reprompt(state)]
    if name == "delete":
        return ask_delete(state, ref=message.ref)
    if name == "why":
        return _why(state)
    if name == "nfm":
        if state.last_job_id is None:
            return state, [render.no_recent_alert_feedback()]
        return state, [Effect(EffectName.NOT_FOR_ME, job_id=state.last_job_id), render.not_for_me()]
    if name == "report":
        if state.last_job_id is None:
            return state, [render.no_recent_alert_report()]
        return state, [Effect(EffectName.REPORT, job_id=state.last_job_id), render.reported()]
    if name == "thanks":
        return state, [render.you_are_welcome(), *reprompt(state)]
    if name in {"yes", "no", "skip", "cancel"}:
        return _short_answer(state, name, message)
    return state, [render.menu()]


def _hello(state: State) -> Outcome:
    if state.step == NEW:
        state.step = ASK_ROLE
        return state, [render.greeting(state.name)]
    # They know who we are by now: a hello back, not the introduction again.
    if not state.confirmed:
        return state, [render.hello_again(state.name), *reprompt(state)]
    return state, [render.hello_again(state.name), render.menu()]


def _jobs(state: State, *, more: bool) -> Outcome:
    if not state.confirmed:
        if state.step == NEW:
            state.step = ASK_ROLE
            return state, [render.greeting(state.name)]
        return state, [render.finish_setup_first(), question(state)]
    state.jobs_page = state.jobs_page + 1 if more else 1
    return state, [Effect(EffectName.SEND_JOBS, page=state.jobs_page)]


def _settings(state: State) -> Outcome:
    if not state.confirmed:
        if state.prefs.missing_essential():
            return next_question(state)
        state.step = CONFIRM
        return state, [render.confirm_summary(state.prefs)]
    state.step = EDIT_MENU
    return state, [render.settings_menu(state.prefs)]


def _why(state: State) -> Outcome:
    if state.last_job_id is None:
        return state, [render.no_recent_alert()]
    return state, [Effect(EffectName.EXPLAIN, job_id=state.last_job_id)]


def _short_answer(state: State, name: str, message: Message) -> Outcome:
    if name == "yes" and asked_field(state) in {"experience", "work_style", "salary", "skills", "background",
                                                "neighbours"}:
        # "yes" to "what's the least pay you'd accept?": they want to answer; say how, not "didn't catch that".
        return state, [render.give_the_value(asked_field(state)), question(state)]
    if state.step == CONFIRM:
        return confirm(state) if name == "yes" else _confirm_button(state, ButtonAction("confirm", "edit"), message)
    if state.step == CONFIRM_CHANGE and name in {"yes", "no", "cancel"}:
        return answer_change(state, save=name == "yes")
    if asked_field(state) == "background" and name in {"skip", "no"} and not re.fullmatch(r"\W*skip\W*", message.text or "",
                                                                                      re.I):
        # "none", "no", "nothing" answer the question: no certificate (unless they named one before), none of the
        # must-haves
        none = Extracted(credentials=dict.fromkeys(CREDENTIALS, False),
                         schooling="" if state.prefs.schooling else NO_CERTIFICATE)
        return _on_text(state, replace(message, extracted=none))
    if asked_field(state) == "neighbours" and name in {"skip", "no"} and not re.fullmatch(r"\W*skip\W*",
                                                                                         message.text or "", re.I):
        return _answer_neighbours(state, dict.fromkeys(state.prefs.neighbour_options(), False))  # "none": only their own line
    if name in {"skip", "no"} and (state.step in FIELD_STEPS.values() or state.step == EDIT):
        if ANY_WORDS.match(message.text or "") and asked_field(state) in {"work_style", "location"}:
            return _on_text(state, message)  # "any" answers these two: every work style, anywhere
        return skip(state)
    if name == "cancel" and state.step in {EDIT, EDIT_MENU}:
        return back_to_rest(state, [render.nothing_changed()])
    if state.step in ONBOARDING_STEPS - {NEW}:
        return state, [render.not_understood(), question(state)]
    return state, [render.thanks()] if name == "yes" else [render.not_understood(), render.menu()]


# --- Confirmation, changes, deletion ------------------------------------------------------------------


def _while_stopped(state: State, button: ButtonAction | None, command: Command | None, message: Message) -> Outcome:
    """After STOP only START comes back, and "delete my data" still works; everything else gets one line."""
    name = command.name if command else ""
    if name == "start":
        state.active = True
        replies: list[Reply] = [Effect(EffectName.START), render.restarted()]
        if state.confirmed:
            return state, replies
        new_state, more = next_question(state)
        return new_state, [*replies, *more]
    if name == "delete" and state.step != CONFIRM_DELETE:
        return ask_delete(state, ref=message.ref)
    if button is not None and _is_erase_button(button):
        return _erase_button(state, button, message)
    if state.step == CONFIRM_DELETE:
        return answer_delete(state, yes=_means_yes(command))
    return state, [render.still_stopped()]


# --- Free text -----------------------------------------------------------------------------------------


def _on_text(state: State, message: Message) -> Outcome:
    if asked_field(state) == "neighbours":
        answers = neighbours.read_reply(message.text, state.prefs.neighbour_options())
        if answers is not None:
            return _answer_neighbours(state, answers)
    found = _read_answer(state, message)
    if state.step == EDIT:
        return _edit_with(state, found, message)
    if found.is_blank():
        return _nothing_found(state, message)
    if state.confirmed and state.step not in ONBOARDING_STEPS:
        if found.any_role and not found.roles and found.is_empty():
            return state, [render.any_work()]
        state.pending, state.step = state.prefs.merged(found), CONFIRM_CHANGE
        return state, [render.proposed_change(state.pending)]
    greet = [render.short_greeting(state.name)] if state.step == NEW else []
    # "add Lagos too" keeps Abuja and Kaduna (the extractor's `additive`); a plain "Lagos" replaces them; "not Abuja
    # again" drops it.
    state.prefs = state.prefs.merged(found)
    for name, value in (("experience", found.years), ("salary", found.salary_min)):
        if value is not None and name not in state.asked:
            state.asked.append(name)
    if state.step == CONFIRM:
        state.step = ASK_ROLE  # re-run the checks; the summary comes back if nothing is missing
    if found.any_role and not state.prefs.roles:
        # "any job": welcome, but with no kind of work and no skills nothing could be matched. Ask once more.
        state.step = ASK_ROLE
        return state, [*greet, render.any_work()]
    new_state, replies = next_question(state)
    return new_state, [*greet, *replies]


def _nothing_found(state: State, message: Message) -> Outcome:
    if message.kind == "location":
        return state, [render.pin_help()]
    if state.step == NEW:
        state.step = ASK_ROLE
        return state, [render.greeting(state.name)]
    if state.step in ONBOARDING_STEPS or state.step in {EDIT_MENU, CONFIRM_CHANGE}:
        return state, [render.not_understood(), question(state)]
    return state, [render.not_understood(), render.menu()]


def _read_answer(state: State, message: Message) -> Extracted:
    """The extractor's reading, plus how a bare answer reads at the question just asked."""
    found = message.extracted or Extracted()
    text = (message.text or "").strip()
    field = asked_field(state)
    if field == "role" and found.is_empty() and _short_phrase(text):
        return replace(found, roles=[text.strip(" .!").title()],
                       words={**found.words, "roles": text, ROLE_TEXT: role_text(text)})
    if field == "experience" and found.years is None and re.fullmatch(r"\d{1,2}", text):
        return replace(found, years=int(text), words={**found.words, "years": text})
    if field == "background" and (found.credentials or found.schooling):
        # the question named every must-have: what the answer leaves out, they do not have. Only these two are
        # taken: "HND in accounting" answers the certificate, it does not change the work they asked for.
        return Extracted(credentials={**dict.fromkeys(CREDENTIALS, False), **found.credentials},
                         schooling=found.schooling, source=found.source)
    if field == "work_style" and not found.arrangements and ANY_WORDS.match(text):
        return replace(found, arrangements=list(ALL_STYLES), words={**found.words, "arrangements": text})
    if field == "location" and not found.locations and ANY_WORDS.match(text):
        return replace(found, locations=["Nigeria"], words={**found.words, "locations": text})
    if field == "skills" and not found.skills and text and not parse_command(text):
        skills = [s.strip().title() for s in re.split(r",|/|\band\b", text) if s.strip()][:10]
        return replace(found, skills=skills, words={**found.words, "skills": text})
    return found


_NOT_A_ROLE = {"i", "im", "we", "you", "my", "what", "how", "where", "when", "who", "why", "can", "is", "do", "does",
               "please", "pls", "abeg", "thanks", "thank", "ok", "okay", "hello", "hi", "any", "job", "jobs", "work",
               "anything", "the", "a", "send", "show", "tell", "give"}


def _short_phrase(text: str) -> bool:
    """A bare answer to "what work do you want?" ("solar installer"), not a sentence or a question."""
    words = text.lower().split()
    return (
        1 <= len(words) <= 4
        and bool(re.fullmatch(r"[A-Za-z][A-Za-z &/'-]*[.!]?", text))
        and words[0] not in _NOT_A_ROLE
        and not set(words) <= _NOT_A_ROLE
        and not parse_command(text)
    )


def _edit_with(state: State, found: Extracted, message: Message) -> Outcome:
    """One field is being edited: take that field from the answer; anything else said comes along too."""
    name = state.editing
    value_missing = {
        "role": not found.roles, "location": not found.locations and found.arrangements != ["remote"],
        "experience": found.years is None, "work_style": not found.arrangements,
        "salary": found.salary_min is None, "skills": not found.skills,
        "background": not found.credentials and not found.schooling,
    }.get(name, True)
    if value_missing and name in ASKED_ONCE:
        # the question came unasked: a message about anything else is read as if it had not been sent
        state.step, state.editing = READY, ""
        return _on_text(state, message)
    if value_missing:
        if message.kind == "location":
            return state, [render.pin_help()]
        return state, [render.not_understood(), question(state)]
    prefs = state.prefs.merged(found)
    if name == "location" and found.arrangements == ["remote"] and not found.locations:
        prefs = replace(prefs, locations=[])
    state.prefs = prefs
    return answered(state, name)
