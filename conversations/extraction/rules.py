"""The offline extractor: common phrasings, Nigerian Pidgin, aliases and shorthands, with no network.

It leans on the shared vocabularies (`jobs.vocabulary`, `jobs.locations`, `jobs.salary`) and adds what only a
chat message needs: role words that are not titles ("nursing work", "I sabi drive"), experience phrasing
("fresh graduate", "4 yrs") and work styles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from accounts.selectors import CONDITIONS, ROLE_TEXT
from conversations.extraction import Extracted
from conversations.extraction.changes import as_onsite, is_additive, says_any_role, split_removals
from conversations.extraction.words import (
    ABBREVIATIONS,
    ARRANGEMENT_PATTERNS,
    COUNTRY_NAMES,
    NUMBER_WORDS,
    ROLE_PHRASE_STOPWORDS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SERVICE_YEAR,
    ZERO_EXPERIENCE,
)
from jobs.credentials import SCHOOLING_LEVELS, said_about
from jobs.locations import (
    NG_AREAS,
    NG_CITIES,
    NG_STATES,
    Place,
    country_anywhere,
    employer_moves,
    find_places,
    lookup,
    places_after_prepositions,
    places_as_meant,
    places_left,
    places_refused,
    remote_employers,
    school_places,
    without_qualifiers,
    without_remote_anywhere,
)
from jobs.salary import SALARY_RE, parse_period, parse_salary
from jobs.vocabulary import TITLE_GROUPS, find_skills, normalize
from matching.profiles import (  # matching reads a seeker's words the same way
    COURSE,
    duties_of,
    no_work_named,
    role_groups,
    specialty_asked,
    spelled_capitals,
    stated_schooling,
    states_conditions,
)
from matching.profiles import without_past_work as _without_past_work

ARRANGEMENT_ORDER = ("onsite", "hybrid", "remote")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: str

    def overlaps(self, other: _Hit) -> bool:
        return self.start < other.end and other.start < self.end


class RuleExtractor:
    name = "rules"

    def extract(self, text: str) -> Extracted:
        return extract_rules(text)


def extract_rules(text: str) -> Extracted:
    onsite = as_onsite(_without_phone_numbers(text))
    kept, dropped = split_removals(onsite)
    clean = expand_shorthand(normalize(kept))
    # the work they ask for: not the line they say they are leaving ("Want to leave teaching. 6 yrs as … teacher")
    wanted = without_past_work(no_work_named(kept), left=[hit.value for hit in _role_hits(dropped)])
    # a course they read ("OND Business Admin", "HND Banking & Finance") is no work they ask for, unless nothing else is
    role_clean = expand_shorthand(normalize(COURSE.sub(" ", spelled_capitals(wanted))))
    role_hits = find_role_hits(role_clean)
    asks_any = says_any_role(normalize(onsite))
    if not role_hits and not asks_any:  # "any job … I have HND Business Admin": any job
        role_clean = expand_shorthand(normalize(spelled_capitals(wanted)))
        role_hits = find_role_hits(role_clean)
    if duties := duties_of([hit.value for hit in role_hits]):  # "house girl … I fit cook, wash": the chat
        read = role_groups(wanted)  # confirms what matching sends
        role_hits = [hit for hit in role_hits if hit.value not in duties or hit.value in read]
    roles = _unique(hit.value for hit in role_hits)
    words: dict[str, str] = {}
    if role_hits:
        words["roles"] = ", ".join(_unique(role_clean[h.start : h.end] for h in role_hits))
    elif phrase := role_phrase(clean) or leading_role(kept):
        roles = [as_title(phrase, text)]
        words["roles"] = phrase
    elif not asks_any and (lines := role_groups(wanted)):
        # no title named, but the work is: "Housekeeping for serviced apartment or shortlet", "Home lesson for WAEC
        # Chemistry": the lines matching reads from the same words (an eleventh sign-up helper's 80 lost 16 so)
        roles = list(lines)
        words["roles"] = ", ".join(lines)
    removed = find_removed(dropped)
    if roles:
        words[ROLE_TEXT] = role_words(wanted, refused=removed.get("roles", []), asked=roles)
    # a refusal the splitter dropped that states a condition matching reads ("no field recovery (going to people
    # house)") is kept apart from their work's words, where it would refuse their own line: the chat's seekers had
    # lost it (holdout_88's and 90's collectors were sent door-to-door recovery posts)
    if conditions := [said for piece in dropped.split(" , ") if states_conditions(said := f"no {piece.strip()}")]:
        words[CONDITIONS] = "; ".join(conditions)
    locations = _without(find_locations(kept), removed, "locations")
    skills = _without_nested(find_skills(_blank(clean.replace("node js", "nodejs"), [h for h in role_hits if not _is_tech_title(clean, h)])))
    years, years_words = find_years(expand_shorthand(normalize(text)))
    salary = find_salary(text)
    arrangements, arrangement_words = find_arrangements(clean)
    if arrangements == ["remote"] and locations and (beside := _REMOTE_BESIDE_A_PLACE.search(clean)) \
            and not _ONLY_ARRANGEMENT.search(clean):
        # "Lagos or remote", "Ikeja, open to remote": work in the place named, or remote; as ["remote"] alone every
        # on-site post in Lagos was kept from them
        arrangements, arrangement_words = list(ARRANGEMENT_ORDER), beside.group(0)
    any_role = not roles and asks_any
    credentials = said_about(text)
    # "I get driver's licence, I speak Hausa" says what they hold, not skills to replace the ones they gave
    skills = [s for s in skills if s.casefold() not in {n for c in credentials for n in CREDENTIAL_SKILLS.get(c, ())}]
    _note(words, "locations", ", ".join(locations))
    _note(words, "skills", ", ".join(skills))
    _note(words, "years", years_words)
    _note(words, "salary", salary[3] if salary else "")
    _note(words, "arrangements", arrangement_words)
    return Extracted(
        # a line named in what they ask stays, whatever a removal beside it also names ("Industrial only pls, no house
        # wiring … Electrician or maintenance tech role")
        roles=roles,
        locations=locations,
        skills=_without(skills, removed, "skills"),
        years=years,
        salary_min=salary[0] if salary else None,
        salary_currency=salary[1] if salary else "",
        salary_period=salary[2] if salary else "",
        arrangements=_without(arrangements, removed, "arrangements"),
        words=words,
        source="rules",
        removed=removed,
        additive=is_additive(normalize(onsite)),
        any_role=any_role,
        credentials=credentials,
        schooling=SCHOOLING_CODES.get(stated_schooling(text), ""),
    )


SCHOOLING_CODES = {level: code for code, level in SCHOOLING_LEVELS.items()}
CREDENTIAL_SKILLS = {"licence": ("driving",), "hausa": ("hausa",), "igbo": ("igbo",), "yoruba": ("yoruba",),
                     "french": ("french",)}


def find_removed(dropped: str) -> dict[str, list[str]]:
    """Values named inside a removal ("remove teaching", "not abuja again"); vocabulary words only, no guesses."""
    if not dropped.strip():
        return {}
    clean = expand_shorthand(normalize(dropped))
    role_hits = find_role_hits(clean)
    found = {
        "roles": _unique(hit.value for hit in role_hits),
        "locations": find_locations(dropped),
        "skills": _without_nested(find_skills(_blank(clean, [h for h in role_hits if not _is_tech_title(clean, h)]))),
        "arrangements": find_arrangements(clean)[0],
    }
    return {key: values for key, values in found.items() if values}


def _without(values: list[str], removed: dict[str, list[str]], key: str) -> list[str]:
    return [v for v in values if v not in removed.get(key, [])]


# --- Roles ---------------------------------------------------------------------------------------


def _title_patterns() -> list[tuple[str, re.Pattern[str]]]:
    if not _TITLE_CACHE:
        for group in TITLE_GROUPS:
            names = sorted({normalize(t) for t in group} | {normalize(t) + "s" for t in group}, key=len, reverse=True)
            alternation = "|".join(re.escape(n) for n in names if len(n) > 2)
            _TITLE_CACHE.append((group[0], re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])")))
        for word, title in ROLE_WORDS.items():
            _TITLE_CACHE.append((title, re.compile(rf"(?<![a-z0-9])(?:{word})(?![a-z0-9])")))
    return _TITLE_CACHE


_TITLE_CACHE: list[tuple[str, re.Pattern[str]]] = []


def find_role_hits(clean: str) -> list[_Hit]:
    """Every title or role word, keeping the longest where two overlap ("backend developer", not "developer")."""
    hits = [_Hit(m.start(), m.end(), title) for title, pattern in _title_patterns() for m in pattern.finditer(clean)
            if not _LICENCE_AFTER.match(clean, m.end())]
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[_Hit] = []
    for hit in hits:
        if not any(hit.overlaps(k) for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def without_past_work(text: str, left: Iterable[str] = ()) -> str:
    """The message without the clauses about work the seeker is leaving (matching.profiles.without_past_work), the
    lines told by the vocabulary's titles as the chat finds them."""
    return _without_past_work(text, lambda clause: [hit.value for hit in _role_hits(clause)], left)


def _role_hits(text: str) -> list[_Hit]:
    return find_role_hits(expand_shorthand(normalize(spelled_capitals(text))))


# "OND, driver's licence, Yoruba" answers the background question: holding a licence is no wish to drive
_LICENCE_AFTER = re.compile(r"(?:\s?s)?\s+licen[cs]e")

_ROLE_PHRASES = [
    re.compile(
        r"(?:looking for|searching for|seeking|i want|i need|dey find|dey look for|find me|want)\s+(?:a |an |any |some )?"
        r"(?P<role>[a-z][a-z /&-]{2,40}?)\s+(?:job|jobs|work|role|roles|position|positions|vacancy|vacancies|opening)\b"
    ),
    re.compile(r"\b(?:i am|i m|im|am|i be)\s+(?:a |an )(?P<role>[a-z][a-z /&-]{2,30}?)(?=\s+(?:in|at|for|with|and|looking|from|who)\b|$)"),
]


def role_phrase(clean: str) -> str:
    """A role the vocabulary does not know, in the user's words ("I'm looking for a solar installer job")."""
    for pattern in _ROLE_PHRASES:
        match = pattern.search(clean)
        if match:
            phrase = match.group("role").strip()
            if phrase and not set(phrase.split()) & ROLE_PHRASE_STOPWORDS and not find_places(phrase):
                return phrase
    return ""


def leading_role(text: str) -> str:
    """ "social worker, Jos, 3 years" / "forklift operator apapa 3yrs": a message that opens with an unknown
    job title. Only a short phrase whose last word names a person at work ("…er", "…officer") counts."""
    words: list[str] = []
    for word in expand_shorthand(normalize(re.split(r"[,;|\n(]", text or "")[0])).split():
        if not word or word[0].isdigit() or lookup(word) or word in {"in", "for", "at", "job", "jobs", "work", "role"}:
            break
        words.append(word)
    words = [w for w in words if w not in ROLE_PHRASE_STOPWORDS | {"i", "im", "am", "a", "an", "need", "want"}]
    if 1 <= len(words) <= 3 and words[-1].endswith(ROLE_SUFFIXES) and words[-1].rstrip("s") not in {"year", "experience"}:
        return " ".join(words)
    return ""


# a sign-up of several sentences keeps its last clause ("…, also open to QS work" closed a 215-character message and
# was cut at 200); a WhatsApp message runs to 4,096, a bound still keeps a pasted CV out
ROLE_TEXT_MAX = 500


def role_text(text: str) -> str:
    """The message as the seeker wrote it about their work, on one line, for matching to read beside the titles
    found in it ("marketing exec (banking)" says more than Marketing Executive)."""
    one_line = " ".join((text or "").split())
    # what a removal left behind ("I am a driver, not office work" keeps "I am a driver, ,")
    return re.sub(r"(?:\s*[,;])+\s*$", "", re.sub(r"(?:\s*,){2,}", ",", one_line))[:ROLE_TEXT_MAX]


def role_words(wanted: str, *, refused: list[str], asked: list[str]) -> str:
    """What matching reads beside the titles: the clauses asking for work, then the lines the seeker refused, in
    words matching reads as refused (matching.profiles.refused_groups: "…; no Sales Executive; no Marketing Executive").
    Kept to the asking clauses alone, "Customer care or call centre work around Ikeja. Please no sales or marketing
    with target" lost its "no sales", and the seeker was sent the "Customer Service/Sales Representative" post the
    real-postings readers said she refuses. The whole message is not kept instead: matching reads some refusals the
    chat reads ("not hotel pls", "I no fit do outbound sales calls again") as lines asked (20 sign-up messages)."""
    return "; no ".join([role_text(wanted), *(line for line in refused if line not in asked)])


def as_title(phrase: str, text: str) -> str:
    """Title case, keeping acronyms the user typed in capitals ("HSE officer" → "HSE Officer")."""
    upper = {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", text or "")}
    return " ".join(w.upper() if w in upper else w.capitalize() for w in phrase.split())


def expand_shorthand(clean: str) -> str:
    clean = specialty_asked(clean)  # "frontend roles", as matching reads them
    # Longest first: "biz dev" is business development before "dev" can make it a developer.
    for short, full in sorted(ABBREVIATIONS.items(), key=lambda pair: -len(pair[0])):
        clean = re.sub(rf"(?<![a-z0-9]){re.escape(short)}(?![a-z0-9])", full, clean)
    return clean


# --- Places --------------------------------------------------------------------------------------


def find_locations(text: str) -> list[str]:
    """Place labels, most specific first; a bare country only when no place inside it is named."""
    places = places_as_meant(text, find_places(text))
    if re.search(r"\b(anywhere|any state|any location|any city|anywhere in (nigeria|naija))\b", without_remote_anywhere(text),
                 re.I):
        places.append(Place(country="NG"))
    # "remote for Lagos/Abuja companies", "graduated from University of Lagos": no place asked
    not_asked = (remote_employers(text) | school_places(text) | places_refused(text) | employer_moves(text)
                 | places_left(text))
    for place in places_after_prepositions(normalize(text)):
        if place.city not in {p.city for p in places} and place.label not in not_asked:
            places.append(place)
    if not places:
        places = _fuzzy_places(normalize(text))
    places = without_qualifiers(places, text)
    # "I'm in Port Harcourt but i fit work anywhere in Nigeria": the country too, beside the city (holdout_63)
    whole = country_anywhere(text)
    specific_countries = {p.country for p in places if p.city or p.state} - {whole.country if whole else ""}
    labels = []
    for place in places:
        if not (place.city or place.state):
            if place.country in specific_countries:
                continue
            labels.append(COUNTRY_NAMES.get(place.country, place.country))
        else:
            labels.append(place.label)
    return _unique(labels)


@cache
def _place_names() -> list[str]:
    names = [*NG_STATES, *NG_CITIES, *NG_AREAS]
    return [name.lower() for name in names if len(name) >= 5]


def _fuzzy_places(clean: str) -> list[Place]:
    """A misspelt place after "in/for/at" ("for Ogbomosho"): the closest known name, if it is very close."""
    for match in re.finditer(r"\b(?:in|for|at|around|near)\s+([a-z]{5,})\b", clean):
        best = process.extractOne(match.group(1), _place_names(), scorer=fuzz.ratio, score_cutoff=88)
        if best and (place := lookup(best[0])):
            return [place]
    return []


# --- Experience ----------------------------------------------------------------------------------

_NUM_WORDS = "|".join(NUMBER_WORDS)
_YEARS_RE = re.compile(
    rf"(?<![\d.])(?P<n>\d{{1,2}}|{_NUM_WORDS})\s*(?:\+|plus)?\s*(?:-\s*\d{{1,2}}\s*)?(?:years?|yrs?|yeas|yeras|years)\b"
    r"(?!\s+old)"
)


def find_years(clean: str) -> tuple[int | None, str]:
    for phrase in ZERO_EXPERIENCE:
        if re.search(rf"(?<![a-z]){phrase}(?![a-z])", clean):
            return 0, phrase
    for match in _YEARS_RE.finditer(clean):
        raw = match.group("n")
        value = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if value <= 50:
            return value, match.group(0).strip()
    for phrase in SERVICE_YEAR:
        if re.search(rf"(?<![a-z]){phrase}(?![a-z])", clean):
            return 0, phrase
    months = re.search(r"(\d{1,2})\s*months?\s+(?:of\s+)?(?:experience|exp)", clean)
    if months:
        return 0, months.group(0)
    return None, ""


# --- Pay -----------------------------------------------------------------------------------------


def find_salary(text: str) -> tuple[float, str, str, str] | None:
    """(minimum, currency, period, words). Nigerian pay is monthly unless the message says otherwise."""
    cleaned = _without_money_handled(_without_phone_numbers(text))
    salary = parse_salary(cleaned, default_currency="NGN")
    if salary is None or salary.minimum <= 0:
        return None
    period = salary.period or parse_period(cleaned) or "monthly"
    if period not in ("monthly", "yearly"):
        per_month = salary.monthly()[0] if period else salary.minimum
        return float(round(per_month)), salary.currency or "NGN", "monthly", _salary_words(cleaned, salary.minimum)
    return salary.minimum, salary.currency or "NGN", period, _salary_words(cleaned, salary.minimum)


# money their work moved, not their pay: "₦5m/month spend managed", "hit ₦20m sales target", "a ₦50m loan book"
# (a digital marketer's ad spend had been read as a ₦5m minimum, which no post they fit pays)
# ("150k sales job" is pay: only sales as a figure moved counts, "₦20m sales target", "₦3m in sales")
_HANDLED = re.compile(r"\s*(?:(?:per|a|an|/|every)\s*(?:month|mth|year|yr|quarter)|monthly|yearly|annually)?\s*"
                      r"(?:(?:in|of|worth\s+of)\s+)?(?:ad\s+|media\s+|marketing\s+|monthly\s+)?(?:spend|budgets?|revenue|"
                      r"turnover|portfolio|loan\s+book|loans?\s+(?:portfolio|book|disbursed)|deposits?\s+(?:mobili[sz]ed|"
                      r"portfolio)|gmv|sales\s+(?:target|revenue|volume)|transactions?|worth\s+of)\b|\s*in\s+sales\b", re.I)
_HANDLED_BEFORE = re.compile(r"\b(?:managed|managing|manage|handled|handling|handle|sold|grew|grow|generated|generate|"
                             r"raised|mobilised|mobilized|disbursed|recovered|target\s+of|portfolio\s+of|budget\s+of|"
                             r"spend\s+of)\s*(?:about|over|above|up\s+to|more\s+than|a|an)?\s*$", re.I)


def _without_money_handled(text: str) -> str:
    for match in reversed(list(SALARY_RE.finditer(text))):
        if _HANDLED.match(text, match.end()) or _HANDLED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def _salary_words(text: str, amount: float) -> str:
    """The amount as the user wrote it, with the period words that follow ("600k a month")."""
    matches = list(SALARY_RE.finditer(text))
    # the figure that is the amount by itself first: "5 years in a tier-2 bank … 200k" quotes "200k", not the "2"
    # whose next 25 characters reach it
    alone = [m for m in matches if (f := parse_salary(m.group(0), default_currency="NGN")) and f.minimum == amount]
    for match in alone or matches:
        found = parse_salary(text[match.start() : match.end() + 25], default_currency="NGN")
        if found and found.minimum == amount:
            tail = re.match(r"\s*(?:(?:per|a|an|/|every)\s*\w+|monthly|yearly|annually|p\.?a\.?)?", text[match.end() :])
            return (match.group(0) + (tail.group(0) if tail else "")).strip()
    return ""


# --- Work style ------------------------------------------------------------------------------------


# "Social Media Manager (remote preferred)", "ideally hybrid": a preference, not a limit; readers of such a seeker sent
# them on-site posts too (holdout_51). "remote only", "strictly remote" stay a limit.
_PREFERRED_ARRANGEMENT = re.compile(
    r"\b(?:remote|hybrid|on ?site|on-site)\s+(?:is\s+)?(?:preferred|preferably|if possible|ideally|is a plus|is better)\b"
    r"|\b(?:prefer(?:ably|red)?|ideally)\s+(?:a\s+)?(?:remote|hybrid|on ?site|on-site)\b")
_REMOTE_BESIDE_A_PLACE = re.compile(
    r"\b(?:or|and|also|plus|abi)\s+(?:fully\s+)?remote(?:ly)?\b|\bremote(?:ly)?\s+(?:or|abi)\b|\bopen\s+to\s+remote(?:ly)?\b"
    r"|\bremote(?:ly)?\s+(?:work\s+)?(?:is\s+)?(?:also\s+)?(?:fine|ok|okay|too|also|as\s+well|welcome)\b")
_ONLY_ARRANGEMENT = re.compile(r"\b(?:remote|hybrid|on ?site|on-site)\s+only\b|\b(?:only|strictly)\s+(?:remote|hybrid"
                               r"|on ?site|on-site)\b")


def find_arrangements(clean: str) -> tuple[list[str], str]:
    found: dict[str, str] = {}
    for arrangement, pattern in ARRANGEMENT_PATTERNS:
        match = re.search(pattern, clean)
        if match:
            found.setdefault(arrangement, match.group(0))
    if re.search(r"\b(any|all)\s+(work\s*)?(style|arrangement|type|setup|mode)s?\b|\bremote or (office|onsite)\b", clean):
        found = {a: found.get(a, "any") for a in ARRANGEMENT_ORDER}
    elif (preferred := _PREFERRED_ARRANGEMENT.search(clean)) and not _ONLY_ARRANGEMENT.search(clean):
        found = dict.fromkeys(ARRANGEMENT_ORDER, preferred.group(0))
    ordered = [a for a in ARRANGEMENT_ORDER if a in found]
    return ordered, ", ".join(_unique(found[a] for a in ordered))


# --- Helpers -------------------------------------------------------------------------------------


def _without_phone_numbers(text: str) -> str:
    return re.sub(r"\+?\d[\d ]{9,}\d", " ", text or "")


def _without_nested(skills: list[str]) -> list[str]:
    # "React Native" also matches "React": keep the longer skill only.
    return [s for s in skills if not any(t != s and t.lower().startswith(s.lower() + " ") for t in skills)]


def _is_tech_title(clean: str, hit: _Hit) -> bool:
    """ "Python developer", "Laravel developer": the title names a real skill, so keep it."""
    return bool(re.search(r"(developer|engineer|programmer)s?$", clean[hit.start : hit.end]))


def _blank(clean: str, hits: list[_Hit]) -> str:
    chars = list(clean)
    for hit in hits:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)


def _note(words: dict[str, str], key: str, value: str) -> None:
    if value:
        words[key] = value
