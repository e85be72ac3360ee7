"""What a message changes rather than states: values to drop ("not abuja again", "remove teaching", "I mean Kano
not Kaduna"), "also/too/add" (keep what they had and add), "any job" (no role preference), and the Pidgin "I no
fit work from house" (not remote, so on site).

Patterns run on the raw text: commas and full stops end a removal ("not Benin, Asaba" drops Benin only).
"""

from __future__ import annotations

import re

from jobs.vocabulary import PICTOGRAPH

# "I no fit work from house" / "I cannot work from home" / "I need to go office": the seeker wants on-site work.
# Rewritten to "onsite" before anything else reads the text, or "work from house" would read as remote.
_NOT_REMOTE = re.compile(
    r"\b(?:i\s+)?(?:no\s+fit|cannot|can\s?not|can'?t|unable\s+to|no\s+(?:want|wan)(?:\s+to)?|don'?t\s+want\s+to|"
    r"do\s+not\s+want\s+to)\s+(?:do\s+)?(?:work|stay)\s+(?:from|for|at)\s+(?:house|home)\b"
    r"|\b(?:need|want|wan|like)\s+to\s+go\s+(?:to\s+)?office\b|\bdey\s+go\s+office\b|\boffice\s+(?:job|work)\b",
    re.I,
)

# Words that start a removal. "not" is a removal unless it qualifies an amount ("not less than 200k").
_DROP_CUE = re.compile(
    r"(?:^|(?<=[,;.!?\n])|(?<=\bpls)|(?<=\bplease)|(?<=\babeg))\s*no\b"
    r"(?!\s+(?:fit|dey|be|experience|work experience|preference|wahala|problem)\b)"
    r"|\b(?:remove|take\s+out|takeout|comot|drop|delete|exclude|cancel|no\s+more|no\s+longer|instead\s+of|except|"
    r"anything\s+but|"
    # Pidgin "that is not" ("anything wey no be security again"; "wey no be far" is a distance), "I am not" ("I no be
    # registered nurse o, na auxiliary I train") and "I can't do"
    # ("I no fit do outbound sales again"; "I no fit do any other work" says what they only do)
    r"wey\s+no\s+be(?!\s+(?:far|near|too|so|much)\b)|i\s+no\s+be(?!\s+(?:far|near|too|so|much|only|just)\b)|"
    r"no\s+be(?=\s+(?:\w+\s+){0,2}(?:work|job)\b)|"  # "No be housemaid work o, na only cooking"
    r"(?:i\s+)?no\s+fit\s+do(?!\s+(?:any|another|anything|other)\b)|"
    r"(?:i\s+)?no\s+(?:want|wan)|(?:i\s+)?don'?t\s+want|do\s+not\s+want|(?:i\s+)?no\s+dey\s+do|"
    r"(?:i\s+)?no\s+sabi(?!\s+(?:fear|tire|rest)\b)|"  # "I no sabi forklift": a skill they lack, no line asked
    r"(?:can'?t|cannot|can\s+not)\s+do(?!\s+(?:any|another|anything|other|without)\b)|"  # "He can't do field sales"
    r"(?<!bus\s)stop(?:\s+doing)?|leave(?!\s+(?:me|it|am|us|him|her|them|a|an|for|on)\b)|"
    r"not(?!\s+(?:less|more|below|above|under|over|too|really|sure|necessarily|only|just|yet|much|picky)\b))\b",
    re.I,
)
# Skipped right after a cue, so "not in Abuja again" still names Abuja and "not as the electrician" the electrician.
# "Not interested in medical rep jobs", "I no wan go back to riding"
_DROP_LEAD = re.compile(r"(?:\s*\b(?:in|at|for|to|the|my|any|am|again|go|want|wan|do|doing|as|a|an|be|interested|keen|"
                        r"back)\b)*\s*", re.I)
# What ends a removal: a clause break (an emoji is one: "not the cash shortages 😅 I want customer service" had dropped
# the customer service asked), or the positive half of a correction ("remove abuja, add kano", "… I want X").
_DROP_END = re.compile(
    PICTOGRAPH + "|"
    r"[,;.!?\n]|\band\b(?!\s+\w+\s*(?:[,;.!?\n]|$|(?:abeg|pls|please)\b))|\b(?:but|add|also|plus|i\s+mean|i\s+meant|"
    r"i\s+(?:want|wan|need)|"
    r"instead|rather|for|in|"
    r"at|as|with|because|since|"
    r"abeg|pls|please)\b",
    re.I,
)

# The rest of a list a removal opened: short items after commas, closed by "or"/"nor" and a clause break.
_ITEM = r"[\w&/'-]+(?:\s+[\w&/'-]+){0,2}"
_LISTED_ON = re.compile(rf"(?:\s*,\s*{_ITEM})*\s*,?\s*\b(?:or|nor)\s+{_ITEM}(?=\s*(?:[-—–.,;!?\n]|$))", re.I)
# …unless what follows the comma asks again ("remove Abuja, add Kano or Lagos", "no more cleaner, I want cook or
# steward", "no Abuja, Lagos or Ibadan is fine")
_ASKS_AGAIN = re.compile(r"\b(?:add|also|plus|but|i|want|wan|need|mean|meant|instead|rather|is|are|fine|ok|okay|for|in|at"
                         r"|as|because|since|abeg|pls|please)\b", re.I)

# "plus" after a number is experience ("5 plus years"); "join" before a/the/company is joining a company.
_ADDITIVE = re.compile(
    r"\b(?:also|add|as\s+well|in\s+addition|additionally|include)\b"
    r"|\btoo\b(?!\s+(?:far|much|many|small|low|big|long|expensive|high|early|late|old|young)\b)"
    r"|(?<![\d+]\s)(?<!\d)\bplus\b"
    r"|\bjoin\b(?!\s+(?:a|an|the|your|una|my|their|our|company|team|us)\b)",
    re.I,
)

# "any job", "anything, i fit do any work", "whatever work": no role preference. Counted only when no role is
# named, so "any vacancy for truck driver" is a driver.
_ANY_ROLE = re.compile(
    r"\bany\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+|available\s+|other\s+)?"
    # "any work to look after old people", "any job as a cleaner" name the work; "anything but security" removes
    r"(?:job|jobs|work|role|roles|vacancy|vacancies|position|positions|opening|openings)\b"
    r"(?!\s+(?:to\b|as\s+(?:a|an)\b))"
    r"|^\W*anything\b(?!\s+but\b)|\banything\s+(?:at\s+all|wey\s+dey|dey|is\s+fine|is\s+ok)\b"
    r"|\b(?:fit|can|will|go)\s+do\s+anything\b"
    r"|^\W*whatever\b|\bwhatever\s+(?:job|work|role|dey)\b",
    re.I,
)


def as_onsite(text: str) -> str:
    text = text or ""
    # "any office work" also asks a line (admin), as every sign-up writer read it, and stays for the rules to read
    # both (ARRANGEMENT_PATTERNS); beside home or remote work it only says where ("I cannot work from home, I need
    # office job for Ikeja")
    keep_office = not _HOME_OR_REMOTE.search(text)
    return _NOT_REMOTE.sub(
        lambda m: m.group(0) if keep_office and _OFFICE_WORK.fullmatch(m.group(0)) else " onsite ", text)


_OFFICE_WORK = re.compile(r"office\s+(?:job|work)", re.I)
_HOME_OR_REMOTE = re.compile(r"\b(?:home|house|remote)\b", re.I)


def split_removals(text: str) -> tuple[str, str]:
    """(what the seeker wants, what they asked to drop), each as text for the finders to read."""
    kept, dropped, position = [], [], 0
    for cue in _DROP_CUE.finditer(text):
        if cue.start() < position:
            continue
        lead = _DROP_LEAD.match(text, cue.end())
        assert lead is not None  # every part of the pattern is optional: it always matches
        start = lead.end()
        end = _DROP_END.search(text, start)
        stop = end.start() if end and end.start() > start else (len(text) if not end else start)
        if stop > start and (listed := _LISTED_ON.match(text, stop)) and not _ASKS_AGAIN.search(listed.group(0)):
            stop = listed.end()  # "I don't want sales, marketing or anything with calls": the whole list goes
        kept.append(text[position : cue.start()])
        dropped.append(text[start:stop])
        position = stop
    kept.append(text[position:])
    return " , ".join(kept), " , ".join(d for d in dropped if d.strip())


def is_additive(text: str) -> bool:
    return bool(_ADDITIVE.search(text or ""))


def says_any_role(text: str) -> bool:
    return bool(_ANY_ROLE.search((text or "").strip()))
