"""Everything the bot says, as Cloud API payloads sized for a phone (delivery.messages keeps WhatsApp's limits).

Each text is written in English and in Nigerian Pidgin (`say(english, pidgin)`); the dialogue renders inside
`speaking(state.lang)`, so a seeker who writes Pidgin is answered in Pidgin. Command words (*jobs*, *menu*,
*pause*…) stay the same in both: they are what the seeker types back.
"""

from __future__ import annotations

from accounts.models import Schooling
from aremu.voice import say
from conversations.dialogue.state import Prefs
from delivery import messages
from delivery.buttons import job_button_id
from delivery.messages import Payload
from jobs import credentials
from matching import neighbours
from matching.scoring import housed_locations

CURRENCY_SIGNS = {"NGN": "₦", "USD": "$", "GBP": "£", "EUR": "€", "GHS": "GH₵", "KES": "KSh "}


def example() -> str:
    return say("_Accountant in Lagos, 3 years experience, at least 250k a month_",
               "_Accountant for Lagos, 3 years experience, at least 250k a month_")


def experience_rows() -> list[tuple[str, str, str]]:
    return [
        ("exp:0", say("No experience yet", "I never work before"),
         say("Fresh graduate, NYSC, entry level", "Fresh graduate, NYSC, just dey start")),
        ("exp:1", say("1–2 years", "1–2 years"), ""),
        ("exp:3", say("3–5 years", "3–5 years"), ""),
        ("exp:6", say("6–9 years", "6–9 years"), ""),
        ("exp:10", say("10 years or more", "10 years or pass"), ""),
        ("step:skip", say("Skip", "Skip"), say("Don't filter by experience", "No check experience")),
    ]


def work_style_rows() -> list[tuple[str, str, str]]:
    return [
        ("style:onsite", say("At the workplace", "For the office"), say("Onsite", "Onsite")),
        ("style:hybrid", say("Hybrid", "Hybrid"), say("Some days at home", "Some days for house")),
        ("style:remote", say("Remote", "Remote"), say("Work from home", "Work from house")),
        ("style:any", say("Any of these", "Any one"), ""),
    ]


def field_rows(prefs: Prefs | None = None) -> list[tuple[str, str, str]]:
    """The settings list's rows; the lines next to theirs only where their roles have some to ask about."""
    nearby = [("pref:neighbours", say("Other lines", "Other work"),
               say("Work close to yours you'd also take", "Work wey near your own wey you go take"))]
    return [
        ("pref:role", say("Job role", "The work"), say("The work you want", "The work wey you want")),
        ("pref:location", say("Location", "Place"), say("Cities, states, or remote", "City, state, or remote")),
        ("pref:experience", say("Experience", "Experience"), say("Years of experience", "How many years you don work")),
        ("pref:work_style", say("Work style", "How you go work"), say("Onsite, hybrid or remote", "Onsite, hybrid or remote")),
        ("pref:salary", say("Minimum pay", "Lowest pay"), say("The least you'd accept", "The smallest pay wey you go take")),
        ("pref:skills", say("Skills", "Skills"), say("Tools and skills you have", "Wetin you sabi do")),
        *(nearby if prefs is not None and prefs.neighbour_options() else []),
        ("portal:link", say("Edit on a web page", "Change am for web page"),
         say("A private link, all fields at once", "Private link, everything for one page")),
    ]


def menu_rows() -> list[tuple[str, str, str]]:
    return [
        ("menu:jobs", say("See jobs", "See work"), say("Your best new matches now", "The best new work wey match you")),
        ("menu:settings", say("My preferences", "Wetin I want"), say("See or change what you want", "See or change wetin you want")),
        ("menu:pause", say("Pause alerts", "Pause alerts"), say("Quiet for 7 days", "No message for 7 days")),
        ("menu:resume", say("Resume alerts", "Start alerts again"), say("Turn alerts back on", "Make alerts dey come again")),
        ("menu:stop", say("Stop alerts", "Stop alerts"), say("Unsubscribe from everything", "Comot from everything")),
        ("menu:delete", say("Delete my data", "Delete my data"), say("Erase everything about you", "Clear everything about you")),
    ]


def _hi(name: str) -> str:
    first = name.split()[0] if name.strip() else ""
    return say(f"Hi {first}! 👋" if first else "Hi! 👋", f"How far {first}! 👋" if first else "How far! 👋")


# --- Onboarding ----------------------------------------------------------------------------------


def greeting(name: str = "") -> Payload:
    return messages.text(say(
        f"{_hi(name)} I'm *Aremu*. I find jobs and send you the good ones right here on WhatsApp.\n\n"
        f"What work do you want, and where? Tell me in your own words, for example:\n{example()}",
        f"{_hi(name)} Na me be *Aremu*. I dey find work and I go send the good ones come here for WhatsApp.\n\n"
        f"Wetin be the work wey you want, and for where? Talk am for your own words, like this:\n{example()}",
    ))


def short_greeting(name: str = "") -> Payload:
    return messages.text(say(f"{_hi(name)} I'm *Aremu*, I find jobs for you and send them here.",
                             f"{_hi(name)} Na me be *Aremu*, I dey find work for you and send am come here."))


def hello_again(name: str = "") -> Payload:
    return messages.text(_hi(name) if name.strip() else say("Hi again! 👋", "How far! 👋"))


def ask_role(prefs: Prefs | None = None) -> Payload:
    places = f"*{_join(_short_places(prefs.locations))}*" if prefs and prefs.locations else ""
    got = say(f"Got it: {places}. ", f"I don hear: {places}. ") if places else ""
    return messages.text(got + say(
        "What kind of work do you want? 💼\nFor example: _nurse_, _driver_, _accountant_, _sales_, _backend developer_.",
        "Which kind work you want? 💼\nLike: _nurse_, _driver_, _accountant_, _sales_, _backend developer_.",
    ))


def ask_location(prefs: Prefs) -> Payload:
    roles = f"*{_join(prefs.roles)}*" if prefs.roles else ""
    got = say(f"Got it: {roles}. ", f"I don hear: {roles}. ") if roles else ""
    return messages.buttons(
        got + say("Where do you want to work? 📍\nType a city or state (Lagos, Abuja, PH, Kano…), or tap one below.",
                  "Where you wan work? 📍\nType city or state (Lagos, Abuja, PH, Kano…), or tap one for down."),
        [("loc:lagos", "Lagos"), ("loc:abuja", "Abuja"), ("loc:remote", say("Remote only", "Remote only"))],
    )


def ask_experience() -> Payload:
    return messages.list_message(
        say("How much work experience do you have? Tap *Choose*, or type it (e.g. _4 years_).",
            "How many years you don work? Tap *Choose*, or type am (like _4 years_)."),
        button=say("Choose", "Choose"),
        rows=experience_rows(),
        section=say("Experience", "Experience"),
    )


def ask_work_style() -> Payload:
    return messages.list_message(
        say("How do you want to work? Tap *Choose*, or type it (e.g. _remote or hybrid_).",
            "How you wan work? Tap *Choose*, or type am (like _remote or hybrid_)."),
        button=say("Choose", "Choose"),
        rows=work_style_rows(),
        section=say("Work style", "How you go work"),
    )


def ask_salary() -> Payload:
    return messages.buttons(
        say("What's the least pay you'd accept? 💰\nType it like _250k a month_ or _3m a year_, or tap Skip.",
            "Wetin be the smallest pay wey you go take? 💰\nType am like _250k a month_ or _3m a year_, or tap Skip."),
        [("step:skip", say("Skip", "Skip"))],
    )


def ask_background(*, settled: bool = False) -> Payload:
    # A settled seeker (onboarded before this question existed) gets it once, after the reply to their message.
    lead = (say("One question to sharpen your alerts:", "One question make your alerts sharp pass:") if settled
            else say("Last one:", "Last one:"))
    return messages.buttons(
        say(f"{lead} your highest certificate (SSCE, OND, HND or degree), and do you have any of these that some "
            "posts require: a driver's licence, ICAN/ACA/ACCA, Hausa, Igbo, Yoruba or French?\n"
            "Type it like _OND, driver's licence, Yoruba_, or _none_. Or tap Skip.",
            f"{lead} your highest certificate (SSCE, OND, HND or degree), and you get any of these wey some work "
            "dey want: driver's licence, ICAN/ACA/ACCA, Hausa, Igbo, Yoruba or French?\n"
            "Type am like _OND, driver's licence, Yoruba_, or _none_. Or tap Skip."),
        [("step:skip", say("Skip", "Skip"))],
    )


def ask_neighbours(codes: tuple[str, ...], *, settled: bool = False) -> Payload:
    """Whether they also take the lines next to theirs (matching.neighbours): what they pick is sent like their own
    line, what they leave out is not sent."""
    lead = (say("One question to sharpen your alerts:", "One question make your alerts sharp pass:") if settled
            else "")
    names = "\n".join(f"{n}. {say(neighbours.OPTIONS[code].english, neighbours.OPTIONS[code].pidgin)}"
                       for n, code in enumerate(codes, 1))
    body = say(f"{lead} Would you also take jobs in any of these? They are close to your work:\n{names}\n"
               "Type the numbers you'd take, like _1 3_. Those you leave out, I won't send.",
               f"{lead} You go also take work for any of these? Dem near your work:\n{names}\n"
               "Type the numbers wey you go take, like _1 3_. The ones wey you no pick, I no go send.")
    return messages.buttons(body.strip(), [("also:all", say("All of them", "All of dem")),
                                           ("also:none", say("None", "None")), ("step:skip", "Skip")])


def neighbours_skipped() -> Payload:
    return messages.text(say("OK 👍 You can change this any time in your settings link (type *settings*).",
                             "OK 👍 You fit change am anytime for your settings link (type *settings*)."))


def background_skipped() -> Payload:
    return messages.text(say("OK 👍 If a post ever asks for something you have, tell me any time, like _I have a "
                             "driver's licence_.",
                             "OK 👍 If any work want something wey you get, tell me any time, like _I get driver's "
                             "licence_."))


def ask_skills() -> Payload:
    return messages.text(say("Which skills or tools do you have? Separate them with commas (e.g. _Excel, QuickBooks_).",
                             "Wetin you sabi use or do? Separate dem with comma (like _Excel, QuickBooks_)."))


def confirm_summary(prefs: Prefs) -> Payload:
    return messages.buttons(
        say(f"Here's what I understood:\n\n{summary(prefs)}\n\nIs that right?",
            f"See wetin I understand:\n\n{summary(prefs)}\n\nNa so?"),
        [("confirm:yes", say("✅ Yes, that's right", "✅ Yes, na so")),
         ("confirm:edit", say("✏️ Change something", "✏️ Change something"))],
    )


def confirmed() -> Payload:
    return messages.text(say(
        "You're all set ✅ I'll message you here as soon as a matching job comes in.\n"
        "Type *jobs* any time to see matches, or *menu* for everything I can do.",
        "E don set ✅ Once work wey match you land, I go message you here.\n"
        "Type *jobs* anytime to see work wey match you, or *menu* to see everything wey I fit do.",
    ))


# --- Preferences -----------------------------------------------------------------------------------


def summary(prefs: Prefs) -> str:
    lines = [
        f"• *{say('Work', 'Work')}:* {_join(prefs.roles) or say('not set', 'nothing yet')}",
        f"• *{say('Where', 'Where')}:* {_where(prefs)}",
        f"• *{say('Work style', 'How you go work')}:* {_work_style(prefs.arrangements)}",
        f"• *{say('Experience', 'Experience')}:* {_experience(prefs.years)}",
        f"• *{say('Pay', 'Pay')}:* {pay(prefs)}",
    ]
    if prefs.skills:
        lines.append(f"• *{say('Skills', 'Skills')}:* {', '.join(prefs.skills[:8])}")
    if prefs.schooling:
        lines.append(f"• *{say('Certificate', 'Certificate')}:* {_SCHOOLING_NAMES.get(prefs.schooling, prefs.schooling)}")
    held = [code for code, has in prefs.credentials.items() if has]
    lacked = [code for code, has in prefs.credentials.items() if not has]
    if held:
        lines.append(f"• *{say('You have', 'You get')}:* {credentials.labels(held)}")
    # in the order the question listed them (PostgreSQL's jsonb keeps the keys in another)
    order = dict.fromkeys([*prefs.neighbour_options(), *neighbours.OPTIONS])
    taken = [code for code in order if prefs.also_take.get(code) in (True, neighbours.SENIOR)]
    refused = [code for code in order if prefs.also_take.get(code) is False]
    if taken:
        names = "; ".join(_option_name(code) + (say(" (supervisor level and up)", " (only supervisor level or pass)")
                                                if prefs.also_take[code] == neighbours.SENIOR else "") for code in taken)
        lines.append(f"• *{say('Also', 'Also')}:* {names}")
    if refused:  # never sent
        lines.append(f"• *{say('Not', 'No send')}:* {_option_names(refused)}")
    if lacked:  # posts that require these are not sent
        names = "; ".join(credentials.labels([code]) for code in lacked)
        lines.append(f"• *{say('You don’t have', 'You no get')}:* {names}")
    return "\n".join(lines)


_SCHOOLING_NAMES = dict(Schooling.choices)


def _option_names(codes: list[str]) -> str:
    return "; ".join(_option_name(code) for code in codes)


def _option_name(code: str) -> str:
    return say(neighbours.OPTIONS[code].english, neighbours.OPTIONS[code].pidgin)


def pay(prefs: Prefs) -> str:
    if prefs.salary_min is None:
        return say("any", "any amount")
    sign = CURRENCY_SIGNS.get(prefs.salary_currency, f"{prefs.salary_currency} ")
    period = "a year" if prefs.salary_period == "yearly" else "a month"
    return f"at least {sign}{prefs.salary_min:,.0f} {period}"


def settings_menu(prefs: Prefs) -> Payload:
    return messages.list_message(
        say(f"Your preferences:\n\n{summary(prefs)}\n\nTap *Change* to edit one thing, or just type the change "
            "(e.g. _also Abuja_ or _at least 300k_).",
            f"Wetin you want:\n\n{summary(prefs)}\n\nTap *Change* to change one thing, or just type the change "
            "(like _add Abuja too_ or _at least 300k_)."),
        button=say("Change", "Change"),
        rows=field_rows(prefs),
        section=say("Change", "Change"),
    )


def edit_menu(prefs: Prefs) -> Payload:
    return messages.list_message(
        say("What would you like to change?", "Wetin you wan change?"),
        button=say("Choose", "Choose"),
        rows=[row for row in field_rows(prefs) if row[0] != "portal:link"],
        section=say("Change", "Change"),
    )


def saved(prefs: Prefs) -> Payload:
    return messages.buttons(
        say(f"Saved ✅ Your preferences now:\n\n{summary(prefs)}", f"I don save am ✅ Wetin you want now:\n\n{summary(prefs)}"),
        [("menu:jobs", say("See jobs", "See work")), ("menu:settings", say("Change more", "Change another one"))],
    )


def proposed_change(pending: Prefs) -> Payload:
    return messages.buttons(
        say(f"Update your preferences to this?\n\n{summary(pending)}", f"Make I change am to this?\n\n{summary(pending)}"),
        [("change:save", say("💾 Save changes", "💾 Save am")), ("change:cancel", say("Keep old ones", "Leave the old one"))],
    )


def nothing_changed() -> Payload:
    return messages.text(say("OK, nothing changed 👍", "OK, I no change anything 👍"))


# --- Commands --------------------------------------------------------------------------------------


def menu() -> Payload:
    return messages.list_message(
        say("Here's what I can do. Tap *Menu*, or type:\n"
            "• *jobs* – your best matches now\n"
            "• *settings* – see or change your preferences\n"
            "• *pause 3 days* / *resume*\n"
            "• *why* – why I sent the last job; *not for me* – fewer like it\n"
            "• *stop* – no more messages (*start* to come back)\n"
            "• *delete my data*\n"
            "• *talk pidgin* / *speak English*\n\n"
            "You can also tell me any time what work you want, in your own words.",
            "See wetin I fit do. Tap *Menu*, or type:\n"
            "• *jobs* – the best work wey match you now\n"
            "• *settings* – see or change wetin you want\n"
            "• *pause 3 days* / *resume*\n"
            "• *why* – why I send the last work; *not for me* – make I send less like am\n"
            "• *stop* – no more message (*start* to come back)\n"
            "• *delete my data*\n"
            "• *speak English* / *talk pidgin*\n\n"
            "You fit also tell me anytime the work wey you want, for your own words."),
        button="Menu",
        rows=menu_rows(),
        section="Aremu",
    )


def paused(days: int) -> Payload:
    span = "1 day" if days == 1 else f"{days} days"
    return messages.text(say(f"Alerts paused for {span} 😴 Send *resume* any time to turn them back on.",
                             f"I don pause alerts for {span} 😴 Send *resume* anytime make dem start again."))


def resumed(was_paused: bool) -> Payload:
    if not was_paused:
        return messages.text(say("Your alerts are already on 👍", "Your alerts dey on already 👍"))
    return messages.text(say("Welcome back! 🎉 Your job alerts are on again.", "Welcome back! 🎉 Your job alerts don start again."))


def stopped() -> Payload:
    return messages.text(say(
        "Done. You're unsubscribed and won't get any more messages from me. 👋\n"
        "Changed your mind? Send *START* any time.",
        "E don do. You don comot and I no go send you message again. 👋\n"
        "You change your mind? Send *START* anytime.",
    ))


def still_stopped() -> Payload:
    return messages.text(say(
        "You're unsubscribed from Aremu, so I'm not sending you anything.\n"
        "Send *START* to turn job alerts back on, or *delete my data* to erase everything.",
        "You don comot from Aremu, so I no dey send you anything.\n"
        "Send *START* make job alerts start again, or *delete my data* to clear everything.",
    ))


def restarted() -> Payload:
    return messages.text(say("Welcome back! 🎉 You're subscribed again.", "Welcome back! 🎉 You don join again."))


def already_subscribed() -> Payload:
    return messages.text(say("You're already subscribed 👍", "You don already join 👍"))


def confirm_delete(ref: str = "") -> Payload:
    return messages.buttons(
        say("This deletes your preferences, the jobs I sent you and all our messages, and removes your number "
            "from Aremu. It can't be undone.\n\nDelete everything?",
            "This one go delete wetin you want, the work wey I send you and all our messages, and remove your "
            "number from Aremu. E no fit come back.\n\nMake I delete everything?"),
        [(erase_button_id("yes", ref), say("Yes, delete it all", "Yes, delete am all")),
         (erase_button_id("no", ref), say("No, keep it", "No, leave am"))],
    )


def erase_button_id(answer: str, ref: str) -> str:
    """`erase:yes-<ref>`: the answer and the request it answers (delivery.buttons ids have two parts)."""
    return f"erase:{answer}-{ref}" if ref else f"erase:{answer}"


def erase_button_stale() -> Payload:
    return messages.text(say(
        "That button was for an earlier request, so I haven't deleted anything. "
        "To delete your data, send *delete my data*.",
        "That button na for old request, so I no delete anything. "
        "If you wan delete your data, send *delete my data*.",
    ))


def erased() -> Payload:
    return messages.text(say(
        "Done 🗑️ I've deleted your preferences, your job history and our messages, and removed your number. "
        "If you message me again, we'll start fresh. Goodbye 👋",
        "E don do 🗑️ I don delete wetin you want, the work wey I send you and our messages, and remove your "
        "number. If you message me again, we go start afresh. Bye bye 👋",
    ))


def delete_cancelled() -> Payload:
    return messages.text(say("OK, I kept everything 👍", "OK, I no touch anything 👍"))


def no_recent_alert() -> Payload:
    return messages.text(say("Ask *why* right after a job alert, and I'll explain why it matched you.",
                             "Ask *why* after job alert land, and I go explain why e match you."))


def no_recent_alert_feedback() -> Payload:
    return messages.text(say("There's no job alert to answer yet. When one comes and it isn't right for you, reply "
                             "*not for me* and I'll send fewer like it.",
                             "No job alert don land yet. When one come and e no be your type, reply *not for me* "
                             "and I go send less like am."))


def give_the_value(field: str) -> Payload:
    how = {
        "salary": say("Type the amount, like _250k a month_ or _3m a year_.",
                      "Type the amount, like _250k a month_ or _3m a year_."),
        "experience": say("Type your years of experience as a number, like _3_.",
                          "Type how many years you don work, like _3_."),
        "work_style": say("Pick one from the list, or type _remote_, _hybrid_ or _onsite_.",
                          "Pick one for the list, or type _remote_, _hybrid_ or _onsite_."),
        "background": say("Type your highest certificate and what you have, like _OND, driver's licence_, or _none_.",
                          "Type your highest certificate and wetin you get, like _OND, driver's licence_, or _none_."),
        "neighbours": say("Type the numbers of the ones you'd take, like _1 3_, or tap *All of them*.",
                          "Type the numbers of the ones wey you go take, like _1 3_, or tap *All of dem*."),
        "skills": say("Type your skills, separated by commas, like _Excel, sales, driving_.",
                      "Type wetin you sabi, separate dem with comma, like _Excel, sales, driving_."),
    }[field]
    return messages.text(say(f"Great 👍 {how}", f"Correct 👍 {how}"))


def job_actions(job_id: int, title: str) -> Payload:
    label = title.strip() or say("This job", "This work")
    return messages.buttons(say(f"{label}: what would you like to do?", f"{label}: wetin you wan do?"), [
        (job_button_id(job_id, "why"), say("Why this job?", "Why this work?")),
        (job_button_id(job_id, "nfm"), say("Not for me", "E no be my type")),
        (job_button_id(job_id, "report"), say("Report scam", "Report wayo")),
    ])


def reported() -> Payload:
    return messages.text(say(
        "Thank you for telling us 🙏 We'll check this job. Never pay money to get a job: real employers don't ask.",
        "Thank you well well 🙏 We go check this work. No pay anybody money to get work: real employer no dey ask."))


def no_recent_alert_report() -> Payload:
    return messages.text(say(
        "There's no job alert to report yet. If a job we send ever asks you for money, reply *report* right after it.",
        "No job alert don land yet. If any work wey we send ask you for money, reply *report* immediately."))


def language_set() -> Payload:
    return messages.text(say("OK, I'll write to you in English from now on 👍 (Send *talk pidgin* to switch.)",
                             "No wahala, I go dey yarn you for Pidgin from now 👍 (Send *speak English* to change am.)"))


def not_for_me() -> Payload:
    return messages.text(say("Got it 👍 I'll send fewer jobs like that one.", "I don hear 👍 I go send less work like that one."))


def apply_hint() -> Payload:
    return messages.text(say("Use the *Apply* link in the job message above. Good luck! 🍀",
                             "Use the *Apply* link for the job message wey dey up. God go do am! 🍀"))


def keep_alerts_on() -> Payload:
    return messages.text(say("Great, your alerts stay on 👍 I'll keep sending you matching jobs here.",
                             "Correct, your alerts still dey on 👍 I go dey send you work wey match you here."))


def finish_setup_first() -> Payload:
    return messages.text(say("Let's finish setting up first, so I know which jobs to send you.",
                             "Make we finish the setup first, so I go know which work to send you."))


def not_understood() -> Payload:
    return messages.text(say("Sorry, I didn't catch that 🤔", "Sorry, I no understand that one 🤔"))


def media_help() -> Payload:
    return messages.text(say(
        "I can read text and buttons, but not pictures, voice notes, files or stickers yet. "
        "Please type your message, or send *menu*.",
        "I fit read text and buttons, but I no fit read picture, voice note, file or sticker yet. "
        "Abeg type your message, or send *menu*.",
    ))


def pin_help() -> Payload:
    return messages.text(say("Thanks for the pin 📍 Please also type the city or area name (e.g. _Ikeja, Lagos_).",
                             "Thank you for the pin 📍 Abeg type the city or area name too (like _Ikeja, Lagos_)."))


def any_work() -> Payload:
    return messages.text(say(
        "Any work is fine 👍 To pick the good ones for you, tell me one or two kinds of work you can do, or what "
        "you're good at (e.g. _cleaning, driving, sales, Excel_).",
        "Any work dey okay 👍 But make I fit pick the good ones for you, tell me one or two kind work wey you fit "
        "do, or wetin you sabi (like _cleaning, driving, sales, Excel_).",
    ))


def need_a_role() -> Payload:
    return messages.text(say("I need at least one kind of work to look for. What do you do, or want to do?",
                             "I need at least one kind work to find. Wetin you dey do, or wan do?"))


def you_are_welcome() -> Payload:
    return messages.text(say("You're welcome! 😊", "No wahala! 😊"))


def thanks() -> Payload:
    return messages.text(say("👍 Type *jobs* to see matches, or *menu* for everything I can do.",
                             "👍 Type *jobs* to see work wey match you, or *menu* for everything wey I fit do."))


# --- Helpers ----------------------------------------------------------------------------------------


def _join(items: list[str], word: str = "or") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _where(prefs: Prefs) -> str:
    if prefs.locations:
        # "Lagos too if there is accommodation": the condition is read back, so they can see it is kept
        housed = set(housed_locations(prefs.locations, prefs.words))  # set in the portal, else their words
        return _join([f"{short}{say(' (only with accommodation)', ' (only if dem give place to stay)')}"
                      if label in housed else short
                      for label, short in zip(prefs.locations[:6], _short_places(prefs.locations[:6]), strict=True)])
    if "remote" in prefs.arrangements:
        return say("anywhere (remote)", "anywhere (remote)")
    return say("not set", "nothing yet")


def _short_places(labels: list[str]) -> list[str]:
    # "Abuja, FCT" reads as two places in a list: show the first part ("Lekki", "Abuja").
    return [label.split(",")[0].strip() for label in labels]


def _work_style(arrangements: list[str]) -> str:
    if not arrangements or len(arrangements) == 3:
        return say("any", "any one")
    names = {"onsite": "onsite", "hybrid": "hybrid", "remote": "remote"}
    return _join([names[a] for a in arrangements if a in names])


def _experience(years: int | None) -> str:
    if years is None:
        return say("not given", "you no talk")
    if years == 0:
        return say("new to work", "you never work before")
    return "1 year" if years == 1 else f"{years} years"
