"""The project's job vocabulary: equivalent job titles, seniority words and skills with their aliases.

One table serves the offline enhancer (titles and skills of a posting), matching (a seeker's "accountant" is a
posting's "Finance Officer") and preference extraction (roles and skills in a chat message).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from jobs.vocabulary.skills import SKILLS
from jobs.vocabulary.titles import (
    AMBIGUOUS_TITLE_WORDS,
    MISLEADING_IN_TITLES,
    RELATED_TITLES,
    SENIORITY_WORDS,
    TITLE_GROUPS,
)

__all__ = [
    "AMBIGUOUS_TITLE_WORDS", "MISLEADING_IN_TITLES", "PICTOGRAPH", "PICTOGRAPHS", "RELATED_TITLES", "SENIORITY_WORDS", "SKILLS", "is_seniority_word", "TITLE_GROUPS", "canonical_skill", "canonical_title", "equivalent_titles",
    "find_skill_mentions", "find_skills", "find_titles", "normalize", "strip_seniority", "title_group",
]
# A typo'd title ("sofware enginer") still finds its group; below this score it is a different title.
FUZZY_TITLE_CUTOFF = 90
# Canonical skill names that are everyday words ("go to the office", "express interest"): only their
# explicit aliases ("golang", "express.js") count.
_PHRASE_BREAKS = re.compile(r"[,;:!?()\[\]\n|]+|\.\s")
_NOT_SELF_ALIASES = {"Express", "Go", "R", "Rust", "Security", "Administration"}


# Emoji and pictographs: anyascii spells them out (":speech_balloon:", ":fire:"), words a reader would take for work
# ("Live chat / email support agent 💬" had read as a balloon decorator's line)
PICTOGRAPH = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"  # one, as a regex character class
PICTOGRAPHS = re.compile(f"{PICTOGRAPH}+")


def normalize(text: str) -> str:
    """Lower-case ASCII words: "Front-End  Developer!" → "front end developer"."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+#&./ ]+", " ",
                                     anyascii(PICTOGRAPHS.sub(" ", text or "")).lower())).strip()


def strip_seniority(title: str) -> tuple[str, str]:
    """("Senior Backend Developer") → ("backend developer", "senior")."""
    words = normalize(re.sub(r"\(.*?\)", " ", title)).replace("/", " ").split()
    level = ""
    core = []
    for index, word in enumerate(words):
        if is_seniority_word(word, index, words[index + 1] if index + 1 < len(words) else "") and not level:
            level = SENIORITY_WORDS[word]
            continue
        core.append(word)
    return " ".join(core), level


def is_seniority_word(word: str, index: int, following: str = "") -> bool:
    """A title word that says a level. "Staff" does only before the line ("Staff Engineer"), not after it: "Front
    Desk Staff", "Kitchen Staff" are posts, not leads (they were read as asking seven years). "Entry" does first or
    before "level" ("Entry Level Accountant"), not in "Data Entry Clerk" (read as an entry-level "data" officer, a
    data analyst's likeness, holdout_21)."""
    if word not in SENIORITY_WORDS or word in {"manager", "supervisor", "assistant"}:
        return False
    if word == "entry":
        return index == 0 or following == "level"
    return word != "staff" or index == 0


def _trie_regex(words: list[str]) -> str:
    """One alternation for many phrases, shaped as a trie so the regex engine never backtracks across them.

    A flat `a|b|c|…` of 1,500 aliases tries every alias at every position; the trie tries only the
    branches that share the next character, which makes a posting scan about 20x faster.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


@cache
def _title_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for group_id, group in enumerate(TITLE_GROUPS):
        for title in group:
            index.setdefault(normalize(title), group_id)
    return index


@lru_cache(maxsize=16384)  # matching asks about the same few thousand titles over and over
def title_group(title: str, *, slips: bool = True) -> int | None:
    """The equivalence group of a title: exact after normalising and dropping seniority words, then (`slips`) a
    close typo."""
    index = _title_index()
    core, _ = strip_seniority(title)
    for candidate in (normalize(title), core):
        if candidate in index:
            return index[candidate]
    if len(core) < 6 or not slips:  # short words are too easy to confuse ("dba" vs "bda")
        return None
    match = process.extractOne(core, index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_TITLE_CUTOFF)
    return index[match[0]] if match else None


def equivalent_titles(title: str) -> list[str]:
    group = title_group(title)
    return list(TITLE_GROUPS[group]) if group is not None else []


def canonical_title(title: str, *, slips: bool = True) -> str | None:
    group = title_group(title, slips=slips)
    return TITLE_GROUPS[group][0] if group is not None else None


@cache
def _skill_matcher() -> tuple[re.Pattern[str], dict[str, list[str]], dict[str, int]]:
    aliases: dict[str, list[str]] = {}
    for canonical, names in SKILLS.items():
        own = set() if canonical in _NOT_SELF_ALIASES else {normalize(canonical)}
        for name in own | set(map(normalize, names)):
            if name and canonical not in aliases.setdefault(name, []):
                aliases[name].append(canonical)
    pattern = re.compile(rf"(?<![a-z0-9+#.])(?:{_trie_regex(list(aliases))})(?![a-z0-9+#])")
    order = {canonical: position for position, canonical in enumerate(SKILLS)}
    return pattern, aliases, order


def find_skills(text: str) -> list[str]:
    """Canonical skills mentioned in free text, in vocabulary order, without duplicates."""
    pattern, aliases, order = _skill_matcher()
    # Punctuation becomes a barrier so a phrase never spans a list: "retail banking, operations" is no
    # "banking operations". A lone "." can start or end no alias.
    text = _PHRASE_BREAKS.sub(" . ", text or "")
    found = {canonical for match in pattern.finditer(normalize(text)) for canonical in aliases[match.group(0)]}
    return sorted(found, key=order.__getitem__)


def find_skill_mentions(text: str) -> list[tuple[str, int, int, str]]:
    """Each skill mention as (canonical, start, end, normalised text): where it is, so a caller can read the
    words around it ("driving revenue" is no Driving)."""
    pattern, aliases, _ = _skill_matcher()
    normalized = normalize(_PHRASE_BREAKS.sub(" . ", text or ""))
    return [(canonical, m.start(), m.end(), normalized) for m in pattern.finditer(normalized)
            for canonical in aliases[m.group(0)]]


@lru_cache(maxsize=16384)
def canonical_skill(text: str) -> str | None:
    """One skill as a user wrote it ("ms excel") → its canonical name ("Microsoft Excel"), or None."""
    pattern, aliases, _ = _skill_matcher()
    normalized = normalize(text)
    if normalized in aliases:
        return aliases[normalized][0]
    found = find_skills(text)
    return found[0] if found else None


@cache
def _title_matcher() -> tuple[re.Pattern[str], dict[str, int]]:
    names = {name: group for name, group in _title_index().items() if len(name) > 2}
    return re.compile(rf"(?<![a-z0-9])(?:{_trie_regex(list(names))})(?![a-z0-9])"), names


def find_titles(text: str, *, skip_lone: frozenset[str] = frozenset()) -> list[str]:
    """Canonical titles mentioned in free text ("I'm an accountant or finance officer" → ["Accountant"]).

    In order of first mention; where titles overlap the longest wins ("backend developer", not "developer").
    `skip_lone` words are not read as a title when found alone ("developer" in "Curriculum Developer"): what a
    posting's title is, unlike what a seeker says they are.
    """
    pattern, names = _title_matcher()
    titles: list[str] = []
    for match in pattern.finditer(normalize(text)):
        if match.group(0) in skip_lone:
            continue
        title = TITLE_GROUPS[names[match.group(0)]][0]
        if title not in titles:
            titles.append(title)
    return titles
