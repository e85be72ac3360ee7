"""Shared moves of the dialogue: the next question, confirmation, saving an answer, leaving an edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from conversations.dialogue import render
from conversations.dialogue.state import (
    ASK_BACKGROUND,
    ASK_EXPERIENCE,
    ASK_LOCATION,
    ASK_NEIGHBOURS,
    ASK_ROLE,
    ASK_SALARY,
    ASK_WORK_STYLE,
    CONFIRM,
    CONFIRM_CHANGE,
    CONFIRM_DELETE,
    EDIT,
    EDIT_MENU,
    NEW,
    ONBOARDING_STEPS,
    READY,
    Effect,
    EffectName,
    Prefs,
    State,
)
from delivery.messages import Payload

Reply = Payload | Effect
Outcome = tuple[State, list[Reply]]

ALL_STYLES = ["onsite", "hybrid", "remote"]
# Questions a seeker who settled before they existed is sent once, unasked, after a reply (flow._ask_once): never
# repeated, and a message about anything else is read as if they had not been asked.
ASKED_ONCE = ("background", "neighbours")
OPTIONAL_STEPS = ((ASK_EXPERIENCE, "experience"), (ASK_WORK_STYLE, "work_style"), (ASK_SALARY, "salary"),
                  (ASK_NEIGHBOURS, "neighbours"), (ASK_BACKGROUND, "background"))
FIELD_STEPS = {"role": ASK_ROLE, "location": ASK_LOCATION, "experience": ASK_EXPERIENCE,
               "work_style": ASK_WORK_STYLE, "salary": ASK_SALARY, "neighbours": ASK_NEIGHBOURS,
               "background": ASK_BACKGROUND}


def next_question(state: State) -> Outcome:
    """Ask for the first missing thing; once the essentials are there and optional ones were offered, confirm."""
    prefs = state.prefs
    missing = prefs.missing_essential()
    if missing:
        state.step = FIELD_STEPS[missing]
        return state, [question(state)]
    for step, name in OPTIONAL_STEPS:
        if name not in state.asked and is_unset(prefs, name):
            state.asked.append(name)
            state.step = step
            return state, [question(state)]
    state.step = CONFIRM
    return state, [render.confirm_summary(prefs)]


def is_unset(prefs: Prefs, name: str) -> bool:
    if name == "neighbours":  # asked where their lines have neighbours they have not answered about
        return bool(set(prefs.neighbour_options()) - set(prefs.also_take))
    return {"experience": prefs.years is None, "work_style": not prefs.arrangements,
            "salary": prefs.salary_min is None, "background": not prefs.credentials}[name]


def question(state: State) -> Payload:
    step = state.editing if state.step == EDIT else state.step
    askers: dict[str, Callable[[], Payload]] = {
        ASK_ROLE: lambda: render.ask_role(state.prefs), "role": render.ask_role,
        ASK_LOCATION: lambda: render.ask_location(state.prefs), "location": lambda: render.ask_location(Prefs()),
        ASK_EXPERIENCE: render.ask_experience, "experience": render.ask_experience,
        ASK_WORK_STYLE: render.ask_work_style, "work_style": render.ask_work_style,
        ASK_SALARY: render.ask_salary, "salary": render.ask_salary, "skills": render.ask_skills,
        ASK_NEIGHBOURS: lambda: render.ask_neighbours(state.prefs.neighbour_options()),
        # unasked, or chosen from the settings list by one who never answered: said why it comes
        "neighbours": lambda: render.ask_neighbours(state.prefs.neighbour_options(), settled=not state.prefs.also_take),
        ASK_BACKGROUND: render.ask_background, "background": lambda: render.ask_background(settled=True),
        CONFIRM: lambda: render.confirm_summary(state.prefs),
        EDIT_MENU: lambda: render.edit_menu(state.prefs),
        CONFIRM_CHANGE: lambda: render.proposed_change(state.pending or state.prefs),
    }
    return askers.get(step, render.menu)()


def reprompt(state: State) -> list[Reply]:
    """Repeat the open question (onboarding, an edit); a settled user gets nothing more. The settings list is
    offered once: a settled user who moves on is not sent it again with every answer. A question a settled user was
    sent unasked (`ASKED_ONCE`) is never repeated: they may answer it, skip it or ignore it."""
    if state.step == EDIT and state.editing in ASKED_ONCE:
        return []
    if state.step in ONBOARDING_STEPS - {NEW} or state.step in {EDIT, CONFIRM_CHANGE}:
        return [question(state)]
    if state.step == EDIT_MENU and not state.confirmed:
        return [question(state)]
    return []


def skip(state: State) -> Outcome:
    if state.step == EDIT and state.editing == "salary":
        state.prefs = replace(state.prefs, salary_min=None)
        return answered(state, "salary")
    if state.step in {ASK_ROLE, ASK_LOCATION} or (state.step == EDIT and state.editing in {"role", "location"}):
        return state, [render.need_a_role() if "role" in (state.step, state.editing) else question(state)]
    if state.step == EDIT:
        skipped = {"background": render.background_skipped, "neighbours": render.neighbours_skipped}.get(
            state.editing, render.nothing_changed)()
        return back_to_rest(state, [skipped])
    return next_question(state)


def confirm(state: State) -> Outcome:
    if state.prefs.missing_essential():
        return next_question(state)
    first_time = not state.confirmed
    state.confirmed, state.step, state.editing = True, READY, ""
    replies: list[Reply] = [render.confirmed()] if first_time else [render.saved(state.prefs)]
    if first_time:
        replies.append(Effect(EffectName.FIRST_JOBS))
    return state, replies


def answered(state: State, name: str) -> Outcome:
    """A field was answered. During onboarding: the next question. A settled user's one-field edit saves
    itself (they chose that value, so there is nothing to reconfirm); before the first confirmation, the
    summary comes back for a "yes"."""
    if name not in state.asked:
        state.asked.append(name)
    if state.confirmed and state.step in {EDIT, EDIT_MENU, READY, CONFIRM_CHANGE}:
        if state.prefs.missing_essential():
            return next_question(state)
        state.step, state.editing = READY, ""
        return state, [render.saved(state.prefs)]
    state.editing = ""
    if state.step == EDIT:
        state.step = CONFIRM
    if state.step == CONFIRM and not state.prefs.missing_essential():
        return state, [render.confirm_summary(state.prefs)]
    return next_question(state)


def answer_change(state: State, *, save: bool) -> Outcome:
    if save and state.pending is not None and not state.pending.missing_essential():
        state.prefs = state.pending
        state.pending, state.step = None, READY
        return state, [render.saved(state.prefs)]
    state.pending = None
    return back_to_rest(state, [render.nothing_changed()])


def ask_delete(state: State, *, ref: str) -> Outcome:
    """Open a "delete my data" request; `ref` (the asking message's id) goes into its buttons' ids."""
    state.resume_step, state.step, state.erase_ref = state.step, CONFIRM_DELETE, ref
    return state, [render.confirm_delete(ref)]


def answer_delete(state: State, *, yes: bool) -> Outcome:
    """The answer to the open request (the caller made sure one is open and this answer is for it)."""
    state.erase_ref = ""
    if yes:
        state.step = NEW
        return state, [render.erased(), Effect(EffectName.ERASE)]
    state.step, state.resume_step = state.resume_step or (READY if state.confirmed else NEW), ""
    return state, [render.delete_cancelled(), *reprompt(state)]


def back_to_rest(state: State, replies: list[Reply]) -> Outcome:
    state.editing = ""
    if state.confirmed:
        state.step = READY
        return state, replies
    new_state, more = next_question(state)
    return new_state, [*replies, *more]


def asked_field(state: State) -> str:
    return state.editing if state.step == EDIT else {v: k for k, v in FIELD_STEPS.items()}.get(state.step, "")
