"""Typed commands. A command is the whole message ("pause 3 days"), so "I want to stop working nights" is
free text, not STOP."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.vocabulary import normalize

MAX_PAUSE_DAYS = 90
DEFAULT_PAUSE_DAYS = 7


@dataclass(frozen=True)
class Command:
    # hello, help, jobs, settings, pause, resume, stop, start, delete, why, nfm, yes, no, skip, cancel, thanks
    name: str
    days: int | None = None


_POLITE = r"(?:\s+(?:please|pls|abeg|now|o|oh|sir|ma))*"
_COMMANDS: list[tuple[str, str]] = [
    ("hello", r"(?:hi+|hello+|hey+|hallo|good (?:morning|afternoon|evening|day)|howdy|how far|wetin dey|hi there)"),
    ("help", r"(?:help|menu|options|commands|\?|what can you do|how does this work|main menu)"),
    ("jobs", r"(?:jobs?|more|more jobs|show (?:me )?(?:jobs|more)|any jobs?|see jobs|new jobs|my jobs|next)"),
    ("settings", r"(?:settings?|preferences?|my preferences|prefs|profile|my profile|change preferences|"
                 r"update preferences|edit preferences|edit)"),
    ("resume", r"(?:resume|unpause|continue|resume alerts|turn (?:alerts )?back on)"),
    ("stop", r"(?:stop|unsubscribe|opt out|optout|stop alerts|stop messages|stop all|cancel alerts|stop sending)"),
    ("start", r"(?:start|subscribe|restart|start again|start alerts|opt in)"),
    ("delete", r"(?:delete|erase|remove|wipe) (?:all )?(?:my )?(?:data|account|details|information|info|number)|"
               r"delete me|forget me"),
    ("why", r"(?:why|why this job|why this|why me|why did i get this)"),
    ("nfm", r"(?:not for me|not interested|no thanks|not my type|i no want (?:am|this)|not this one)"),
    ("yes", r"(?:y|yes+|yea+h?|yep|yup|ok|okay|okey|correct|confirm|sure|right|that'?s right|na so|e correct|"
            r"yes it is|looks good|all good|perfect|exactly|true|save|save it|save changes)"),
    ("no", r"(?:n|no+|nope|wrong|not correct|incorrect|change|change it|no be so|keep old|keep old ones)"),
    ("skip", r"(?:skip|any|anything|none|not sure|no preference|doesn'?t matter|any one|anyhow|nothing)"),
    ("cancel", r"(?:cancel|never ?mind|back|go back)"),
    ("thanks", r"(?:ok(?:ay)? )?(?:thanks?(?: you)?(?: so much| very much| a lot)?|thank u|thx|tnx|tanks|god bless(?: you)?)"),
]
_PAUSE = re.compile(r"(?:pause|snooze|hold)(?: (?:alerts|messages))?(?: for)?(?: (?P<n>\d{1,3}|a|one|two|three) ?"
                    r"(?P<unit>days?|weeks?|d|w))?")
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3}


def parse_command(text: str) -> Command | None:
    clean = normalize((text or "").replace("'", "").replace("’", "")).strip(" .!?")
    if not clean:
        return None
    if clean == "?" or text.strip() == "?":
        return Command("help")
    clean = re.sub(rf"{_POLITE}$", "", re.sub(r"^(?:please|pls|abeg)\s+", "", clean)).strip()
    match = re.fullmatch(_PAUSE.pattern, clean)
    if match:
        return Command("pause", days=_pause_days(match))
    for name, pattern in _COMMANDS:
        if re.fullmatch(pattern, clean):
            return Command(name)
    return None


def _pause_days(match: re.Match[str]) -> int:
    raw = match.group("n")
    if raw is None:
        return DEFAULT_PAUSE_DAYS
    number = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
    days = number * 7 if (match.group("unit") or "d").startswith("w") else number
    return max(1, min(days, MAX_PAUSE_DAYS))
