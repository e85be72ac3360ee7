"""Industries a posting requires experience in, and the ones a seeker's own words name.

A post whose requirement line asks experience in a trade ("minimum of 8–10 years' sales experience in the automobile
industry", "7+ years of sales experience in industrial automation") is not for a seeker whose words (roles, skills,
what they wrote) do not name that trade: the labellers who read the postings refused nearly all such alerts, whether
the seeker named other trades (an FMCG sales manager) or none (a sales rep who says what he sells but not where). At
first only sellers who named other trades were kept from such posts, while the first parts' labels by occupation tag
wanted most of the rest; read pair by pair, every part agrees (matching/evaluation/README.md). A seeker who has the
experience and did not say so adds the trade to their skills. Health, schooling and media are left out: a nurse's
"hospital" or a teacher's "school" is their line of work, which titles already decide.
"""

from __future__ import annotations

import re

from jobs.credentials import MUST, SOFT, in_requirements, line_at
from jobs.vocabulary import PICTOGRAPH

# code → (how a "why" names it, the words that name it in a posting's line or a seeker's words; lower-case text)
INDUSTRIES: dict[str, tuple[str, str]] = {
    "banking": ("banking", r"\bbank(?!\s*recon)(?:ing|s)?\b|microfinance|\bmfb\b"),
    "fintech": ("fintech", r"fintech|loan app|digital lending"),
    "fmcg": ("FMCG", r"\bfmcg\b|consumer goods|beverage|food and beverage|\bf&b\b"),
    "oil_gas": ("oil and gas", r"oil and gas|oil & gas|petroleum|upstream|downstream|midstream|oil ?field|"
                               r"oil (?:and gas )?servic|\biocs?\b|\bnuprc\b|\bncdmb\b"),
    "real_estate": ("real estate", r"real estate|\bpropert(?:y|ies)\b"),
    "hospitality": ("hospitality", r"hospitality|\bhotels?\b|restaurant|\bqsr\b|catering"),
    "automobile": ("automobiles", r"automobile|automotive|motorcycle|auto dealer|vehicle sales"),
    "pharma": ("pharmaceuticals", r"pharma(?:ceutical)?s?\b|drug manufactur"),
    "telecom": ("telecoms", r"telecom|\btelcos?\b"),
    "energy": ("energy", r"\bsolar\b|renewable|microgrid|power sector|\benergy\b"),
    "insurance": ("insurance", r"insurance|\bpension"),
    "construction": ("construction", r"construction|building materials|cement"),
    "manufacturing": ("manufacturing", r"manufacturing|factory|industrial"),
    "logistics": ("logistics", r"logistics|courier|freight|shipping"),
    "fashion": ("fashion and luxury retail", r"fashion|luxury|cosmetic"),
    "legal": ("a law firm", r"law firm|\blegal\b"),
    "travel": ("travel", r"\btravel\b|tourism|aviation"),
    "automation": ("industrial automation", r"automation|\bdcs\b|\bplc\b|scada"),
    "consulting": ("consulting", r"\bconsult(?:ing|ancy) (?:firm|company|sector|industry)|management consult"),
    "capital_markets": ("capital markets", r"capital market|stockbrok|asset management|fund management|"
                                           r"investment bank"),
    "chemicals": ("chemicals (ethanol, CO₂)", r"ethanol|\bco(?:2|₂)\b|petrochemical|chemicals? (?:industry|sector|"
                                             r"manufactur\w*|production)"),
}
_PATTERNS = {code: re.compile(words) for code, (_, words) in INDUSTRIES.items()}
# A word each pattern cannot match without: a substring test rules most industries out before any regex runs (a worker
# compiles 100,000 seekers at start; most name no trade)
_STEMS = {"banking": ("bank", "microfinance", "mfb"), "fintech": ("fintech", "loan app", "digital lending"),
          "fmcg": ("fmcg", "consumer goods", "beverage", "f&b"),
          "oil_gas": ("oil", "petroleum", "stream", "ioc", "nuprc", "ncdmb"),
          "real_estate": ("real estate", "propert"), "hospitality": ("hospitality", "hotel", "restaurant", "qsr",
                                                                    "catering"),
          "automobile": ("auto", "motorcycle", "vehicle"), "pharma": ("pharma", "drug"), "telecom": ("telecom", "telco"),
          "energy": ("solar", "renewable", "microgrid", "power", "energy"), "insurance": ("insurance", "pension"),
          "construction": ("construction", "building", "cement"),
          "manufacturing": ("manufactur", "factory", "industrial"),
          "logistics": ("logistics", "courier", "freight", "shipping"), "fashion": ("fashion", "luxury", "cosmetic"),
          "legal": ("law firm", "legal"), "travel": ("travel", "tourism", "aviation"),
          "automation": ("automation", "dcs", "plc", "scada"),
          "consulting": ("consult",),
          "capital_markets": ("capital market", "stockbrok", "asset management", "fund management", "investment bank"),
          "chemicals": ("ethanol", "co2", "co₂", "chemical")}

# ("in-depth understanding of the oil and gas sector" asks it; "knowledge of good manufacturing practices" does not)
_EXPERIENCE = re.compile(r"experience|background|track record|(?:understanding|knowledge) of [^.\n]{0,40}(?:industry|sector|operations)")
# A requirement, not a wish: the must-have cues the credentials reader shares, or "min", "in-depth", a number of years
# on the line ("5yrs")
_HARD = re.compile(r"\bmin\b|in-depth|\d\+?\s*(?:-|–|to)?\s*\d*\s*(?:years?|yrs?)\b")
# "ideally in real estate", "insurance, FMCG, telco, or other sales-driven sectors": open to others. "Real estate or a
# related field" is not: the readers refused such posts to sellers of other goods (holdout_23, 25, 29).
# "… in high-end retail, fashion sales, or a customer service-oriented role" leaves a general role open too, as does
# "… in a client service, travel consultancy, or sales role" (thirteenth session, with _THEIR_EXPERIENCE: 10 wanted
# alerts back over the read parts, 4 refused).
_OPEN = re.compile(r"ideally|or other|or similar|such as|-oriented role|, or (?:an? )?[a-z ]{2,30} role\b")
# The employer describing itself ("a subsidiary of … company, which has over 45 years of experience in mechanical
# engineering", "on behalf of our client"), not what it asks
_ABOUT_US = re.compile(r"\b(?:we|our|us)\b|company")
# The experience a post gives its customers, not one it asks ("promoting the unique luxury experience of our
# apartments", "delivering a smooth customer experience")
_THEIR_EXPERIENCE = re.compile(r"\b(?:customer|client|guest|user|patient|shopping|luxury|support|seamless|smooth|"
                               r"memorable|exceptional|overall)\s+(?:[a-z]+\s+)?$")
# "… experience in customer service within renewable energy company, preferably in solar": the company named is where
# the experience was gained, and only what follows "preferably" is a wish
_THEN_A_WISH = re.compile(r",\s*preferably\b")
_GAINED_IN = re.compile(r"\b(?:within|in|at|with)\s+(?:an?\s+)?(?:[\w&/-]+\s+){0,3}compan(?:y|ies)\b")


def asked(description: str) -> tuple[str, ...]:
    """The industries a post's requirement lines ask experience in (codes of INDUSTRIES); lines that only prefer one,
    or leave others open, ask none. Read once per job when it is compiled (not cached: a worker would keep every
    description it met)."""
    text = (description or "")[:6000].lower().replace("’", "'")
    found: dict[str, None] = {}
    for match in _EXPERIENCE.finditer(text):
        if _THEIR_EXPERIENCE.search(text, max(0, match.start() - 30), match.start()):
            continue
        start, line = line_at(text, match.start(), match.end())
        line = line[: wish.start()] if (wish := _THEN_A_WISH.search(line)) else line
        if match.start() - start >= len(line) or SOFT.search(line) or _OPEN.search(line) \
                or _ABOUT_US.search(_GAINED_IN.sub("", line)):
            continue
        if not (MUST.search(line) or _HARD.search(line) or in_requirements(text, start)):
            continue
        found |= dict.fromkeys(_named_in(line))
    return tuple(found)


def named(texts: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The industries a seeker's own words name ("9 years in automobile and motorcycle sales" → automobile), not those
    they name only to refuse ("Please no insurance or MLM companies": holdout_123's BD manager had been read as one
    with insurance experience)."""
    # each text read alone: a refusal at a message's end runs on into no skill listed after it
    return _named_in(" ".join(_without_refusals(t.lower().replace("’", "'")) for t in texts if t))


def _without_refusals(text: str) -> str:
    if not any(cue in text for cue in _REFUSAL_CUES):
        return text
    for match in reversed(list(_REFUSED.finditer(text))):
        listed = match.group("list")
        # a dash or an emoji goes on to something else too ("Not a frontend person at all 🙃 Python/DRF APIs … at a
        # logistics startup"), and what stands before it is all a refusal holds
        listed = _SAYS_ELSE.split(listed)[0]
        end = match.start("list") + (cut.start() if (cut := _LIST_ENDS.search(listed)) else len(listed))
        text = text[: match.start("list")] + " " + text[end:]
    return text


def _named_in(text: str, patterns: dict[str, re.Pattern[str]] = _PATTERNS,
              stems: dict[str, tuple[str, ...]] = _STEMS) -> tuple[str, ...]:
    return tuple(code for code, pattern in patterns.items()
                 if any(stem in text for stem in stems[code]) and pattern.search(text))


def other_than(asked_: tuple[str, ...], named_: tuple[str, ...]) -> tuple[str, ...]:
    """The industries a post asks that the seeker's words do not name: all of them, or none when one is theirs."""
    if not asked_ or set(asked_) & set(named_):
        return ()
    return asked_


def label(codes: tuple[str, ...], joiner: str = " or ") -> str:
    """"automobiles or energy" (what a post asks), "FMCG, telecoms" (what a seeker named)."""
    return joiner.join(INDUSTRIES[code][0] for code in codes)


# --- the trades a seeker limits their work to ---------------------------------------------------------------------
# "Looking for BD or sales role in healthcare/pharma", "sales job with bank or insurance company": a seller who names
# where they will sell refused every post of another trade (holdout_114's two pharma sellers, 28 alerts). Health is a
# trade here though not in INDUSTRIES: posts asking experience in it are a nurse's or a doctor's, which titles decide,
# but a seller names it as where they will sell.
SECTORS: dict[str, str] = {**{code: name for code, (name, _) in INDUSTRIES.items()}, "health": "healthcare"}
_HEALTH = r"health\s*care|\bhealth\b|pharma\w*|diagnostic\w*|medical|hospitals?|clinics?|\bhmos?\b|\bdrugs?\b|patients?"
_SECTOR_PATTERNS = {**_PATTERNS, "health": re.compile(_HEALTH)}
_ANY_SECTOR = re.compile("|".join(f"(?:{p.pattern})" for p in _SECTOR_PATTERNS.values()))
# A lender is in banking's trade where a post is read for a seeker's limit ("loan officer or relationship officer role in a
# bank/MFB" wanted a lending company's loan officer). Health is read narrower in a post than in a seeker's words: most
# posts offer "HMO" or "health insurance" among their benefits, and an insurer lists "health management" among its lines.
_POST_SECTOR_PATTERNS = {
    **_SECTOR_PATTERNS,
    "banking": re.compile(rf"{_PATTERNS['banking'].pattern}|\bloans?\b|lending|\bcredit\b|financial services|"
                          r"finance compan"),
    "health": re.compile(r"health\s*care|pharma\w*|diagnostic\w*|\bhospitals?\b|\bclinics?\b|\bdrugs?\b|"
                         r"\bpatients?\b|\bmedical\b(?!\s+(?:allowance|cover|insurance|benefits?|care\b))"),
}
# as _STEMS: every post's text is read once when its job is compiled, and most name one or two trades
_POST_STEMS = {**_STEMS, "banking": (*_STEMS["banking"], "loan", "lending", "credit", "financ"),
               "health": ("health", "pharma", "diagnos", "hospital", "clinic", "drug", "patient", "medical")}
# "role|job|work in|with" and the list after it: words joined by "/", ",", "or", "and", "&", then "company",
# "industry" or the like; what follows must end the phrase ("… in Lagos", ", island side"), or the trade was a
# workplace's name ("job in banking hall")
_LIMITED_TO = re.compile(r"\b(?:roles?|jobs?|work|positions?|openings?|opportunit(?:y|ies))\s+(?:in|with|for)\s+"
                         r"(?:an?\s+|the\s+)?(?P<list>[\w&-]+(?:\s*(?:/|,|&|\bor\b|\band\b)\s*(?:an?\s+)?[\w&-]+)*)"
                         r"(?:\s+(?:company|companies|firms?|industry|industries|sector|space|organi[sz]ations?))?"
                         r"(?P<after>[^,.;!?\n]*)")
_LIST_GLUE = re.compile(r"/|,|&|\bor\b|\band\b|\ban?\b|\s")
_PHRASE_ENDS = re.compile(r"\s*(?:$|(?:in|around|within|only|abeg|pls|please|at|for|but|not|no|and|or|[-–—(])\b)")
# sought, not told of: "I want / looking for / need …" earlier in the sentence ("3 years work with a bank" is their past)
_SEEKING = re.compile(r"\b(?:want|wan|looking|seeking|need|find|interested|searching|open to)\b")
_A_WISH = re.compile(r"prefer|ideally|if possible|a plus|would be nice|bonus")


def sought(texts: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The trades a seeker asks to work in (codes of SECTORS), () when they name none as a limit; a trade they only
    prefer ("energy or tech company preferred") limits nothing."""
    found: dict[str, None] = {}
    for text in texts:
        lowered = (text or "").lower().replace("’", "'")
        if not any(word in lowered for word in (" in ", " with ", " for ")):
            continue
        for match in _LIMITED_TO.finditer(lowered):
            listed, after = match.group("list"), match.group("after")
            sentence = lowered[max(0, lowered.rfind(".", 0, match.start()) + 1): match.start()]
            if _LIST_GLUE.sub("", _ANY_SECTOR.sub("", listed)) or not _PHRASE_ENDS.match(after) \
                    or _A_WISH.search(after) or not _SEEKING.search(sentence):
                continue
            found |= dict.fromkeys(code for code, pattern in _SECTOR_PATTERNS.items() if pattern.search(listed))
    return tuple(found)


def of_post(title: str, company: str, description: str) -> tuple[str, ...]:
    """Every trade a post's title, company or text names (SECTORS codes), where a seeker's limit is looked for."""
    return _named_in(f"{title}\n{company}\n{(description or '')[:6000]}".lower(), _POST_SECTOR_PATTERNS, _POST_STEMS)


def sector_label(codes: tuple[str, ...]) -> str:
    """"healthcare or pharmaceuticals"."""
    return " or ".join(SECTORS[code] for code in codes)


# --- the trades a seeker refuses to work in -----------------------------------------------------------------------
# "pls no those loan app wey dey insult customers", "No crypto/betting companies", "Please no microfinance or loan app
# companies": trades some refuse whatever the line, mostly on conscience. Read from the seeker's words as a refusal
# ("no", "not", "don't send", "will NOT consider") followed by a list naming such trades; looked for in the whole post,
# where the employer says what it does ("a Fintech company that provides quick loans").
REFUSABLE: dict[str, tuple[str, str]] = {
    "lending_app": ("a loan app", r"loan[- ]?apps?\b|lending apps?|quick loans?|instant loans?|payday loans?|"
                                  r"digital lend\w*|online lend\w*"),
    "microfinance": ("microfinance", r"microfinance|\bmfbs?\b"),
    "fintech": ("fintech", r"fintechs?\b"),
    "betting": ("betting", r"\bbet(?:ting|9ja)\b|sports ?book|sporty ?bet|gambling|casinos?\b|lotter(?:y|ies)"),
    "crypto": ("crypto", r"\bcrypto\w*|\bweb ?3\b|blockchain|bitcoin|\bdefi\b|\bnfts?\b"),
    "forex": ("forex trading", r"\bforex\b|\bfx trad\w*|currency trading|binary options?"),
    "tobacco": ("tobacco", r"tobacco|cigarettes?"),
    "alcohol": ("alcohol", r"\bbeers?\b|brewer(?:y|ies)|alcohol\w*|liquor|distiller(?:y|ies)"),
}
_REFUSABLE_PATTERNS = {code: re.compile(words) for code, (_, words) in REFUSABLE.items()}
_REFUSABLE_STEMS = {"lending_app": ("loan", "lending", "lend"), "microfinance": ("microfinance", "mfb"),
                    "fintech": ("fintech",), "betting": ("bet", "book", "gambling", "casino", "lotter"),
                    "crypto": ("crypto", "web", "blockchain", "bitcoin", "defi", "nft"),
                    "forex": ("forex", "fx", "currency", "binary"), "tobacco": ("tobacco", "cigarette"),
                    "alcohol": ("beer", "brewer", "alcohol", "liquor", "distiller")}
_ASKS_EXPERIENCE = re.compile(r"experience|background|track record|exposure|familiar|knowledge|understanding|"
                              r"a plus|nice to have|advantage|preferabl")
# substrings every refusal holds one of: most seekers refuse nothing, and a worker reads 100,000 of them at start
_REFUSAL_CUES = ("no", "n't", "nt ", "never", "avoid")
# the refusal, the words that may stand between it and the list ("no those", "don't send", "NOT consider", "I no go
# work for"), then the list: trades joined by "/", ",", "or", "and", each trade maybe followed by "company", "brands" …
_REFUSED = re.compile(
    r"\b(?:no|not|don'?t|do not|never|won'?t|will not|avoid)\b"
    r"(?:\s+(?:pls|please|those|these|the|any|a|an|send|me|go|wan|want|work|working|for|with|at|in|interested|"
    r"consider|considering|apply|to|all))*\s+(?P<list>[^.;!?\n]{1,100})")
# the list ends where the seeker goes on to say something else ("…, I won't consider them", "… but fintech is fine")
_LIST_ENDS = re.compile(r"\b(?:i|i'm|im|am|my|we|but|because|bc|since|if|though|except|only)\b")
_SAYS_ELSE = re.compile(f"[—–()]|\\s-\\s|{PICTOGRAPH}")
_ITEM_GLUE = re.compile(r"\s*(?:/|,|&|\bor\b|\band\b|\bno\b|\bnor\b)\s*")
# the trade opens the item, or nearly ("sports betting"): "don't churn — 2 yrs with a fintech" refuses no fintech
_ITEM_LEAD = 8
# "no microfinance DSA or commission-based roles" refuses a role in the trade, not the trade
_A_ROLE_IN_IT = re.compile(r"^\s*(?:dsa|agents?)\b")


def refused(texts: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The trades a seeker's words refuse (codes of REFUSABLE), () for nearly everyone."""
    found: dict[str, None] = {}
    for text in texts:
        lowered = (text or "").lower().replace("’", "'")
        if not any(cue in lowered for cue in _REFUSAL_CUES) or not _named_in(lowered, _REFUSABLE_PATTERNS,
                                                                               _REFUSABLE_STEMS):
            continue
        for match in _REFUSED.finditer(lowered):
            listed = match.group("list")
            listed = listed[: end.start()] if (end := _LIST_ENDS.search(listed)) else listed
            for item in _ITEM_GLUE.split(listed):
                for code, pattern in _REFUSABLE_PATTERNS.items():
                    named_ = pattern.search(item)
                    if named_ and named_.start() <= _ITEM_LEAD and not _A_ROLE_IN_IT.match(item[named_.end():]):
                        found[code] = None
    return tuple(found)


def refusable_in_post(title: str, company: str, description: str) -> tuple[str, ...]:
    """The REFUSABLE trades a post's title, company or text names, outside the lines that ask experience or
    knowledge ("prior experience in a microfinance bank, fintech, or trade finance institution" is a commercial bank's
    wish, not its trade; "familiarity with blockchain technology / web3 is a plus" a skill)."""
    text = f"{title}\n{company}\n{(description or '')[:6000]}".lower()
    if not _named_in(text, _REFUSABLE_PATTERNS, _REFUSABLE_STEMS):
        return ()
    return _named_in("\n".join(line for line in text.splitlines() if not _ASKS_EXPERIENCE.search(line)),
                     _REFUSABLE_PATTERNS, _REFUSABLE_STEMS)


def refused_label(codes: tuple[str, ...]) -> str:
    """"a loan app or betting"."""
    return " or ".join(REFUSABLE[code][0] for code in codes)
