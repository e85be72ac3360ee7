"""The pure dialogue: no database, no network. Each test is a short conversation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conversations.dialogue import Effect, EffectName, Message, Prefs, State, parse_command, render, transition
from conversations.dialogue.state import (
    ASK_BACKGROUND,
    ASK_EXPERIENCE,
    ASK_LOCATION,
    ASK_ROLE,
    ASK_SALARY,
    ASK_WORK_STYLE,
    CONFIRM,
    CONFIRM_CHANGE,
    CONFIRM_DELETE,
    EDIT,
    READY,
)
from conversations.extraction.rules import extract_rules
from delivery import messages

BACKEND = (
    "I'm a backend developer looking for Python/Django roles in Lagos, 4 years experience, hybrid or remote, "
    "at least 600k a month"
)


def text(body: str) -> Message:
    return Message("text", text=body, extracted=None if parse_command(body) else extract_rules(body))


def tap(reply_id: str, title: str = "") -> Message:
    return Message("button", text=title, reply_id=reply_id)


def run(state: State, *steps: Message) -> tuple[State, list]:
    replies: list = []
    for step in steps:
        state, replies = transition(state, step)
    return state, replies


def bodies(replies: list) -> str:
    return "\n".join(messages.preview(r) for r in replies if isinstance(r, dict))


def effects(replies: list) -> list[Effect]:
    return [r for r in replies if isinstance(r, Effect)]


def button_ids(replies: list) -> list[str]:
    ids = []
    for reply in replies:
        action = reply.get("interactive", {}).get("action", {}) if isinstance(reply, dict) else {}
        ids += [b["reply"]["id"] for b in action.get("buttons", [])]
        ids += [row["id"] for section in action.get("sections", []) for row in section["rows"]]
    return ids


def confirmed_state(**prefs) -> State:
    values = {"roles": ["Nurse"], "locations": ["Kano"], "years": 3, "arrangements": ["onsite"], **prefs}
    return State(step=READY, prefs=Prefs(**values), confirmed=True,
                 asked=["experience", "work_style", "salary", "background"])


def settled_before_background() -> State:
    """A seeker who confirmed before onboarding asked their certificate and must-haves."""
    return replace(confirmed_state(), asked=["experience", "work_style", "salary"])


# --- Onboarding ------------------------------------------------------------------------------------


def test_a_new_user_is_greeted_and_asked_what_work_they_want():
    state, replies = transition(State(name="Ada Obi"), text("hello"))
    assert state.step == ASK_ROLE
    assert "Hi Ada" in bodies(replies)
    assert "What work do you want" in bodies(replies)


def test_one_message_in_their_own_words_fills_every_field_and_asks_to_confirm():
    state, replies = transition(State(), text(BACKEND))
    assert state.step == ASK_BACKGROUND  # the one thing a message rarely says: certificate and must-haves
    assert "driver's licence" in bodies(replies) and button_ids(replies) == ["step:skip"]
    state, replies = transition(state, tap("step:skip", "Skip"))
    assert state.step == CONFIRM and state.prefs.credentials == {}  # skipped: unknown, nothing blocked
    assert state.prefs.roles == ["Backend Developer"]
    assert state.prefs.locations == ["Lagos"]
    assert state.prefs.skills == ["Python", "Django"]
    assert state.prefs.years == 4
    assert (state.prefs.salary_min, state.prefs.salary_currency, state.prefs.salary_period) == (600000, "NGN", "monthly")
    assert state.prefs.arrangements == ["hybrid", "remote"]
    assert "at least ₦600,000 a month" in bodies(replies)
    assert button_ids(replies) == ["confirm:yes", "confirm:edit"]
    assert state.prefs.words["salary"] == "600k a month"


def test_a_pidgin_message_is_understood_then_the_bounded_fields_are_offered_as_lists():
    state, replies = transition(State(), text("i dey find nursing work for Kano"))
    assert (state.prefs.roles, state.prefs.locations) == (["Nurse"], ["Kano"])
    assert state.step == ASK_EXPERIENCE
    assert "exp:3" in button_ids(replies)
    state, replies = transition(state, tap("exp:3", "3–5 years"))
    assert state.prefs.years == 3 and state.step == ASK_WORK_STYLE
    assert "style:any" in button_ids(replies)
    state, replies = transition(state, tap("style:any", "Any of these"))
    assert state.prefs.arrangements == ["onsite", "hybrid", "remote"] and state.step == ASK_SALARY
    state, replies = transition(state, tap("step:skip", "Skip"))
    assert state.step == ASK_BACKGROUND and state.prefs.salary_min is None
    state, replies = transition(state, text("OND, i get driver's licence"))
    assert state.step == CONFIRM and state.prefs.schooling == "ond"
    assert state.prefs.roles == ["Nurse"]  # holding a licence is no wish to drive
    assert state.prefs.credentials == {"licence": True, "chartered": False, "hausa": False, "igbo": False,
                                       "yoruba": False, "french": False}  # the question named them all
    assert "Certificate:* OND / NCE" in bodies(replies)


def test_a_place_asked_on_a_condition_is_read_back_with_it():
    """"Lagos too if there is accommodation" saves Lagos, and the summary says it is kept only with accommodation
    (matching sends no Lagos post that does not say it houses its staff)."""
    words = ("Customer service or admin job please, 2 years. I'm in Ibadan but I can work in Lagos too if there is "
             "accommodation. 70k")
    state, replies = run(State(), text(words), *[tap("step:skip", "Skip")] * 3)  # neighbours, work style, background
    assert state.step == CONFIRM and state.prefs.locations == ["Ibadan, Oyo", "Lagos"]
    assert "Where:* Ibadan or Lagos (only with accommodation)" in bodies(replies)
    # lifted in the portal: the summary reads their answer there, not the words
    lifted = replace(state.prefs, words={**state.prefs.words, "housed": ""})
    assert "Where:* Ibadan or Lagos\n" in render.summary(lifted) + "\n"
    # places told again in the chat: their words say again which ones need accommodation
    again = lifted.merged(extract_rules("Ibadan or Lagos if accommodation dey"))
    assert "housed" not in again.words


def test_a_partial_answer_gets_a_follow_up_for_the_missing_location_not_a_default():
    state, replies = transition(State(step=ASK_ROLE), text("I am a pharmacist"))
    assert state.prefs.roles == ["Pharmacist"] and state.prefs.locations == []
    assert state.step == ASK_LOCATION
    assert "Where do you want to work" in bodies(replies)
    state, replies = transition(state, text("somewhere nice"))
    assert state.step == ASK_LOCATION and state.prefs.locations == []
    assert "didn't catch" in bodies(replies)


def test_a_place_alone_gets_a_follow_up_for_the_missing_role():
    state, replies = transition(State(step=ASK_ROLE), text("Eko"))
    assert state.prefs.locations == ["Lagos"] and state.step == ASK_ROLE
    assert "Got it: *Lagos*" in bodies(replies)


def test_a_bare_answer_to_the_role_question_is_kept_in_the_users_words():
    state, _ = transition(State(step=ASK_ROLE), text("solar installer"))
    assert state.prefs.roles == ["Solar Installer"]
    assert state.prefs.words["roles"] == "solar installer"


def test_a_sentence_is_not_taken_as_a_job_title():
    state, replies = transition(State(step=ASK_ROLE), text("I saw your advert"))
    assert state.prefs.roles == []
    assert "didn't catch" in bodies(replies)


def test_remote_only_needs_no_city():
    state, _ = transition(State(step=ASK_ROLE), text("data analyst, remote only"))
    assert state.prefs.missing_essential() is None
    assert state.step == ASK_EXPERIENCE


def test_free_text_is_understood_at_a_bounded_step_too():
    state = State(step=ASK_EXPERIENCE, prefs=Prefs(roles=["Nurse"], locations=["Kano"]), asked=["experience"])
    state, replies = transition(state, text("5 years, and I want Abuja too"))
    assert state.prefs.years == 5
    assert "Abuja, FCT" in state.prefs.locations
    assert state.step == ASK_WORK_STYLE


def test_a_bare_number_answers_the_experience_question():
    state = State(step=ASK_EXPERIENCE, prefs=Prefs(roles=["Nurse"], locations=["Kano"]), asked=["experience"])
    state, _ = transition(state, text("7"))
    assert state.prefs.years == 7


def test_typing_yes_confirms_and_shows_jobs_at_once():
    state, _ = transition(State(), text(BACKEND))
    state, _ = transition(state, text("none"))  # none of the must-haves, no certificate named
    assert state.step == CONFIRM and set(state.prefs.credentials.values()) == {False}
    state, replies = transition(state, text("Yes"))
    assert state.confirmed and state.step == READY
    assert effects(replies) == [Effect(EffectName.FIRST_JOBS)]


def test_edit_on_the_summary_opens_the_field_list_and_the_change_comes_back_for_confirmation():
    state, _ = transition(State(), text(BACKEND))
    state, replies = transition(state, tap("confirm:edit", "Change something"))
    assert "pref:location" in button_ids(replies)
    state, replies = transition(state, tap("pref:location", "Location"))
    assert state.step == EDIT
    state, replies = transition(state, text("Abuja"))
    assert state.prefs.locations == ["Abuja, FCT"]
    assert state.step == CONFIRM and not state.confirmed
    assert button_ids(replies) == ["confirm:yes", "confirm:edit"]


def test_nothing_is_confirmed_while_the_role_is_missing():
    state = State(step=CONFIRM, prefs=Prefs(locations=["Kano"]))
    state, replies = transition(state, text("yes"))
    assert not state.confirmed and state.step == ASK_ROLE


def test_jobs_before_confirmation_asks_to_finish_setup_first():
    state = State(step=ASK_LOCATION, prefs=Prefs(roles=["Nurse"]))
    state, replies = transition(state, text("jobs"))
    assert not effects(replies)
    assert "finish setting up" in bodies(replies)
    assert state.step == ASK_LOCATION


# --- Settled users ----------------------------------------------------------------------------------


def test_free_text_from_a_settled_user_is_proposed_as_a_change_and_saved_on_yes():
    state, replies = transition(confirmed_state(), text("also Abuja"))
    assert state.step == CONFIRM_CHANGE
    assert state.prefs.locations == ["Kano"]  # alerts keep using the confirmed values until "save"
    assert state.pending.locations == ["Kano", "Abuja, FCT"]
    state, replies = transition(state, tap("change:save", "Save changes"))
    assert state.prefs.locations == ["Kano", "Abuja, FCT"] and state.confirmed and state.step == READY


def test_a_proposed_change_can_be_declined():
    state, _ = transition(confirmed_state(), text("accountant in Lagos"))
    state, replies = transition(state, text("no"))
    assert state.prefs.roles == ["Nurse"] and state.pending is None
    assert "nothing changed" in bodies(replies)


def test_editing_one_field_from_settings_saves_itself():
    state, replies = transition(confirmed_state(), text("settings"))
    assert "portal:link" in button_ids(replies)
    state, _ = transition(state, tap("pref:salary", "Minimum pay"))
    state, replies = transition(state, text("300k"))
    assert state.prefs.salary_min == 300000 and state.confirmed and state.step == READY
    assert "Saved" in bodies(replies)


def test_the_web_page_row_asks_for_a_portal_link():
    _, replies = transition(confirmed_state(), tap("portal:link", "Edit on a web page"))
    assert effects(replies) == [Effect(EffectName.PORTAL_LINK)]


def test_unknown_text_gets_a_helpful_menu_not_silence():
    _, replies = transition(confirmed_state(), text("asdf qwerty"))
    assert "didn't catch" in bodies(replies)
    assert "menu:jobs" in button_ids(replies)


@pytest.mark.parametrize("body", ["help", "menu", "?", "Menu please"])
def test_help_and_menu_show_what_the_bot_can_do(body):
    _, replies = transition(confirmed_state(), text(body))
    assert "menu:settings" in button_ids(replies)


def test_media_gets_a_text_and_buttons_answer_and_the_open_question_again():
    state = State(step=ASK_LOCATION, prefs=Prefs(roles=["Nurse"]))
    state, replies = transition(state, Message("media"))
    assert "I can read text and buttons" in bodies(replies)
    assert "Where do you want to work" in bodies(replies)


def test_reactions_get_no_answer():
    assert transition(confirmed_state(), Message("reaction")) == (confirmed_state(), [])


def test_a_shared_location_without_a_known_place_asks_for_the_city_name():
    state = State(step=ASK_LOCATION, prefs=Prefs(roles=["Nurse"]))
    _, replies = transition(state, Message("location", text="", extracted=None))
    assert "type the city" in bodies(replies)


# --- Commands ----------------------------------------------------------------------------------------


def test_jobs_sends_the_best_matches_and_more_asks_for_the_next_page():
    state, replies = transition(confirmed_state(), text("jobs"))
    assert effects(replies) == [Effect(EffectName.SEND_JOBS, page=1)]
    state, replies = transition(state, tap("jobs:more", "More"))
    assert effects(replies) == [Effect(EffectName.SEND_JOBS, page=2)]
    state, replies = transition(state, text("more"))
    assert effects(replies) == [Effect(EffectName.SEND_JOBS, page=3)]


@pytest.mark.parametrize(("body", "days"), [("pause", 7), ("pause 3 days", 3), ("Pause for 2 weeks", 14),
                                            ("pause 500 days", 90), ("pause for a day", 1)])
def test_pause_defaults_to_a_week_and_takes_a_number_of_days(body, days):
    state, replies = transition(confirmed_state(), text(body))
    assert effects(replies) == [Effect(EffectName.PAUSE, days=days)] and state.paused


def test_resume_turns_alerts_back_on():
    state, replies = transition(replace(confirmed_state(), paused=True), text("resume"))
    assert effects(replies) == [Effect(EffectName.RESUME), Effect(EffectName.HELD_JOBS)] and not state.paused
    assert "on again" in bodies(replies)
    _, replies = transition(confirmed_state(), text("resume"))
    assert effects(replies) == [Effect(EffectName.RESUME)] and "already on" in bodies(replies)


def test_stop_confirms_and_then_only_start_brings_alerts_back():
    state, replies = transition(confirmed_state(), text("STOP"))
    assert effects(replies) == [Effect(EffectName.STOP)] and not state.active
    assert "unsubscribed" in bodies(replies)
    state, replies = transition(state, text("jobs"))
    assert not effects(replies) and "Send *START*" in bodies(replies)
    state, replies = transition(state, text("start"))
    assert effects(replies) == [Effect(EffectName.START)] and state.active


def test_stop_inside_a_sentence_is_not_an_unsubscribe():
    state, replies = transition(confirmed_state(), text("I want to stop working nights"))
    assert state.active and Effect(EffectName.STOP) not in replies


def test_delete_my_data_asks_first_then_erases():
    state, replies = transition(confirmed_state(), text("delete my data"))
    assert state.step == CONFIRM_DELETE and button_ids(replies) == ["erase:yes", "erase:no"]
    assert not effects(replies)
    _, replies = transition(state, tap("erase:yes", "Yes, delete it all"))
    assert effects(replies) == [Effect(EffectName.ERASE)]
    assert "deleted" in bodies(replies)


def test_delete_my_data_can_be_cancelled():
    state, _ = transition(confirmed_state(), text("delete my data"))
    state, replies = transition(state, text("no"))
    assert state.step == READY and not effects(replies)


def test_a_stopped_user_can_still_delete_their_data():
    state = replace(confirmed_state(), active=False)
    state, _ = transition(state, text("delete my data"))
    _, replies = transition(state, text("yes"))
    assert effects(replies) == [Effect(EffectName.ERASE)]


def test_why_explains_the_last_alert_or_says_there_is_none():
    _, replies = transition(replace(confirmed_state(), last_job_id=42), text("why?"))
    assert effects(replies) == [Effect(EffectName.EXPLAIN, job_id=42)]
    _, replies = transition(confirmed_state(), text("why"))
    assert "right after a job alert" in bodies(replies)


def test_a_typed_not_for_me_is_feedback_on_the_last_alert():
    _, replies = transition(replace(confirmed_state(), last_job_id=42), text("Not for me"))
    assert effects(replies) == [Effect(EffectName.NOT_FOR_ME, job_id=42)]
    _, replies = transition(confirmed_state(), text("not interested"))
    assert "no job alert to answer yet" in bodies(replies) and "why" not in bodies(replies).lower()


def test_alert_buttons_explain_and_take_not_for_me_feedback():
    _, replies = transition(confirmed_state(), tap("job:7:why", "Why this job?"))
    assert effects(replies) == [Effect(EffectName.EXPLAIN, job_id=7)]
    _, replies = transition(confirmed_state(), tap("job:7:nfm", "Not for me"))
    assert effects(replies) == [Effect(EffectName.NOT_FOR_ME, job_id=7)]
    assert "fewer jobs like that" in bodies(replies)


def test_keep_my_alerts_on_is_confirmed_warmly():
    _, replies = transition(confirmed_state(), tap("window:keep", "Keep my alerts on"))
    assert "alerts stay on" in bodies(replies) and not effects(replies)


@pytest.mark.parametrize(
    ("body", "name"),
    [("Hi", "hello"), ("good morning", "hello"), ("JOBS", "jobs"), ("my preferences", "settings"),
     ("unsubscribe", "stop"), ("Delete my data please", "delete"), ("erase my account", "delete"),
     ("yes o", "yes"), ("na so", "yes"), ("that's right", "yes"), ("no", "no"), ("skip", "skip"),
     ("resume", "resume"), ("start", "start")],
)
def test_commands_are_read_in_their_common_forms(body, name):
    assert parse_command(body).name == name


@pytest.mark.parametrize("body", ["I want to stop working nights", "jobs in Lagos please for nurse", ""])
def test_sentences_are_not_commands(body):
    assert parse_command(body) is None


# --- Every reply fits WhatsApp --------------------------------------------------------------------------


def test_every_reply_of_a_long_conversation_fits_whatsapp_limits():
    script = [text("hi"), text(BACKEND), tap("confirm:edit"), tap("pref:experience"), tap("exp:6"),
              tap("confirm:yes"), text("settings"), text("menu"), text("pause 3 days"), text("delete my data"),
              text("no"), Message("media"), text("stop"), text("start")]
    state, seen = State(name="A very long name indeed for a phone screen"), []
    for step in script:
        state, replies = transition(state, step)
        seen += [r for r in replies if isinstance(r, dict)]
    assert len(seen) > 12
    for reply in seen:
        interactive = reply.get("interactive")
        if interactive is None:
            assert len(reply["text"]["body"]) <= messages.BODY_LIMIT_TEXT
            continue
        assert len(interactive["body"]["text"]) <= messages.BODY_LIMIT_INTERACTIVE
        for button in interactive["action"].get("buttons", []):
            assert len(button["reply"]["title"]) <= messages.BUTTON_TITLE_LIMIT
            assert not button["reply"]["title"].endswith("…")  # written to fit, never clipped
        for section in interactive["action"].get("sections", []):
            for row in section["rows"]:
                assert len(row["title"]) <= messages.LIST_ROW_TITLE_LIMIT and not row["title"].endswith("…")


def test_state_survives_a_round_trip_through_its_stored_data():
    state, _ = transition(confirmed_state(), text("also Abuja"))
    restored = State.from_data(state.step, state.data(), prefs=state.prefs, confirmed=True)
    assert restored.pending == state.pending and restored.step == CONFIRM_CHANGE


def test_stored_data_from_an_older_version_does_not_break_the_conversation():
    restored = State.from_data("confirm_change", {"pending": {"roles": ["Nurse"], "colour": "blue"}, "jobs_page": "x"})
    assert restored.pending.roles == ["Nurse"] and restored.jobs_page == 1
    assert State.from_data("ready", {"pending": "garbage"}).pending is None


def test_help_from_a_brand_new_user_shows_the_menu_and_starts_onboarding():
    state, replies = transition(State(), text("help"))
    assert state.step == ASK_ROLE
    assert "menu:jobs" in button_ids(replies) and "What work do you want" in bodies(replies)


def test_thanks_gets_a_warm_answer_not_the_menu():
    _, replies = transition(confirmed_state(), text("ok thank you so much"))
    assert "welcome" in bodies(replies) and "menu:jobs" not in button_ids(replies)


def test_what_a_seeker_says_they_hold_or_lack_is_kept_and_shown_before_saving():
    state, replies = transition(confirmed_state(), text("I have a driver's licence, and I speak Hausa"))
    assert state.step == CONFIRM_CHANGE
    assert state.pending.credentials == {"licence": True, "hausa": True}
    assert "You have:* a driver's licence and Hausa" in bodies(replies)
    state, _ = transition(state, tap("change:save", "Save changes"))
    state, _ = transition(state, text("i no get license again"))  # a later answer replaces the earlier one
    assert state.pending.credentials == {"licence": False, "hausa": True}


def test_a_seeker_settled_before_the_background_question_is_asked_it_once_after_the_reply():
    state, replies = transition(settled_before_background(), text("jobs"))
    assert effects(replies) == [Effect(EffectName.SEND_JOBS, page=1)]
    assert replies[0] == Effect(EffectName.SEND_JOBS, page=1)  # their jobs first, then the question
    assert "One question to sharpen your alerts" in bodies(replies) and button_ids(replies) == ["step:skip"]
    assert state.step == EDIT and state.editing == "background"

    state, replies = transition(state, text("HND, driver's licence, Yoruba"))
    assert state.step == READY and "Saved" in bodies(replies)  # their own answer: nothing to reconfirm
    assert state.prefs.schooling == "degree"
    assert state.prefs.credentials == {"licence": True, "chartered": False, "hausa": False, "igbo": False,
                                       "yoruba": True, "french": False}
    assert state.prefs.roles == ["Nurse"] and state.prefs.locations == ["Kano"]

    state, replies = transition(state, text("jobs"))
    assert "One question" not in bodies(replies) and state.step == READY


def test_the_background_question_once_skipped_or_ignored_is_never_asked_again():
    state, _ = transition(settled_before_background(), text("thanks"))
    state, replies = transition(state, tap("step:skip", "Skip"))
    assert state.step == READY and state.prefs.credentials == {} and "tell me any time" in bodies(replies)
    _, replies = transition(state, text("jobs"))
    assert "One question" not in bodies(replies)

    state, _ = transition(settled_before_background(), text("jobs"))
    state, replies = transition(state, text("thank you"))  # the open question is not repeated
    assert "welcome" in bodies(replies) and "One question" not in bodies(replies)
    state, replies = transition(state, text("accountant in Lagos"))  # about something else: read as ever
    assert state.step == CONFIRM_CHANGE and state.pending.roles == ["Accountant"]
    assert "One question" not in bodies(replies)


def test_none_answers_the_background_question_of_a_settled_seeker():
    state, _ = transition(settled_before_background(), text("why"))
    state, replies = transition(state, text("none"))
    assert state.step == READY and "Saved" in bodies(replies)
    assert state.prefs.credentials == dict.fromkeys(state.prefs.credentials, False) and state.prefs.credentials
    assert state.prefs.schooling == "none"  # the question asked their highest certificate too


def test_none_at_the_background_question_keeps_a_certificate_their_words_named():
    state, _ = transition(State(), text("Cleaner, SSCE, 5 years, Lekki, on-site"))
    state, _ = transition(state, text("skip"))  # the pay
    assert state.step == ASK_BACKGROUND and state.prefs.schooling == "ssce"
    state, _ = transition(state, text("none"))  # none of the must-haves
    assert state.prefs.schooling == "ssce" and set(state.prefs.credentials.values()) == {False}


@pytest.mark.parametrize(("state", "message"), [
    (settled_before_background(), text("stop")),
    (settled_before_background(), text("pause 3 days")),
    (settled_before_background(), Message("reaction")),
    (settled_before_background(), text("delete my data")),
    (settled_before_background(), tap("portal:link", "Edit on a web page")),  # the form asks the same
    (settled_before_background(), text("accountant in Lagos")),  # a change is open: no second question
    (replace(settled_before_background(), paused=True), text("why")),
    (replace(settled_before_background(), prefs=Prefs(roles=["Nurse"], locations=["Kano"], schooling="ond")),
     text("jobs")),
    (replace(settled_before_background(), prefs=Prefs(roles=["Nurse"], locations=["Kano"],
                                                      credentials={"licence": False})), text("jobs")),
    (State(), text("hello")),  # a new seeker meets it in onboarding, last
])
def test_the_background_question_is_not_sent_with_a_stop_a_pause_an_open_question_or_to_who_answered(state, message):
    new_state, replies = transition(state, message)
    assert "One question" not in bodies(replies) and new_state.editing != "background"


def test_no_licence_typed_back_to_an_alert_is_proposed_and_saved():
    state, replies = transition(confirmed_state(), text("no licence"))
    assert state.step == CONFIRM_CHANGE and state.pending.credentials == {"licence": False}
    assert "You don’t have:* a driver's licence" in bodies(replies)
    state, _ = transition(state, tap("change:save", "Save changes"))
    assert state.prefs.credentials == {"licence": False} and state.step == READY
