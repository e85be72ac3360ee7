"""Everything the bot says, as Cloud API payloads sized for a phone (delivery.messages keeps WhatsApp's limits)."""

from __future__ import annotations

from conversations.dialogue.state import Prefs
from delivery import messages
from delivery.buttons import job_button_id
from delivery.messages import Payload

CURRENCY_SIGNS = {"NGN": "₦", "USD": "$", "GBP": "£", "EUR": "€", "GHS": "GH₵", "KES": "KSh "}
EXAMPLE = "_Accountant in Lagos, 3 years experience, at least 250k a month_"

EXPERIENCE_ROWS = [
    ("exp:0", "No experience yet", "Fresh graduate, NYSC, entry level"),
    ("exp:1", "1–2 years", ""),
    ("exp:3", "3–5 years", ""),
    ("exp:6", "6–9 years", ""),
    ("exp:10", "10 years or more", ""),
    ("step:skip", "Skip", "Don't filter by experience"),
]
WORK_STYLE_ROWS = [
    ("style:onsite", "At the workplace", "Onsite"),
    ("style:hybrid", "Hybrid", "Some days at home"),
    ("style:remote", "Remote", "Work from home"),
    ("style:any", "Any of these", ""),
]
FIELD_ROWS = [
    ("pref:role", "Job role", "The work you want"),
    ("pref:location", "Location", "Cities, states, or remote"),
    ("pref:experience", "Experience", "Years of experience"),
    ("pref:work_style", "Work style", "Onsite, hybrid or remote"),
    ("pref:salary", "Minimum pay", "The least you'd accept"),
    ("pref:skills", "Skills", "Tools and skills you have"),
    ("portal:link", "Edit on a web page", "A private link, all fields at once"),
]
MENU_ROWS = [
    ("menu:jobs", "See jobs", "Your best new matches now"),
    ("menu:settings", "My preferences", "See or change what you want"),
    ("menu:pause", "Pause alerts", "Quiet for 7 days"),
    ("menu:resume", "Resume alerts", "Turn alerts back on"),
    ("menu:stop", "Stop alerts", "Unsubscribe from everything"),
    ("menu:delete", "Delete my data", "Erase everything about you"),
]


# --- Onboarding ----------------------------------------------------------------------------------


def greeting(name: str = "") -> Payload:
    hello = f"Hi {name.split()[0]}! 👋" if name.strip() else "Hi! 👋"
    return messages.text(
        f"{hello} I'm *Aremu*. I find jobs and send you the good ones right here on WhatsApp.\n\n"
        f"What work do you want, and where? Tell me in your own words, for example:\n{EXAMPLE}"
    )


def short_greeting(name: str = "") -> Payload:
    hello = f"Hi {name.split()[0]}! 👋" if name.strip() else "Hi! 👋"
    return messages.text(f"{hello} I'm *Aremu*, I find jobs for you and send them here.")


def hello_again(name: str = "") -> Payload:
    return messages.text(f"Hi {name.split()[0]}! 👋" if name.strip() else "Hi again! 👋")


def ask_role(prefs: Prefs | None = None) -> Payload:
    got = f"Got it: *{_join(_short_places(prefs.locations))}*. " if prefs and prefs.locations else ""
    return messages.text(
        f"{got}What kind of work do you want? 💼\nFor example: _nurse_, _driver_, _accountant_, _sales_, _backend developer_."
    )


def ask_location(prefs: Prefs) -> Payload:
    got = f"Got it: *{_join(prefs.roles)}*. " if prefs.roles else ""
    return messages.buttons(
        f"{got}Where do you want to work? 📍\nType a city or state (Lagos, Abuja, PH, Kano…), or tap one below.",
        [("loc:lagos", "Lagos"), ("loc:abuja", "Abuja"), ("loc:remote", "Remote only")],
    )


def ask_experience() -> Payload:
    return messages.list_message(
        "How much work experience do you have? Tap *Choose*, or type it (e.g. _4 years_).",
        button="Choose",
        rows=EXPERIENCE_ROWS,
        section="Experience",
    )


def ask_work_style() -> Payload:
    return messages.list_message(
        "How do you want to work? Tap *Choose*, or type it (e.g. _remote or hybrid_).",
        button="Choose",
        rows=WORK_STYLE_ROWS,
        section="Work style",
    )


def ask_salary() -> Payload:
    return messages.buttons(
        "What's the least pay you'd accept? 💰\nType it like _250k a month_ or _3m a year_, or tap Skip.",
        [("step:skip", "Skip")],
    )


def ask_skills() -> Payload:
    return messages.text("Which skills or tools do you have? Separate them with commas (e.g. _Excel, QuickBooks_).")


def confirm_summary(prefs: Prefs) -> Payload:
    return messages.buttons(
        f"Here's what I understood:\n\n{summary(prefs)}\n\nIs that right?",
        [("confirm:yes", "✅ Yes, that's right"), ("confirm:edit", "✏️ Change something")],
    )


def confirmed() -> Payload:
    return messages.text(
        "You're all set ✅ I'll message you here as soon as a matching job comes in.\n"
        "Type *jobs* any time to see matches, or *menu* for everything I can do."
    )


# --- Preferences -----------------------------------------------------------------------------------


def summary(prefs: Prefs) -> str:
    lines = [
        f"• *Work:* {_join(prefs.roles) or 'not set'}",
        f"• *Where:* {_where(prefs)}",
        f"• *Work style:* {_work_style(prefs.arrangements)}",
        f"• *Experience:* {_experience(prefs.years)}",
        f"• *Pay:* {pay(prefs)}",
    ]
    if prefs.skills:
        lines.append(f"• *Skills:* {', '.join(prefs.skills[:8])}")
    return "\n".join(lines)


def pay(prefs: Prefs) -> str:
    if prefs.salary_min is None:
        return "any"
    sign = CURRENCY_SIGNS.get(prefs.salary_currency, f"{prefs.salary_currency} ")
    period = "a year" if prefs.salary_period == "yearly" else "a month"
    return f"at least {sign}{prefs.salary_min:,.0f} {period}"


def settings_menu(prefs: Prefs) -> Payload:
    return messages.list_message(
        f"Your preferences:\n\n{summary(prefs)}\n\nTap *Change* to edit one thing, or just type the change "
        "(e.g. _also Abuja_ or _at least 300k_).",
        button="Change",
        rows=FIELD_ROWS,
        section="Change",
    )


def edit_menu(prefs: Prefs) -> Payload:
    return messages.list_message(
        "What would you like to change?",
        button="Choose",
        rows=FIELD_ROWS[:6],
        section="Change",
    )


def saved(prefs: Prefs) -> Payload:
    return messages.buttons(
        f"Saved ✅ Your preferences now:\n\n{summary(prefs)}",
        [("menu:jobs", "See jobs"), ("menu:settings", "Change more")],
    )


def proposed_change(pending: Prefs) -> Payload:
    return messages.buttons(
        f"Update your preferences to this?\n\n{summary(pending)}",
        [("change:save", "💾 Save changes"), ("change:cancel", "Keep old ones")],
    )


def nothing_changed() -> Payload:
    return messages.text("OK, nothing changed 👍")


# --- Commands --------------------------------------------------------------------------------------


def menu() -> Payload:
    return messages.list_message(
        "Here's what I can do. Tap *Menu*, or type:\n"
        "• *jobs* – your best matches now\n"
        "• *settings* – see or change your preferences\n"
        "• *pause 3 days* / *resume*\n"
        "• *why* – why I sent the last job; *not for me* – fewer like it\n"
        "• *stop* – no more messages (*start* to come back)\n"
        "• *delete my data*\n\n"
        "You can also tell me any time what work you want, in your own words.",
        button="Menu",
        rows=MENU_ROWS,
        section="Aremu",
    )


def paused(days: int) -> Payload:
    span = "1 day" if days == 1 else f"{days} days"
    return messages.text(f"Alerts paused for {span} 😴 Send *resume* any time to turn them back on.")


def resumed(was_paused: bool) -> Payload:
    if not was_paused:
        return messages.text("Your alerts are already on 👍")
    return messages.text("Welcome back! 🎉 Your job alerts are on again.")


def stopped() -> Payload:
    return messages.text(
        "Done. You're unsubscribed and won't get any more messages from me. 👋\n"
        "Changed your mind? Send *START* any time."
    )


def still_stopped() -> Payload:
    return messages.text(
        "You're unsubscribed from Aremu, so I'm not sending you anything.\n"
        "Send *START* to turn job alerts back on, or *delete my data* to erase everything."
    )


def restarted() -> Payload:
    return messages.text("Welcome back! 🎉 You're subscribed again.")


def already_subscribed() -> Payload:
    return messages.text("You're already subscribed 👍")


def confirm_delete(ref: str = "") -> Payload:
    return messages.buttons(
        "This deletes your preferences, the jobs I sent you and all our messages, and removes your number "
        "from Aremu. It can't be undone.\n\nDelete everything?",
        [(erase_button_id("yes", ref), "Yes, delete it all"), (erase_button_id("no", ref), "No, keep it")],
    )


def erase_button_id(answer: str, ref: str) -> str:
    """`erase:yes-<ref>`: the answer and the request it answers (delivery.buttons ids have two parts)."""
    return f"erase:{answer}-{ref}" if ref else f"erase:{answer}"


def erase_button_stale() -> Payload:
    return messages.text(
        "That button was for an earlier request, so I haven't deleted anything. "
        "To delete your data, send *delete my data*."
    )


def erased() -> Payload:
    return messages.text(
        "Done 🗑️ I've deleted your preferences, your job history and our messages, and removed your number. "
        "If you message me again, we'll start fresh. Goodbye 👋"
    )


def delete_cancelled() -> Payload:
    return messages.text("OK, I kept everything 👍")


def no_recent_alert() -> Payload:
    return messages.text("Ask *why* right after a job alert, and I'll explain why it matched you.")


def no_recent_alert_feedback() -> Payload:
    return messages.text("There's no job alert to answer yet. When one comes and it isn't right for you, reply "
                         "*not for me* and I'll send fewer like it.")


def give_the_value(field: str) -> Payload:
    how = {
        "salary": "Type the amount, like _250k a month_ or _3m a year_.",
        "experience": "Type your years of experience as a number, like _3_.",
        "work_style": "Pick one from the list, or type _remote_, _hybrid_ or _onsite_.",
        "skills": "Type your skills, separated by commas, like _Excel, sales, driving_.",
    }[field]
    return messages.text(f"Great 👍 {how}")


def job_actions(job_id: int, title: str) -> Payload:
    label = title.strip() or "This job"
    return messages.buttons(f"{label}: what would you like to do?", [
        (job_button_id(job_id, "why"), "Why this job?"), (job_button_id(job_id, "nfm"), "Not for me"),
    ])


def not_for_me() -> Payload:
    return messages.text("Got it 👍 I'll send fewer jobs like that one.")


def apply_hint() -> Payload:
    return messages.text("Use the *Apply* link in the job message above. Good luck! 🍀")


def keep_alerts_on() -> Payload:
    return messages.text("Great, your alerts stay on 👍 I'll keep sending you matching jobs here.")


def finish_setup_first() -> Payload:
    return messages.text("Let's finish setting up first, so I know which jobs to send you.")


def not_understood() -> Payload:
    return messages.text("Sorry, I didn't catch that 🤔")


def media_help() -> Payload:
    return messages.text(
        "I can read text and buttons, but not pictures, voice notes, files or stickers yet. "
        "Please type your message, or send *menu*."
    )


def pin_help() -> Payload:
    return messages.text("Thanks for the pin 📍 Please also type the city or area name (e.g. _Ikeja, Lagos_).")


def need_a_role() -> Payload:
    return messages.text("I need at least one kind of work to look for. What do you do, or want to do?")


def you_are_welcome() -> Payload:
    return messages.text("You're welcome! 😊")


def thanks() -> Payload:
    return messages.text("👍 Type *jobs* to see matches, or *menu* for everything I can do.")


# --- Helpers ----------------------------------------------------------------------------------------


def _join(items: list[str], word: str = "or") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _where(prefs: Prefs) -> str:
    if prefs.locations:
        return _join(_short_places(prefs.locations[:6]))
    return "anywhere (remote)" if "remote" in prefs.arrangements else "not set"


def _short_places(labels: list[str]) -> list[str]:
    # "Abuja, FCT" reads as two places in a list: show the first part ("Lekki", "Abuja").
    return [label.split(",")[0].strip() for label in labels]


def _work_style(arrangements: list[str]) -> str:
    if not arrangements or len(arrangements) == 3:
        return "any"
    names = {"onsite": "onsite", "hybrid": "hybrid", "remote": "remote"}
    return _join([names[a] for a in arrangements if a in names])


def _experience(years: int | None) -> str:
    if years is None:
        return "not given"
    if years == 0:
        return "new to work"
    return "1 year" if years == 1 else f"{years} years"
