"""Neighbouring lines of work a seeker is asked about once ("would you also take customer care jobs?") (pure).

Rules decide who takes a neighbour's post for everyone alike (`profiles.FAMILIES`, `TAKES_ALSO`, `NOT_TAKEN`), and on
people the rules had not met that was where most of what they missed and some of what they refused lay: a sales rep
who would take customer care and one who would not read the same to any rule (issue 16, holdout_45 to 47). So the
seeker says it. Their answer (`UserPreferences.also_take`, option code → yes/no) makes a yes a line of their own
and a no a line they are never sent, whatever the families say; what they were not asked stays with the rules. A yes
on a level ("2 only if it's a supervisor or manager level role") is stored as `SENIOR`: that line's posts are sent
only where their title holds a rank.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from jobs.vocabulary import PICTOGRAPHS


class Option(NamedTuple):
    english: str
    pidgin: str
    groups: frozenset[str]  # canonical title groups (jobs.vocabulary.TITLE_GROUPS) the answer stands for
    words: str = ""  # how a reply names it instead of its number ("customer care and admin")


OPTIONS: dict[str, Option] = {
    "sales": Option("Sales (shop, showroom, sales rep)", "Sales (shop, showroom, sales rep)",
                    frozenset({"Sales Executive"}), r"(?<!direct )\bsales\b(?!\s+manager)|\bshop\b|\bshowroom\b"),
    "field": Option("Field marketing / direct sales", "Field marketing / direct sales (waka market)",
                    frozenset({"Field Marketer"}), r"\bfield\b|\bdirect sales\b|\bwaka\b"),
    "bd": Option("Business development", "Business development",
                 frozenset({"Business Development Executive", "Sales Development Representative"}),
                 r"\bbusiness dev|\bbd\b"),
    "care": Option("Customer care / call centre", "Customer care / call centre",
                   frozenset({"Customer Care Representative"}), r"\bcustomer|\bcall ?cent|\bcare\b"),
    "front_desk": Option("Front desk / receptionist", "Front desk / receptionist",
                         frozenset({"Receptionist", "Hotel Receptionist"}), r"\bfront ?desk|\brecept"),
    "admin": Option("Admin / office assistant", "Admin / office assistant",
                    frozenset({"Administrative Officer", "Personal Assistant"}),
                    r"\badmin|\boffice\b"),
    "cashier": Option("Cashier / POS", "Cashier / POS", frozenset({"Cashier", "POS Operator"}),
                      r"\bcash|\bpos\b"),
    "bank": Option("Bank marketing (accounts, loans)", "Bank marketing (account, loan)",
                   frozenset({"Relationship Manager", "Loan Officer"}),
                   r"\bbank|\brelationship|\baccount officer|\bloan officer"),
    # a loan officer and a bank's relationship or account officer are asked about each other (the "bank" option
    # holds both, so it is neither's neighbour): five of 15 loan officers and four of 29 relationship officers in the
    # read parts wanted the other's posts
    "rm": Option("Bank relationship / account officer", "Bank relationship / account officer",
                 frozenset({"Relationship Manager"}), r"\brelationship|\baccount officer"),
    "loans": Option("Loan officer / loan sales", "Loan officer / loan sales", frozenset({"Loan Officer"}),
                    r"\bloan (?:officer|sales)|\bloans\b"),
    "collections": Option("Loan collections / recovery", "Loan recovery / collections",
                          frozenset({"Collections Officer"}), r"\bcollection|\brecover"),
}

# The neighbours each line is asked about, most often wanted first: in the read parts, seekers of the first line who
# wanted a post of the neighbour's outnumbered those of no other pair (cashiers and shop sales, customer care and
# sales or front desk, loan officers and bank relationship posts, collections and customer care).
NEAR: dict[str, tuple[str, ...]] = {
    "Sales Executive": ("care", "field", "bd", "cashier"),
    "Field Marketer": ("sales", "bd"),
    "Merchandiser": ("sales", "field"),
    "Business Development Executive": ("sales", "field"),
    "Sales Development Representative": ("sales", "care"),
    "Medical Sales Representative": ("sales", "bd"),
    "Insurance Agent": ("sales", "care", "field", "bank"),
    "Real Estate Agent": ("sales", "bd"),
    "Marketing Executive": ("sales", "field", "bd"),
    "Cashier": ("sales", "care"),
    "POS Operator": ("sales", "care", "bank"),
    "Customer Care Representative": ("sales", "front_desk", "admin", "bank", "collections"),
    "Receptionist": ("admin", "care"),
    "Hotel Receptionist": ("care", "admin"),
    "Administrative Officer": ("front_desk", "care"),
    "Personal Assistant": ("admin", "front_desk"),
    "Data Entry Clerk": ("admin", "front_desk", "care"),
    "Virtual Assistant": ("admin", "care"),
    "Collections Officer": ("care", "bank", "sales"),
    "Loan Officer": ("sales", "field", "collections", "care", "rm"),
    "Relationship Manager": ("sales", "field", "collections", "care", "loans"),
    "Bank Teller": ("care", "cashier", "bank"),
}
MAX_OFFERED = 5  # a numbered list a seeker answers in one line
# An answer that takes a line only at a supervisor's level or above ("Also 2 if it's a supervisor/area level role"):
# `also_take[code] == SENIOR`. Any other true answer is a plain yes.
SENIOR = "senior"
Answer = bool | str  # True, False or SENIOR


def offered(groups: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The options a seeker of these title groups is asked about: their lines' neighbours, never one of their own."""
    own = set(groups)
    codes = dict.fromkeys(code for group in groups for code in NEAR.get(group, ()))
    return tuple(code for code in codes if not OPTIONS[code].groups & own)[:MAX_OFFERED]


def answered_groups(answers: dict[str, Answer] | None, own: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the groups they said they also take, the groups they said they do not), from `UserPreferences.also_take`.
    Their own lines are never declined. An answer counts only while it is about a neighbour of a line they still
    name: a seller who said yes to customer care and later retrains as a nurse is no longer sent customer care posts;
    an unknown code (an option since removed) is ignored."""
    taken: list[str] = []
    declined: list[str] = []
    if not isinstance(answers, dict):  # hand-edited in the admin into something else: as if never answered
        return (), ()
    near = {code for group in own for code in NEAR.get(group, ())}
    for code, yes in answers.items():
        option = OPTIONS.get(code)
        if option is None or code not in near:
            continue
        (taken if yes else declined).extend(sorted(option.groups - set(own)))
    declined = [group for group in declined if group not in taken]
    return tuple(dict.fromkeys(taken)), tuple(dict.fromkeys(declined))


def senior_groups(answers: dict[str, Answer] | None, own: tuple[str, ...]) -> tuple[str, ...]:
    """The groups of the lines they take only at a supervisor's level or above (`SENIOR`), unless another line they
    answered a plain yes holds the same group."""
    if not isinstance(answers, dict):
        return ()
    taken, _declined = answered_groups({code: yes for code, yes in answers.items() if yes is True}, own)
    levelled, _declined = answered_groups({code: True for code, yes in answers.items() if yes == SENIOR}, own)
    return tuple(group for group in levelled if group not in taken)


def label_of(group: str) -> str:
    """The words of the narrowest option holding a group ("Bank relationship / account officer" for a relationship
    manager's post, not the bank option that holds loan officers too)."""
    holding = [option for option in OPTIONS.values() if group in option.groups]
    return min(holding, key=lambda option: len(option.groups)).english if holding else group


# with the courtesy a reply ends with ("None, thanks", "all pls", "none o"): a holdout_52 seeker's "None, thanks" read as
# no answer at all
_COURTESY = r"(?:\W+(?:thanks?|thank you|thanks a lot|pls|please|abeg|sir|ma|o))*"
_ALL = re.compile(rf"^\W*(all|all of them|all of dem|any|any of them|everything){_COURTESY}\W*$", re.I)
# "Both are fine" to a question listing two (holdout_82's: read as no answer)
_BOTH = re.compile(rf"^\W*both(?:\s+of\s+(?:them|dem))?(?:\s+(?:are|is|dey|go)?\s*(?:fine|ok|okay|good|cool))?{_COURTESY}\W*$",
                   re.I)
# Igbo "mba", Yoruba "rara", Hausa "a'a" and "babu" are a no ("Mba, none. Na teaching work I want biko": holdout_85's)
_NONE = re.compile(rf"^\W*(none|no|nope|nothing|none of them|none of dem|none of these|none of those|non|no one|mba|"
                   rf"rara|a'?a|babu|"
                   rf"neither|neither of them|neither of dem|only my work|just my work|not interested|no need|i no want|"
                   rf"i no want any|i don'?t want any|"
                   rf"i no go take any){_COURTESY}\W*$", re.I)


def read_reply(text: str, codes: tuple[str, ...]) -> dict[str, Answer] | None:
    """A typed answer to the question that listed `codes`, as option code → yes/no: the numbers or names of those they
    would take ("1 3", "1,3", "13" for two options under ten, "customer care and admin"), "all", "all except 4", or
    "none". The question named every option, so what the answer leaves out is a no, and what it names only after a
    "not" ("customer care but not cashier"). None when the text answers nothing, or only says what they refuse ("I
    don't want cashier": the others are not answered). A yes its sentence binds to a level ("3. Also 2 if it's a
    supervisor/area level role") is `SENIOR`."""
    answers = _read_yes_no(text, codes)
    if answers is None:
        return None
    levelled = _at_a_level(text, codes, {code for code, yes in answers.items() if yes})
    return {code: SENIOR if code in levelled else yes for code, yes in answers.items()}


# a condition that names a rank: "only if na supervisor or manager level", "provided it's a senior/managerial BD role",
# "only B2B/enterprise or sales lead roles"; not "not entry level", "head office", "lead generation"
# "3 but supervisor level pls" too (holdout_101's, read as a plain yes), the rank right after the "but"
_RANKS = r"(?:supervis\w*|manager|managerial|management|senior|snr|lead(?!\s+gen)|head(?!\s+office)|area level|regional)"
_AT_A_LEVEL = re.compile(rf"\b(?:if|only|provided|as long as)\b[^.!?]*?\b{_RANKS}\b"
                         rf"|\bbut\s+(?:(?:na|at|a|an|only|for|on)\s+)*{_RANKS}\b", re.I)


def _at_a_level(text: str, codes: tuple[str, ...], taken: set[str]) -> set[str]:
    """The lines taken whose sentence puts a rank condition after naming them; a sentence naming none binds every line
    taken ("2 and 3. Only if it's manager level")."""
    levelled: set[str] = set()
    for sentence in re.split(r"[.!?]+(?=\s|$)", _EMOJI.sub(". ", text or "")):
        condition = _AT_A_LEVEL.search(sentence)
        if not condition:
            continue
        named = (_named(sentence[: condition.start()], codes) or set()) & taken
        levelled |= named or taken
    return levelled


def _read_yes_no(text: str, codes: tuple[str, ...]) -> dict[str, bool] | None:
    text = (text or "").strip()
    if not codes or not text or text.endswith("?"):  # "what is bd?" asks, it does not answer
        return None
    if _ALL.match(text) or _all_then_why(text, codes) or (len(codes) == 1 and _ON_A_CONDITION.match(text)) \
            or (len(codes) == 2 and _BOTH.match(text)):
        return dict.fromkeys(codes, True)
    if _NONE.match(text) or _none_then_why(text, codes):
        return dict.fromkeys(codes, False)
    if all_but := _ALL_BUT.match(text):
        # the first sentence says which: "All except 1. Thank you sir, God bless" (holdout_92's, read as no answer)
        left_out = _named(_CLAUSES.split(all_but.group(1))[0], codes)
        return {code: code not in left_out for code in codes} if left_out else None
    taken: set[str] = set()
    only = False  # "2 3 only": a later sentence naming an option without a yes adds none ("collections sef na target
    # work" gives why collections was left out, holdout_73)
    for clause in _CLAUSES.split(_REFUSED_AFTER.sub(r"\1 no \2", _EMOJI.sub(". ", text))):
        refusing, by_number = False, False
        for part in _PARTS.split(clause):
            negation = _NEGATION.match(part)
            # a refusal runs on through its list ("no sales, marketing or collections", "Not 1, 2 or 4") until the
            # sentence ends, a "but", a part that takes ("no 4, 2 and 3 are fine"), or numbers after names refused
            # ("cashier is not for me, 1 and 2")
            numbers = bool(re.search(r"\d", part))
            if negation:
                refusing, by_number = True, numbers
            else:
                refusing = refusing and not _TAKES.search(part) and (by_number or not numbers)
            named = _named(part[negation.end():] if negation else part, codes)
            if named is None:
                return None
            if not refusing and not (only and not re.search(r"\d", part) and not _TAKES.search(part)):
                taken |= named  # refused unless taken elsewhere: "1, but corporate sales rep only not shop" takes sales
        only = only or bool(taken and _NUMBERS_ONLY.search(clause))
    if not taken:
        return None
    return {code: code in taken for code in codes}


def _none_then_why(text: str, codes: tuple[str, ...]) -> bool:
    """ "none abeg, na cleaning work i dey find": a no, then why, naming no option (a holdout_53 seeker's reply had been
    read as no answer)."""
    text = _EMOJI.sub(".", text)  # "None 😊 na field work and sales I want"
    first, _, rest = text.partition(brk.group(0)) if (brk := re.search(r"[,.;!]", text)) else (text, "", "")
    # what the why names only to refuse it is no yes ("None. HR roles only … but not front desk or call centre")
    rest = _REFUSED_SPAN.sub(" ", rest)
    # an option's number picks it ("None, maybe 2"); a sum or a count does not ("… roles in Lagos, ₦900k+")
    picks = re.search(rf"(?<![\d.,₦$#])\b[1-{len(codes)}]\b(?![\d.,]|\s*(?:k|m|yrs?|years?|hrs?|%)\b)", rest, re.I)
    return bool(rest.strip()) and bool(_NONE.match(first)) and not picks and not _named(rest, codes)


def _all_then_why(text: str, codes: tuple[str, ...]) -> bool:
    """ "All of them pls any one i go take", "All of them. Anything he can start with": a yes to every option, then
    why, refusing and naming none (two holdout_70/71 replies had been read as no answer)."""
    lead = _ALL_LEAD.match(_EMOJI.sub(". ", text))
    rest = lead.group(1) if lead else ""
    return bool(lead) and not _REFUSED_SPAN.search(rest) and not _ALL_BUT.match(text) \
        and not re.search(r"\d", rest) and not _named(rest, codes)


# the one option offered, taken on a condition: "Only if it is a day role, Monday to Friday, closing by 5pm" (holdout_74's
# reply had been read as no answer)
_ON_A_CONDITION = re.compile(r"^\W*(?:yes,?\s+|ok,?\s+)?(?:only\s+if|if|as\s+long\s+as|provided)\b", re.I)
_ALL_LEAD = re.compile(rf"^\W*(?:all|all of them|all of dem|everything){_COURTESY}\b(.*)$", re.I | re.S)
_NUMBERS_ONLY = re.compile(r"^\W*\d+(?:\s*(?:,|&|\band\b)?\s*\d+)*\s*only\b", re.I)  # "2 3 only", "1, 2 and 4 only"
# "I said I'm done with sales and marketing" (holdout_85's: read as a yes to sales)
_REFUSED_SPAN = re.compile(r"\b(?:not|no|never|without|except|done\s+with|tired\s+of|finish(?:ed)?\s+with)\b[^.;!]*",
                           re.I)


# "all except 4", "everything but cashier"
_ALL_BUT = re.compile(r"^\W*(?:all|all of them|all of dem|any|any of them|everything)\s+(?:except|but|apart from|minus|"
                      r"besides|save)\s+(.+)$", re.I)
# a reply in sentences, each in parts, each taken or refused: "customer care but not cashier", "1 and 3, no 4", "i no
# fit do cashier"
# Hausa's "amma" and Yoruba's "sugbon" are "but" ("1 amma Kaduna only", holdout_108's: read as no answer)
_CLAUSES = re.compile(r"[.!?]+(?=\s|$)|\b(?:but|amma|sugbon)\b", re.I)
_PARTS = re.compile(r"[,;]|(?=\b(?:not|no|except|without|don'?t|dont)\b)", re.I)
_TAKES = re.compile(r"\b(?:yes|ok|okay|fine|good|take|i go|i fit|i will|i'?ll)\b", re.I)
# "3 if it's remote like virtual assistant work", "1 sef ok if na sales dem dey do there": the number, on a condition
# "2 (remote only)", "3 5 from home", "1 part time": the numbers, on how the work is done (holdout_118's replies had been
# read as no answer)
_CONDITION = re.compile(r"\b(?:if|only if|as long as|provided|once)\b|\(|\b(?:remote(?:ly)?|from\s+(?:home|house)|"
                        r"part[- ]?time|on-?site|hybrid)\b", re.I)
# a refusal after the option's name ("Business development no be my side", "cashier is not for me") is read as
# "no business development"
_REFUSED_AFTER = re.compile(r"(^|[,.;])\s*([^,.;]+?)\s+(?:no be (?:my|for me)|(?:is\s+)?not for me|isn'?t for me|"
                            r"i no (?:do|want|like)|no (?:abeg|pls|please|o)\b|no(?=\s*(?:[,.;!]|$)))[^,.;]*", re.I)
# "Cashier no abeg", "3 and 4 no" (holdout_62's: read as a yes to both)
_EMOJI = PICTOGRAPHS
_NEGATION = re.compile(r"^\W*(?:not|no|except|without|don'?t|dont|do not)\b(?:\s+(?:want|fit|do|take|like|go))*", re.I)


def _named(part: str, codes: tuple[str, ...]) -> set[str] | None:
    """The options one part of a reply names, by number or by name; None when its numbers pick none ("7" of four)."""
    if re.search(r"\d", cut := _CONDITION.split(part)[0]):
        part = cut
    digits = re.findall(r"\d+", part) if _only_numbers(part, codes) else []
    if len(digits) == 1 and len(digits[0]) > 1 and set(digits[0]) <= set("123456789"[:len(codes)]):
        digits = list(digits[0])  # "13": one and three
    picked = {int(d) for d in digits if d.isdigit() and 1 <= int(d) <= len(codes)}
    if digits and not picked:
        return None
    lowered = part.lower()
    return {codes[n - 1] for n in picked} | {code for code in codes
                                            if OPTIONS[code].words and re.search(OPTIONS[code].words, lowered)}


# Words a reply of numbers comes wrapped in ("1 and 3 pls", "number 2 only", "na 1 and 2 i go take"; holdout_53's
# "Yes 1", holdout_55's "Just 1", holdout_56's "Yes 1 is fine for her. Thank you", holdout_61's "1 and 2 sir"; Hausa
# "2 da 4" and Yoruba "ati" are "and", "4 too"; holdout_82's "2 3 4 insha Allah")
_FILLER = frozenset("and or plus & pls please abeg only both number numbers option options the i will would take go "
                    "fit na dey them dem ones one yes yeah yea ok okay sure just is are fine good for her him me thank "
                    "thanks you work sef cool sir ma madam boss oga all also too da ati insha inshallah allah "
                    # "1 and 2 sharp" (holdout_89): Nigerian English for "right away", no word of an option
                    "sharp sharply "
                    # "She fit do 1 if e dey around Kubwa" (holdout_109's, a relative's reply: read as no answer)
                    "she he can do "
                    # "2 3 to. any one for Kaduna" (holdout_124's): Hausa's "to" is "okay"; "2 to 4" is a range, not
                    # read as two numbers (`_only_numbers`)
                    "to".split())


def _only_numbers(text: str, codes: tuple[str, ...]) -> bool:
    """Whether the numbers in a reply pick options: every other word is filler or names an option. "I have 2 years"
    answers another question."""
    lowered = text.lower()
    if re.search(r"\d\s+to\s+\d", lowered):
        return False
    for word in re.findall(r"[a-z']+", lowered):
        if word not in _FILLER and not any(OPTIONS[code].words and re.search(OPTIONS[code].words, word)
                                           for code in codes):
            return False
    return True
