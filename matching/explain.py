"""A match result in plain words (pure): for "why this job?" on WhatsApp, the admin and `explain_match`.

In the seeker's register: the reasons are worded in English by the scoring (kept on history rows as they are) and
put into Pidgin here, when the explanation is rendered inside `speaking(PIDGIN)`: the hot scoring path builds one
sentence per part, not two.
"""

from __future__ import annotations

import re

from aremu.voice import PIDGIN, current, say
from matching.scoring import WEIGHTS, MatchResult

# Each reason the scoring writes (matching/scoring.py), and how it reads in Pidgin.
_PIDGIN_REASONS: list[tuple[re.Pattern[str], str]] = [(re.compile(f"^{pattern}$"), pidgin) for pattern, pidgin in [
    (r"your role “(.+)” = “(.+)”", r"your work “\1” na “\2”"),
    (r"your role “(.+)” ≈ “(.+)”", r"your work “\1” near “\2”"),
    (r"your role “(.+)” covers “(.+)”", r"your work “\1” cover “\2”"),
    (r"“(.+)” is close to your role “(.+)”", r"“\1” dey close to your work “\2”"),
    (r"“(.+)” is near your roles but asks few of your skills", r"“\1” near your work but e no need your skills"),
    (r"“(.+)” is like your role “(.+)”", r"“\1” be like your work “\2”"),
    (r"“(.+)” is also (.+) work", r"“\1” na \2 work too"),
    (r"“(.+)” is not one of your roles", r"“\1” no be the work wey you want"),
    (r"“(.+)” is (.+) work and asks none of your skills", r"“\1” na \2 work and e no need any of your skills"),
    (r"you gave no role; it uses your skills", r"you no talk the work, but e need your skills"),
    (r"you gave no role and it asks few of your skills", r"you no talk the work and e no need your skills"),
    (r"the post lists no skills", r"the post no list skills"),
    (r"you listed no skills", r"you no list skills"),
    (r"none of your skills are listed", r"none of your skills dey there"),
    (r"you have (.+)", r"you sabi \1"),
    (r"it is (.+); you want (.+) work", r"e be \1; you want \2 work"),
    (r"it is (.+), not a place you chose", r"e dey \1, no be where you choose"),
    (r"it is in (.+), not where you want to work", r"e dey \1, no be where you wan work"),
    (r"it is in (.+), across the lagoon; you want (.+)", r"e dey \1, for the other side of the lagoon; you want \2"),
    (r"the post requires living around (.+); you named (.+)", r"the post want person wey dey live near \1; you talk \2"),
    (r"in (.+) \((.+)\): your city, not (.+)", r"e dey \1 (\2): your city, but no be \3"),
    (r"it is in (.+); you asked only (.+)", r"e dey \1; you talk say na only \2"),
    (r"in (.+) \((.+)\), you want (.+), and it gives accommodation",
     r"e dey \1 (\2), you want \3, and dem go give you place to stay"),
    (r"it is in (.+); you asked (.+) only where the job gives accommodation, and this post does not say it does",
     r"e dey \1; you talk say \2 only if dem give you place to stay, and this post no talk am"),
    (r"in (.+) \((.+)\), you want (.+)", r"e dey \1 (\2), you want \3"),
    (r"the post does not say where; you said anywhere", r"the post no talk where; you talk anywhere"),
    (r"it is in (.+), outside (.+)", r"e dey \1, outside \2"),
    (r"in (.+) \((.+)\); you said anywhere in (.+)", r"e dey \1 (\2); you talk anywhere for \3"),
    (r"in (.+); you said anywhere", r"e dey \1; you talk anywhere"),
    (r"it is remote; you want on-site work", r"na remote; you want work for office"),
    (r"remote, but only for people in (.+)", r"na remote, but na only for people for \1"),
    (r"remote, and you accept remote work", r"na remote, and you fit do remote"),
    (r"the post seeks experienced people; you have (.+)", r"the post want people wey don work well; you get \1"),
    (r"you set no minimum pay", r"you no set the smallest pay"),
    (r"the post states no pay", r"the post no talk pay"),
    (r"pay in a currency I cannot compare", r"the pay dey another money wey I no fit compare"),
    (r"(.+), at or above your minimum", r"\1, e reach your smallest pay or pass am"),
    (r"(.+), well below your minimum", r"\1, e too small pass your smallest pay"),
    (r"(.+), a little below your minimum", r"\1, e small pass your smallest pay small"),
    (r"(.+), below your minimum, and no commission or bonus named",
     r"\1, e small pass your smallest pay and dem no talk commission or bonus"),
    (r"an internship; you have (\d+) years", r"na internship; you don get \1 years"),
    (r"a trainee's post; you have (\d+) years", r"na work for trainee; you don get \1 years"),
    (r"a junior post; you have (\d+) years", r"na junior work; you don get \1 years"),
    (r"“(.+)” is a neighbouring line's post asking (\d+)\+ years; you have (\d+)",
     r"“\1” na work wey near your own wey want \2+ years; you don get \3"),
    (r"“(.+)” is for another phone platform than yours", r"“\1” na for another phone platform, no be your own"),
    (r"“(.+)” is accounting work, not audit like yours", r"“\1” na accounting work, no be audit like your own"),
    (r"“(.+)” is an internship in another line than yours", r"“\1” na internship for another work, no be your own"),
    (r"“(.+)” asks a background in another line than yours", r"“\1” want person wey come from another work, no be your own"),
    (r"it uses your skills (.+) \(we could not place your role “(.+)”\)",
     r"e need your skills \1 (we no sabi where your work “\2” fit)"),
    (r"you gave no years of experience", r"you no talk your years of experience"),
    (r"the post asks no set experience", r"the post no ask for any years"),
    (r"a volunteer post, unpaid", r"na volunteer work, e no dey pay"),
    (r"the post says it is unpaid", r"the post talk say e no dey pay"),
    (r"the post says it is unpaid; you asked for paid work", r"the post talk say e no dey pay; you ask for work wey dey pay"),
    (r"a volunteer post, unpaid; you asked for work, not volunteering",
     r"na volunteer work, e no dey pay; na work you ask for, no be volunteer"),
    (r"“(.+)” is an assistant's post, and you run the work", r"“\1” na work for assistant, and na you dey run the work"),
    (r"“(.+)” is a direct sales agent's post, below a relationship officer's",
     r"“\1” na direct sales agent work, e dey under relationship officer level"),
    (r"“(.+)” is a post below a manager's, and you have led the work (\d+) years",
     r"“\1” na work wey dey under manager, and you don lead the work for \2 years"),
    (r"“(.+)” is for another subject than yours", r"“\1” na for another subject, no be your own"),
    (r"“(.+)” is for another subject than your skills name",
     r"“\1” na for another subject, no be the one wey your skills talk"),
    (r"“(.+)” is for the little ones' teacher, and you teach a subject",
     r"“\1” na for teacher of small pikin, and you dey teach subject"),
    (r"“(.+)” is a primary school post, and you teach secondary classes",
     r"“\1” na primary school work, and you dey teach secondary class"),
    (r"“(.+)” is a subject teacher's post, and you teach one class",
     r"“\1” na for subject teacher, and you dey teach one class"),
    (r"“(.+)” is full-stack and asks none of your (back-end|front-end) skills",
     r"“\1” na full-stack work, e no ask any of your \2 skills"),
    (r"“(.+)” asks (.+); you work in (.+)", r"“\1” want \2; na \3 you dey use"),
    (r"“(.+)” is a phone app post, and you name no app skills", r"“\1” na phone app work, and you no talk any app skill"),
    (r"asks (\d+)\+ years: an early-career post, and you have (\d+)",
     r"e want \1+ years: na work for person wey just dey start, and you get \2"),
    (r"(?:asks|prefers) (\d+)\+ years, you have (\d+): a manager's post, and your roles manage no one",
     r"e want \1+ years, you get \2: na manager work, and your work no dey manage people"),
    (r"asks (\d+)\+ years, you have (\d+)", r"e want \1+ years, you get \2"),
    (r"prefers (\d+)\+ years, you have (\d+)", r"e go like \1+ years, you get \2"),
    (r"the post asks at least (.+), which shop and field work seldom needs; tell us your schooling if you have it",
     r"the post want at least \1, wey shop and field work no dey usually ask; if you get am, tell us your school level"),
    (r"“(.+)” is driven: the post requires a driver's licence and you have not said you drive",
     r"“\1” na driving work: the post want driver's licence and you never talk say you dey drive"),
    (r"the post asks at least (.+); you said (.+)", r"the post want at least \1; you talk say you get \2"),
    (r"the post requires (.+); you said you do not have (?:it|them)", r"the post want \1; you talk say you no get am"),
    (r"the post requires experience in (.+); you named (.+)", r"the post want person wey don work for \1; you talk \2"),
    (r"the post requires experience in (.+); your profile names no work in it \(add it to your skills if you have it\)",
     r"the post want person wey don work for \1; you never talk say you don work there (if you don work there, add am for your skills)"),
    (r"the post requires experience in sales or marketing, which you said no to",
     r"the post want person wey don do sales or marketing, wey you talk say you no want"),
    (r"“(.+)” asks (.+) nursing, which your words do not name \(add it to your skills if you have it\)",
     r"“\1” want person wey don do \2 nursing, wey your words no talk (if you don do am, add am for your skills)"),
    (r"it is part-time work; you did not ask for part-time", r"na part-time work; you no ask for part-time"),
    ("the work includes visits to customers' doors; you said no field visits",
     "the work get visit to people house; you talk say you no dey do field visit"),
    (r"“(.+)” is also (.+) work, which you said no to", r"“\1” na \2 work too, wey you talk say you no want"),
    (r"“(.+)” is (.+) work, which you said no to", r"“\1” na \2 work, wey you talk say you no want"),
    (r"the work has sales targets, which you said no to", r"the work get sales target, wey you talk say you no want"),
    (r"“(.+)” is (.+) work, which you said you don't take", r"“\1” na \2 work, wey you talk say you no go take"),
    (r"you said you also take (.+) work: “(.+)”", r"you talk say you go take \1 work too: “\2”"),
    (r"“(.+)” is below the level you asked for", r"“\1” dey under the level wey you ask"),
    (r"“(.+)” is (.+) work, which you take only at a supervisor's level or above",
     r"“\1” na \2 work, wey you talk say you go take only if na supervisor level or pass"),
    (r"“(.+)” is work on a shop's floor, and your work is in an office or at a front desk",
     r"“\1” na work for shop floor, and your work dey for office or front desk"),
    (r"“(.+)” asks (\d+)\+ years of (.+) work, a line new to you", r"“\1” want \2+ years for \3 work, wey be new work for you"),
    (r"“(.+)” is (.+) work, a line new to you, and pays up to (.+)/month, under your minimum",
     r"“\1” na \2 work, wey be new work for you, and the pay na up to \3/month, e no reach your smallest pay"),
    (r"an entry-level post that states no pay; such posts seldom reach your (.+) minimum",
     r"na entry work wey no talk the pay; this kind work no dey usually reach your \1 smallest pay"),
    (r"“(.+)” supervises others; your roles name no supervising and you have (\d+) years?",
     r"“\1” na to supervise other people; your work no talk say you don supervise, and you don get \2 years"),
    (r"“(.+)” supervises others; your roles name no supervising and you gave no years",
     r"“\1” na to supervise other people; your work no talk say you don supervise, and you no talk your years"),
    (r"you said “not for me” to a similar job", r"you talk “not for me” to work wey be like this one"),
]]
_PIDGIN_BLOCKS = {
    "a different line of work": "na another kind work", "a different specialty": "na another kind of the work",
    "part-time": "na part-time work",
    "another subject": "na another subject", "another class level": "na another class level",
    "another ward": "na another ward",
    "asks far more experience than you have": "e want experience pass wetin you get",
    "pays well below your minimum": "the pay too small pass your smallest pay",
    "unpaid, and you set a minimum pay": "e no dey pay, and you set smallest pay",
    "unpaid volunteer post": "volunteer work wey no dey pay",
    "unpaid, and you asked for pay": "e no dey pay, and you ask for pay",
    "remote, you want on-site": "na remote, you want work for office", "an internship": "na internship", "a trainee's post": "na work for trainee", "a junior post": "na junior work",
    "asks another background": "e want person from another work", "another platform": "na another phone platform",
    "an assistant's post": "na work for assistant", "below your rank": "e dey under your rank", "below your level": "e dey under your level", "asks more schooling": "e want school pass wetin you get",
    "requires what you do not have": "e want wetin you no get", "requires a driver": "e want person wey dey drive",
    "an early-career post": "na work for person wey just dey start",
    "requires another industry": "e want person wey don work for another industry",
    "requires sales experience": "e want person wey don do sales work",
    "entry pay, below your minimum": "na entry work, the pay fit no reach your smallest pay",
    "a supervisor's post": "na work for supervisor", "a manager's post": "na manager work",
    "a junior post of a neighbouring line": "na junior work for line wey near your own",
    "a line you said no to": "na work wey you talk say you no go take",
    "below the level you asked": "e dey under the level wey you ask",
    "asks experience in a line new to you": "e want experience for work wey be new for you",
    "a new line paying under your minimum": "na new work for you, and the pay no reach your smallest pay",
    "shop-floor work": "na work for shop floor",
    "field visits, which you said no to": "e get field visit, wey you talk say you no want",
    "sales targets, which you said no to": "e get sales target, wey you talk say you no want",
    "no accommodation given": "dem no talk say dem go give place to stay",
}


def in_register(reason: str) -> str:
    """A scoring reason in the register being spoken (English as written)."""
    if current() != PIDGIN:
        return reason
    head, read_as, posting = reason.partition(" (as we read “")  # the job words that matched, then the posting's
    for pattern, pidgin in _PIDGIN_REASONS:
        if pattern.match(head):
            return pattern.sub(pidgin, head) + (f" (na so we read “{posting}" if read_as else "")
    return reason


def _labels() -> dict[str, str]:
    return {"titles": say("Role", "Work"), "skills": "Skills", "location": say("Place", "Place"),
            "salary": say("Pay", "Pay"), "experience": "Experience"}


def _mark(points: float, weight: float) -> str:
    if points >= 0.8 * weight:
        return "✅"
    return "🟡" if points > 0 else "❌"


def explanation_lines(result: MatchResult) -> list[str]:
    lines, labels = [], _labels()
    for name, weight in WEIGHTS.items():
        points = result.breakdown.get(name, 0.0)
        reason = in_register(result.reasons.get(name, ""))
        lines.append(f"{_mark(points, weight)} {labels[name]}: {reason} ({points:g}/{weight:g})")
    if result.penalty:
        feedback = in_register(result.reasons.get("feedback", "you said “not for me” to a similar job"))
        lines.append(f"➖ {feedback} (−{result.penalty:g})")
    return lines


def render_explanation(result: MatchResult, *, title: str, threshold: float) -> str:
    head = say(f"Why “{title}”: match {result.total:.0f}/100", f"Why “{title}”: e match {result.total:.0f}/100")
    if result.blocked:
        block = result.blocked if current() != PIDGIN else _PIDGIN_BLOCKS.get(result.blocked, result.blocked)
        verdict = say(f"Not a match for you: {result.blocked}.", f"E no match you: {block}.")
    elif result.total >= threshold:
        verdict = say(f"That is above the {threshold:g} I need to send a job.",
                      f"E pass the {threshold:g} wey I need before I send work.")
    else:
        verdict = say(f"That is below the {threshold:g} I need to send a job.",
                      f"E no reach the {threshold:g} wey I need before I send work.")
    return "\n".join([head, *explanation_lines(result), verdict])
