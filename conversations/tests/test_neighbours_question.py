"""The question about neighbouring lines of work ("would you also take customer care jobs?"), in the pure dialogue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aremu.voice import PIDGIN
from conversations.dialogue import Prefs, State, transition
from conversations.dialogue.state import ASK_BACKGROUND, ASK_NEIGHBOURS, CONFIRM, EDIT, READY
from conversations.dialogue.steps import is_unset
from conversations.tests.test_dialogue import bodies, button_ids, confirmed_state, tap, text

SELLER = "I'm a sales rep in Ikeja Lagos, 2 years experience, onsite, at least 100k a month"


def at_the_question() -> tuple[State, list]:
    return transition(State(step="ask_role"), text(SELLER))


def test_a_seller_is_asked_about_the_lines_next_to_theirs_before_the_last_question():
    state, replies = at_the_question()
    assert state.step == ASK_NEIGHBOURS
    said = bodies(replies)
    assert "Would you also take jobs in any of these?" in said
    assert "1. Customer care / call centre\n2. Field marketing / direct sales\n3. Business development\n4. Cashier / POS" in said
    assert button_ids(replies) == ["also:all", "also:none", "step:skip"]

    state, replies = transition(state, text("1 and 4"))
    assert state.prefs.also_take == {"care": True, "field": False, "bd": False, "cashier": True}
    assert state.step == ASK_BACKGROUND and "Last one" in bodies(replies)

    state, replies = transition(state, text("none"))
    assert state.step == CONFIRM
    summary = bodies(replies)
    assert "• *Also:* Customer care / call centre; Cashier / POS" in summary
    assert "• *Not:* Field marketing / direct sales; Business development" in summary


@pytest.mark.parametrize(("answer", "taken"), [
    (tap("also:all", "All of them"), True), (tap("also:none", "None"), False), (text("no"), False),
    (text("None of them"), False), (text("all"), True),
])
def test_all_of_them_or_none_answers_every_line(answer, taken):
    state, _ = at_the_question()
    state, _ = transition(state, answer)
    assert state.prefs.also_take == dict.fromkeys(["care", "field", "bd", "cashier"], taken)
    assert state.step == ASK_BACKGROUND


def test_a_line_refused_in_the_reply_is_never_taken_and_a_refusal_alone_answers_nothing():
    state, _ = transition(at_the_question()[0], text("customer care but not cashier"))
    assert state.prefs.also_take == {"care": True, "field": False, "bd": False, "cashier": False}
    # it had been read as a yes to cashier; alone it says nothing of the other lines, so the rules keep deciding them
    state, _ = transition(at_the_question()[0], text("I don't want cashier"))
    assert state.prefs.also_take == {} and state.prefs.roles == ["Sales Executive"] and state.step == ASK_BACKGROUND


def test_skip_leaves_the_lines_to_the_rules_and_moves_on():
    state, _ = at_the_question()
    state, _ = transition(state, tap("step:skip", "Skip"))
    assert state.prefs.also_take == {} and state.step == ASK_BACKGROUND


def test_yes_asks_which_and_a_reply_about_something_else_is_read_as_ever():
    state, replies = transition(at_the_question()[0], text("yes"))
    assert state.step == ASK_NEIGHBOURS and "Type the numbers of the ones you'd take" in bodies(replies)
    state, replies = transition(state, text("hello"))
    assert state.step == ASK_NEIGHBOURS and "Would you also take" in bodies(replies)  # asked again, nothing lost


def test_a_nurse_has_no_neighbours_to_be_asked_about():
    state, _ = transition(State(step="ask_role"), text("nurse in Kano, 3 years, onsite, 150k a month"))
    assert state.step == ASK_BACKGROUND and state.prefs.also_take == {}


def test_the_question_reads_in_pidgin_for_a_pidgin_speaker():
    state = State(step="ask_role", lang=PIDGIN, lang_chosen=True)
    _, replies = transition(state, text(SELLER))
    assert "You go also take work for any of these?" in bodies(replies)
    assert "Field marketing / direct sales (waka market)" in bodies(replies)


def settled_seller() -> State:
    """A seller who confirmed, and answered the background question, before this question existed."""
    return confirmed_state(roles=["Sales Executive"], locations=["Ikeja, Lagos"], schooling="ond")


def test_a_settled_seller_is_asked_once_after_a_reply_and_the_answer_saves_itself():
    state, replies = transition(settled_seller(), text("jobs"))
    assert "One question to sharpen your alerts: Would you also take" in bodies(replies)
    assert state.step == EDIT and state.editing == "neighbours"

    state, replies = transition(state, text("2"))
    assert state.step == READY and "Saved" in bodies(replies)
    assert state.prefs.also_take == {"care": False, "field": True, "bd": False, "cashier": False}

    _, replies = transition(state, text("jobs"))
    assert "One question" not in bodies(replies)


def test_a_settled_seller_who_ignores_the_question_is_not_asked_again():
    state, _ = transition(settled_seller(), text("jobs"))
    state, replies = transition(state, text("thank you"))
    assert "One question" not in bodies(replies) and state.prefs.also_take == {}
    _, replies = transition(state, text("jobs"))
    assert "One question" not in bodies(replies)


def test_one_question_at_a_time_for_a_seeker_settled_before_both():
    state = replace(settled_seller(), prefs=replace(settled_seller().prefs, schooling=""),
                    asked=["experience", "work_style", "salary"])
    state, _ = transition(state, text("jobs"))
    assert state.editing == "background"
    state, replies = transition(state, tap("step:skip", "Skip"))
    assert "Would you also take" not in bodies(replies)  # not two questions in a row
    state, replies = transition(state, text("jobs"))
    assert state.editing == "neighbours" and "Would you also take" in bodies(replies)


def test_a_stale_all_of_them_button_with_nothing_to_ask_is_harmless():
    state = confirmed_state()  # a nurse: no neighbours
    state, replies = transition(state, tap("also:all", "All of them"))
    assert state.prefs == Prefs(roles=["Nurse"], locations=["Kano"], years=3, arrangements=["onsite"])
    assert "didn't" in bodies(replies) or "menu" in bodies(replies).lower()


def test_the_settings_list_offers_the_neighbouring_lines_to_change_later():
    state = replace(settled_seller(), prefs=replace(settled_seller().prefs, also_take={"care": True, "field": False,
                                                                                       "bd": False, "cashier": False}))
    state, replies = transition(state, text("settings"))
    assert "pref:neighbours" in button_ids(replies)
    state, replies = transition(state, tap("pref:neighbours", "Other lines"))
    said = bodies(replies)
    assert said.startswith("Would you also take jobs in any of these?")  # answered before: no "one question" lead
    state, replies = transition(state, text("1 2"))
    assert state.step == READY and "Saved" in bodies(replies)
    assert state.prefs.also_take == {"care": True, "field": True, "bd": False, "cashier": False}


def test_a_nurse_has_no_neighbouring_lines_row_and_a_stale_tap_shows_the_list():
    state, replies = transition(confirmed_state(), text("settings"))
    assert "pref:neighbours" not in button_ids(replies)
    state, replies = transition(state, tap("pref:neighbours", "Other lines"))
    assert "Would you also take" not in bodies(replies) and "pref:role" in button_ids(replies)


def test_a_seller_who_adds_a_line_is_asked_about_its_neighbours_they_have_not_answered():
    answered = Prefs(roles=["Sales Executive"], locations=["Lagos"],
                     also_take={"care": True, "field": False, "bd": False, "cashier": False})
    assert not is_unset(answered, "neighbours")
    assert is_unset(replace(answered, roles=["Sales Executive", "Receptionist"]), "neighbours")  # admin: unanswered


def test_a_line_taken_only_at_a_supervisors_level_is_saved_so_and_read_back():
    """holdout_80's Abuja sales executive: "3. Also 2 if it's a supervisor/area level role paying 250k+, not entry
    level" had been read as a plain yes to field marketing, and entry "Marketers" posts sent."""
    state, _ = at_the_question()
    state, _ = transition(state, text("3. Also 2 if it's a supervisor/area level role, not entry level"))
    assert state.prefs.also_take == {"care": False, "field": "senior", "bd": True, "cashier": False}
    state, replies = transition(state, text("none"))
    assert state.step == CONFIRM
    assert ("• *Also:* Field marketing / direct sales (supervisor level and up); Business development"
            in bodies(replies))
