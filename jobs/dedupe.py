"""De-duplication keys and the fuzzy title check. Pure functions, no ORM.

Two postings are one job when they share a fingerprint (normalised company + title + place), a canonical URL
(tracking parameters stripped), a word-for-word description where the place or the title wording cannot tell them
apart (`text_key`), or — inside the same company-and-place block — near-identical titles.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from jobs.locations import lookup

# Words boards add around the same title: "(m/f/d)", "- Lagos", "Urgent!", "job vacancy", "needed".
_TITLE_NOISE = re.compile(
    r"\b(urgent(ly)?|hiring|immediate(ly)?|needed|wanted|job vacancy|vacancy|vacancies|recruitment|apply now|"
    r"m/f/d|f/m/d|m/w/d|w/m/d|new)\b",
    re.I,
)
_COMPANY_SUFFIX = re.compile(
    r"\b(limited|ltd|plc|inc|llc|nig|nigeria|ng|co|company|group|holdings?|the|of|africa|global|international)\b"
)
_ANONYMOUS = {"confidential", "anonymous", "undisclosed", "private", "employer", "client", "our", "a", "company",
              "recruiter", "recruitment", "agency", "hiring", "nan", "none"}
_ABBREVIATIONS = {"sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "mgr": "manager",
                  "eng": "engineer", "engr": "engineer", "dev": "developer", "asst": "assistant", "exec": "executive",
                  "rep": "representative", "admin": "administrator", "ii": "2", "iii": "3", "i": "1"}
# Two titles this similar at the same company and place are one job (checked on the labelled set).
FUZZY_TITLE_THRESHOLD = 90.0


def _ascii_words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text or "").lower()).split()


@lru_cache(maxsize=65536)
def title_key(title: str, place: str = "") -> str:
    """Lower-case words with noise and the place name removed and abbreviations expanded."""
    text = _TITLE_NOISE.sub(" ", anyascii(title or ""))
    words = [_ABBREVIATIONS.get(w, w) for w in _ascii_words(text)]
    place_words = set(_ascii_words(place))
    kept = [w for w in words if w not in place_words] or words
    return " ".join(kept)


@lru_cache(maxsize=65536)
def company_key(company: str) -> str:
    everything = _ascii_words(company)
    if set(everything) <= _ANONYMOUS:
        return ""  # "Confidential", "Our client": not an identity
    words = _ascii_words(_COMPANY_SUFFIX.sub(" ", anyascii(company).lower()))
    while len(words) > 2 and lookup(words[-1]) is not None:
        words.pop()  # "Evercare Hospital Lekki" is the branch of "Evercare Hospital" the other board names
    return " ".join(words) or " ".join(everything)


def _digest(*parts: str, size: int = 64) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:size]


def fingerprint(*, company: str, title: str, location: str) -> str:
    """The job's identity: normalised company + title + place (pass the resolved place, not the raw string)."""
    return _digest(company_key(company), title_key(title, location), " ".join(_ascii_words(location)))


# Shorter texts are templates ("send your CV to …") that many different posts share.
MIN_SAME_TEXT = 300
_WORDS = re.compile(r"[^\W_]+")


def text_key(*, company: str, title: str, description: str, place: str, remote: bool) -> str:
    """The same description word for word (at least `MIN_SAME_TEXT` characters of words) is one posting listed again:

    - a named employer's remote role, whatever city the board filed it under and however the title is worded
      (Turing's contract was listed under 25 Indian cities and two titles: a seeker would have had six alerts);
      the title's seniority and numbers still tell two roles apart ("Junior Software Engineer");
    - an anonymous employer's post with the same title at the same place (they merge on nothing else).

    A named employer's on-site posts need no key (one title at one place is one fingerprint already), and the same
    text for another city or another title stays another job: a territory, or a template a firm reuses.
    "" where no key applies."""
    employer = company_key(company)
    if employer and not remote:
        return ""  # checked first: reading the text is the costly part, and most posts are on-site
    words = " ".join(_WORDS.findall(description.lower()))  # not `_ascii_words`: anyascii on a long text costs more
    if len(words) < MIN_SAME_TEXT:
        return ""
    key = title_key(title, place)
    if employer:
        return _digest("text", employer, " ".join(sorted(_seniority(key) | _numbers(key))), _digest(words))
    return _digest("text", "", key, " ".join(_ascii_words(place)), _digest(words))


def block_key(*, company: str, location: str) -> str:
    """Jobs compared fuzzily: same company, same place."""
    return _digest(company_key(company), " ".join(_ascii_words(location)), size=32)


_GENERIC_PATHS = re.compile(r"^/?((careers?|jobs?|vacanc(y|ies)|join-us|work-with-us|apply|en|about)/?)*$", re.I)


def url_is_specific(canonical: str) -> bool:
    """Does this URL name one posting? A careers page or a bare domain is shared by every job there."""
    if "?" in canonical:
        return True
    path = canonical.partition("://")[2].partition("/")[2]
    return not _GENERIC_PATHS.match(path)


def url_key(canonical: str) -> str:
    return _digest("url", canonical)


def fingerprint_key(value: str) -> str:
    return _digest("fp", value)


def same_title(a: str, b: str) -> bool:
    """Near-identical titles (word order, punctuation, a dropped word) — not a different seniority or role."""
    if a == b:
        return True
    if _seniority(a) != _seniority(b) or _numbers(a) != _numbers(b) or _places_differ(a, b):
        return False
    return fuzz.token_sort_ratio(a, b) >= FUZZY_TITLE_THRESHOLD or (
        fuzz.token_set_ratio(a, b) >= 100 and min(len(a.split()), len(b.split())) >= 2
    )


def url_copy(company_key_: str, title: str, other_company_key: str, other_title: str) -> bool:
    """Two posts at one canonical URL are one job if the employers (company keys; "" for an anonymous one) and the
    titles (title keys) agree: a careers page or a recruiter's landing page shared by an ICU nurse and a midwife
    post is not one job."""
    return (not company_key_ or other_company_key in {company_key_, ""}) and same_title(title, other_title)


def near_copy(title: str, city: str, state: str, other_title: str, other_city: str, other_state: str) -> bool:
    """Inside one company-and-country block: near-identical titles (title keys) where no two different cities or
    states are named. Places are canonical names by now, so plain equality; the title comparison is the costly part."""
    return ((not city or not other_city or city == other_city) and (not state or not other_state or state == other_state)
            and same_title(title, other_title))


_SENIORITY = {"senior", "junior", "lead", "principal", "head", "chief", "intern", "trainee", "graduate", "manager",
              "assistant", "director", "associate", "staff", "entry"}


def _seniority(title: str) -> frozenset[str]:
    return frozenset(w for w in title.split() if w in _SENIORITY)


def _numbers(title: str) -> frozenset[str]:
    return frozenset(w for w in title.split() if w.isdigit())


def _places_differ(a: str, b: str) -> bool:
    """ "Sales Rep (Kano)" and "Sales Rep (Kaduna)" are two territories, not one job."""
    words_a, words_b = set(a.split()), set(b.split())
    return any(lookup(w) for w in words_a - words_b) and any(lookup(w) for w in words_b - words_a)
