"""The world beyond Nigeria's own place list: ISO 3166 countries and subdivisions (pycountry) and a GeoNames city
list (`data/world_cities.tsv.gz`, built by `data/build_world_cities.py`).

Job boards write places as codes ("Lagos, LA, NG", "Sheffield, ENG, GB", "KA, IN") or as names in several
spellings ("Bangalore", "Bengaluru"); these lookups turn both into one canonical name per place.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
from anyascii import anyascii

CITIES_FILE = Path(__file__).parent / "data" / "world_cities.tsv.gz"
# A city named with no country is taken only when it is this big: "Bangalore" alone is Bengaluru, but a small
# town's name is more often something else (a street, a company, another country's town).
MIN_POPULATION_WITHOUT_COUNTRY = 100_000
# Names that look like ISO codes but are written for something else in job locations.
_NOT_COUNTRY_CODES = {"remote", "hybrid", "onsite"}
_COUNTRY_ALIASES = {"uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "usa": "US",
                    "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "uae": "AE", "naija": "NG",
                    "south korea": "KR", "russia": "RU", "vietnam": "VN", "ivory coast": "CI", "tanzania": "TZ",
                    "holland": "NL", "czech republic": "CZ", "turkey": "TR"}


@dataclass(frozen=True)
class City:
    name: str
    country: str
    state: str
    population: int


_NOT_KEY = re.compile(r"[^a-z0-9']+")


def key(text: str) -> str:
    text = text or ""
    return " ".join(_NOT_KEY.sub(" ", (text if text.isascii() else anyascii(text)).lower()).split())


@cache
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[key(value)] = country.alpha_2
    names.update({key(alias): code for alias, code in _COUNTRY_ALIASES.items()})
    return names


def country_code(text: str) -> str:
    """ "NG", "NGA", "Nigeria", "United Kingdom", "UK" → ISO alpha-2, or ""."""
    stripped = (text or "").strip().strip(".")
    if len(stripped) in (2, 3) and stripped.isalpha() and stripped.isupper():
        found = pycountry.countries.get(alpha_2=stripped) if len(stripped) == 2 else pycountry.countries.get(
            alpha_3=stripped)
        if found is not None:
            return found.alpha_2
    if stripped.lower() in _NOT_COUNTRY_CODES:
        return ""
    return _countries().get(key(stripped), "")


def subdivision(country: str, text: str) -> str:
    """A state or region of `country` by ISO code ("LA" in NG, "ENG" in GB, "KA" in IN) or name, as its name."""
    if not country or not text:
        return ""
    stripped = text.strip()
    if stripped.isalnum() and len(stripped) <= 3:
        found = pycountry.subdivisions.get(code=f"{country}-{stripped.upper()}")
        if found is not None:
            return _subdivision_name(found.name)
    return _subdivisions(country).get(_without_state_word(key(stripped)), "")


@cache
def _subdivisions(country: str) -> dict[str, str]:
    found = pycountry.subdivisions.get(country_code=country) or []
    return {_without_state_word(key(_subdivision_name(s.name))): _subdivision_name(s.name) for s in found}


def _subdivision_name(name: str) -> str:
    """ "Karnātaka" → "Karnataka"; "Wales [Cymru GB-CYM]" → "Wales"."""
    return anyascii(re.sub(r"\s*\[.*?\]", "", name)).strip()


def _without_state_word(text: str) -> str:
    return re.sub(r"\s+(state|province|region|county|territory)$", "", text)


@cache
def _cities() -> dict[str, list[City]]:
    """name or alternate name (key form) → cities, most populous first."""
    index: dict[str, list[City]] = {}
    with gzip.open(CITIES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            name, country, admin1, population, alternates = line.rstrip("\n").split("\t")
            city = City(name=name, country=country, state=_state_of(country, admin1), population=int(population))
            for spelling in {name, *filter(None, alternates.split("|"))}:
                index.setdefault(key(spelling), []).append(city)
    return index


def _state_of(country: str, admin1: str) -> str:
    # GeoNames' admin1 codes are ISO 3166-2 in some countries (US states, GB's nations), numbers in others.
    if not admin1 or admin1.isdigit():
        return ""
    found = pycountry.subdivisions.get(code=f"{country}-{admin1}")
    return _subdivision_name(found.name) if found is not None else ""


def world_city(name: str, *, country: str = "") -> City | None:
    """The city a job board means by `name` (within `country` when known), canonically named, or None."""
    candidates = _cities().get(key(name), [])
    if country:
        candidates = [c for c in candidates if c.country == country]
    elif candidates and candidates[0].population < MIN_POPULATION_WITHOUT_COUNTRY:
        return None
    return candidates[0] if candidates else None


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")


def cities_named(text: str, *, country: str = "", min_population: int = 500_000) -> list[City]:
    """Big cities a text names in capitals ("… based in Bangalore", "India-Bangalore: …"), in order, once each."""
    found: dict[str, City] = {}
    for match in _NAME.finditer(text or ""):
        for candidate in (match.group(), *re.split(r"[ -]", match.group())):
            city = next((c for c in _cities().get(key(candidate), []) if not country or c.country == country), None)
            if city is not None and city.population >= min_population:
                found.setdefault(city.name, city)
                break
    return list(found.values())


def countries_named(text: str) -> list[str]:
    """Countries a text names outright ("across India", "in Nigeria"), in order, once each."""
    found: dict[str, None] = {}
    for match in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", text or ""):
        code = _countries().get(key(match.group())) or _countries().get(key(match.group().split()[0]))
        if code:
            found.setdefault(code, None)
    return list(found)
