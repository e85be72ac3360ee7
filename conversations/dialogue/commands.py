"""Typed commands, in English, Nigerian Pidgin, common typos, and greetings in Yoruba, Hausa and Igbo.

A command is the whole message ("pause 3 days", "abeg pause am for 2 weeks"), so "I want to stop working nights"
is free text, not STOP. A greeting in front is dropped ("ndewo, pls send me jobs" is JOBS); a greeting in front of
anything else ("Sannu, I dey find driver work") is free text for the extractor.

"any job", "any work", "anything, i fit do any work" are deliberately NOT commands: they reach the extractor,
which sets `Extracted.any_role` (no role preference), so "any job in Abuja" keeps its place too. Only the bare
"any"/"anything" stay SKIP, because the question just asked decides what they mean (any style, anywhere, any role).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from jobs.locations import lookup
from jobs.vocabulary import normalize

MAX_PAUSE_DAYS = 90
DEFAULT_PAUSE_DAYS = 7


@dataclass(frozen=True)
class Command:
    # hello, help, jobs, settings, pause, resume, stop, start, delete, why, nfm, report, yes, no, skip, cancel, thanks
    name: str
    days: int | None = None


# "e kaaro" (Yoruba, good morning) … "ina kwana" (Hausa) … "kedu", "ndewo" (Igbo): Nigerians greet in all three.
_GREETING = (
    r"(?:hi+|hello+|hell?o+w?|hey+|hallo|howdy|hi there|good (?:morning|afternoon|evening|day)|gud (?:morning|evening)|"
    r"gm|how far|how (?:you|u) dey|how body|wetin dey(?: happen)?|whats up|sup|"
    r"bawo(?: ni)?|e ?k(?:a|aa)(?:ro|san|asan|le|ale|bo|abo)|e ku (?:ise|ojumo|irole|ale)|"
    r"sannu(?: da (?:zuwa|aiki))?|ina (?:kwana|wuni|yini)|barka(?: da (?:safe|yamma|rana|dare|asuba|zuwa))?|"
    r"(?:as)?salam(?:u)? ?(?:alaikum|alaykum)|"
    r"kedu(?: ka i mere| ka idi| nu)?|nd(?:e|ee)wo(?: nu)?|nno+)"
)
_PLEASE = r"(?:please|pls|plz|abeg|biko)"
_POLITE = rf"(?:{_PLEASE}|now|o|oh|sir|ma|na|oga|boss|bro|sis|jare)"
# Pidgin: "no job?", "una no get job for me?", "I never see any job" all ask where the jobs are.
_JOBS = (
    r"(?:jobs?|more|more jobs|next|see jobs|new jobs|my jobs|any new jobs?|any jobs? (?:for me|today|now)|"
    r"(?:show|send|give|bring)(?: me| us)?(?: (?:some|the|new|more|my|any))? (?:jobs?|work|vacancies|vacancy)|"
    r"show me wetin (?:una|you) get|(?:i )?(?:wan|want to|wanna|wan to) see(?: (?:the|new|my|some|more))? jobs?|"
    r"where(?: (?:is|are))? (?:my|the|all the) jobs?|where (?:my|the) jobs? dey|"
    r"(?:una|you|u) no get (?:any )?(?:jobs?|work)(?: for me)?(?: today)?|i never see (?:any )?(?:jobs?|work)|"
    r"no (?:new )?(?:jobs?|work)(?: (?:today|again|for me|yet))?|jobs? dey|work dey)"
)
_COMMANDS: list[tuple[str, str]] = [
    ("help", r"(?:help|menu|options|commands|what can you do|how does this work|main menu|"
             r"(?:show|send|give)(?: me)? (?:the )?menu|"
             r"(?:wetin|what) (?:i|we) (?:fit|can) do(?: (?:for|on|with|in) (?:here|this|am))?|"
             r"(?:wetin|what) (?:una|you) (?:fit|can) do|how (?:this|dis) (?:thing )?(?:dey )?work)"),
    ("jobs", _JOBS),
    ("settings", r"(?:settings?|preferences?|my preferences|prefs|profile|my profile|edit|"
                 r"(?:(?:i )?(?:wan|want to|wanna|wan to) )?(?:change|update|edit) (?:my )?"
                 r"(?:settings?|preferences?|profile|details))"),
    ("resume", r"(?:resume|unpause|continue|continue sending|resume alerts|turn (?:alerts )?back on|"
               r"(?:i )?(?:don|have) (?:return|returned|come back|come)|i ?(?:m|am) back(?: now)?|"
               r"(?:start|continue) (?:sending|dey send)(?: again)?)"),
    ("stop", r"(?:stop|unsubscribe|opt out|optout|stop alerts|stop messages|stop all|cancel alerts|"
             r"stop (?:sending|send)(?: me)?(?: (?:jobs|messages|alerts|job alerts|anything))?|"
             r"i no (?:want|wan) (?:una |your |this )?(?:messages?|alerts?|jobs?)(?: again| anymore)?)"),
    ("start", r"(?:start|subscribe|restart|start again|start alerts|opt in)"),
    ("delete", r"(?:delete|erase|remove|wipe) (?:all )?(?:my )?(?:data|account|details|information|info|number)|"
               r"delete me|forget me"),
    ("why", r"(?:why|why this job|why this|why me|why did i get this)"),
    # "na wayo" (Pidgin: it's a trick), "419" (Nigeria's name for advance-fee fraud): the last alert is a scam.
    ("report", r"(?:(?:i )?(?:want to |wan |wanna )?report(?: (?:this|it|am|this job|the job|job|scam|this scam|a scam))?|"
               r"scam|fraud|419|wayo|fake job|(?:looks|e be) like (?:a )?(?:scam|wayo|419)|"
               r"(?:this|it|e|dis|that)(?: job| work| one)? (?:is|na|be|looks like|be like|dey look like) (?:a |an )?"
               r"(?:scam|fraud|fake|wayo|419)(?: job)?|(?:na|e be|this na) (?:wayo|scam|419|fraud)|scam job)"),
    ("nfm", r"(?:not for me|not interested|no thanks|not my type|i no want (?:am|this)|not this one)"),
    ("yes", r"(?:y|yes+|yea+h?|yep|yup|ok|okay|okey|correct|confirm|sure|right|thats right|na so|e correct|"
            r"yes it is|looks good|all good|perfect|exactly|true|save|save it|save changes|ehen|i gree)"),
    ("no", r"(?:n|no+|nope|wrong|not correct|incorrect|change|change it|no be so|keep old|keep old ones)"),
    ("skip", r"(?:skip|any|anything|none|not sure|no preference|doesnt matter|any one|anyhow|nothing)"),
    ("cancel", r"(?:cancel|never ?mind|back|go back)"),
    # Yoruba "e se", Hausa "nagode", Igbo "daalu"/"imela".
    ("thanks", r"(?:ok(?:ay)? )?(?:thanks?(?: you)?(?: so much| very much| a lot| well well)?|thank u|thx|tnx|tanks|"
               r"tanks well well|god bless(?: you)?|e se(?: gan| pupo| o)?|ese|na ?gode(?: sosai)?|d(?:a|aa)lu|imela)"
               r"(?: (?:sir|ma|o|bro|sis))?(?: god bless(?: you)?)?"),
]
_NUMBER = r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
# "stop" pauses only with a time ("stop for one week"); alone it is STOP.
_PAUSE = re.compile(
    rf"(?:(?:pause|snooze|hold|pasue|puase)(?: (?:am|it|alerts|messages|my alerts|the alerts|jobs))?"
    rf"(?: for)?(?: (?P<n>{_NUMBER}) ?(?P<unit>days?|weeks?|wks?|months?|d|w))?|"
    rf"stop(?: (?:am|it|alerts|messages))?(?: for)? (?P<n2>{_NUMBER}) ?(?P<unit2>days?|weeks?|wks?|months?|d|w))"
)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
# One-word typos ("jbos", "hepl", "setings", "unsubcribe"). STOP, DELETE and START are not guessed: a wrong
# guess there unsubscribes someone or erases their data.
_TYPO_TARGETS = {"jobs": "jobs", "help": "help", "menu": "help", "settings": "settings", "pause": "pause",
                 "resume": "resume", "unsubscribe": "stop"}


def parse_command(text: str) -> Command | None:
    raw = (text or "").strip()
    if raw and re.fullmatch(r"[?¿\s]+", raw):
        return Command("help")  # "?" is the menu (README); normalising would leave nothing of it
    clean = _clean(raw)
    if not clean:
        return None
    rest = _without_greetings(clean)
    if not rest:
        return Command("hello")
    return _command(rest, asked=raw.endswith("?"))


def _clean(text: str) -> str:
    clean = normalize(text.replace("'", "").replace("’", "")).replace(".", " ")
    return re.sub(r"\s+", " ", clean).strip()


def _without_greetings(clean: str) -> str:
    """ "ndewo o, pls send me jobs" → "send me jobs"; only greetings (and polite words) → ""."""
    previous = None
    while previous != clean:
        previous = clean
        clean = re.sub(rf"^(?:{_GREETING}|{_PLEASE})(?: |$)", "", clean).strip()
    return "" if re.fullmatch(rf"(?:{_POLITE} ?)*", clean) else clean


def _command(clean: str, *, asked: bool) -> Command | None:
    clean = re.sub(rf"(?: {_POLITE})+$", "", clean).strip()
    if match := re.fullmatch(_PAUSE, clean):
        return Command("pause", days=_pause_days(match))
    if asked and re.fullmatch(r"any jobs?", clean):
        return Command("jobs")  # "any jobs?" asks for jobs; "any job" says any role will do (the extractor's)
    for name, pattern in _COMMANDS:
        if re.fullmatch(pattern, clean):
            return Command(name)
    return _typo(clean)


def _typo(clean: str) -> Command | None:
    if " " in clean or len(clean) < 4 or lookup(clean):
        return None  # "jos" is a city, not "jobs"
    for word, name in _TYPO_TARGETS.items():
        if DamerauLevenshtein.distance(clean, word) <= (2 if name == "stop" else 1):
            return Command("pause", days=DEFAULT_PAUSE_DAYS) if name == "pause" else Command(name)
    return None


def _pause_days(match: re.Match[str]) -> int:
    raw, unit = match.group("n") or match.group("n2"), match.group("unit") or match.group("unit2") or "d"
    if raw is None:
        return DEFAULT_PAUSE_DAYS
    number = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
    days = number * (30 if unit.startswith("m") else 7 if unit.startswith("w") else 1)
    return max(1, min(days, MAX_PAUSE_DAYS))
