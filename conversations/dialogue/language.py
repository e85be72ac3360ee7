"""Which register a seeker writes in, so the bot can answer in it: Nigerian Pidgin or English.

A guess from one message is only made on clear signs: a word that only Pidgin uses ("dey", "wetin", "abeg"…)
makes it Pidgin; a sentence of five or more words in plain English, with none of them, makes it English (the
dialogue does not count English commands: "pls send me jobs" is no sign). Short answers ("yes", "Lagos", "3")
change nothing. Asking ("talk pidgin", "speak English") settles it for good.
"""

from __future__ import annotations

import re

from aremu.voice import ENGLISH, PIDGIN

# Words and phrases English does not use (a lone "go", "fit", "am" or "don" proves nothing).
_PIDGIN = re.compile(
    r"\b(?:dey|wetin|abeg|wey|una|wahala|sabi|oya|abi|sef|comot|pikin|haba|nawa|shey|wahz|"
    r"i don|e don|don dey|no fit|i fit do|i fit work|i fit start|make i|make una|make we|na so|na im|na me|"
    r"na wa|how far|i wan|i no get|i no want|i no sabi|e no|no be|dem dey|for house|work from house|una dey|"
    r"e remain|small small|how body|pause am|send am)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"\b(?:i am|i'm|i have|i want|i would|looking for|please|could|would|thank you|the|with|years of|"
    r"experience in|interested in|send me|show me|what is|are there|do you)\b",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"(?:(?:please|pls|abeg|can you|could you)\s+)?"
    r"(?:(?:speak|talk|write|reply|answer|yarn|chat|use)\s+(?:to me\s+|with me\s+|me\s+)?(?:in\s+|for\s+)?)?"
    r"(?P<language>english|pidgin(?: english)?|broken(?: english)?)"
    r"(?:\s+(?:please|pls|abeg|only|language|abeg o))?[.!]*",
    re.IGNORECASE,
)


def asked_for(text: str) -> str | None:
    """The register a whole message asks for ("talk pidgin", "English please"), or None."""
    match = _ASK.fullmatch((text or "").strip())
    if match is None:
        return None
    return ENGLISH if match.group("language").lower() == "english" else PIDGIN


def detect(text: str) -> str | None:
    """PIDGIN, ENGLISH, or None when one message does not show it."""
    text = text or ""
    if _PIDGIN.search(text):
        return PIDGIN
    if len(text.split()) >= 5 and _ENGLISH.search(text):
        return ENGLISH
    return None
