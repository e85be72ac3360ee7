"""Offline scam screening: pure functions from a posting to weighted reasons in plain words, and a verdict.

Each rule looks for one thing scammers do to Nigerian job seekers (asking them for money, a pyramid pitch, pay no
such job pays, contact only through a private number or free mail, an employer that can't be told, pressure and
secrecy, the phrasings they use in English and Pidgin). One rule alone rarely holds a job; several together do.
A job only waits for an operator (`review`) or is kept from everyone (`blocked`), it is never deleted, so a real
posting held by mistake costs an operator's click, while a scam let through can cost a seeker their savings.

Measured on the labelled set in `screening/evaluation/` (`manage.py evaluate_screening`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.db.models import TextChoices

from jobs import salary


class Verdict(TextChoices):
    OK = "ok", "OK"
    REVIEW = "review", "Needs review"
    BLOCKED = "blocked", "Blocked"


REVIEW_AT = 35  # one strong sign (money asked of the applicant, a pyramid pitch) is enough for a human look
BLOCK_AT = 70  # two strong signs, or one with an amount to pay, keep the job from everyone

FREE_MAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "hotmail.com", "outlook.com",
             "live.com", "aol.com", "icloud.com", "protonmail.com", "proton.me", "mail.com", "rocketmail.com"}
# Names scammers borrow; a posting in their name with a free mail address is an impersonation.
BRANDS = ("shell", "chevron", "total", "exxon", "mobil", "nnpc", "dangote", "mtn", "airtel", "glo", "globacom",
          "first bank", "gtbank", "gt bank", "zenith", "access bank", "uba", "central bank", "cbn", "shoprite",
          "nestle", "unilever", "guinness", "nigerian breweries", "amazon", "google", "united nations", "un ",
          "unicef", "who ", "faan", "federal ", "nigerian army", "nigerian navy", "customs", "immigration", "npa",
          "nddc", "npc", "inec", "fmc", "federal medical centre", "general hospital")
# Work anyone can start on day one: such jobs don't pay what a manager does, and scammers offer exactly that.
LOW_SKILL = re.compile(
    r"\b(cleaner|cleaning|janitor|gate ?(man|keeper)|security|guard|watchman|driver|nanny|house ?(help|keeper|maid)|"
    r"housekeeper|maid|steward|cook|waiter|waitress|bartender|usher|hostess|sales ?(girl|boy|lady|man|rep|"
    r"representative|agent|attendant)s?|shop (attendant|girl|boy)|store ?keeper|cashier|receptionist|front desk|"
    r"messenger|dispatch|delivery|rider|packer|loader|labou?rer|factory (worker|hand)|attendant|data entry|typist|"
    r"customer (service|care)|call cent(er|re)|hair ?stylist|barber|tailor|secretary|office assistant|"
    r"porter|gardener|tutor)\b", re.I)
SENIOR = re.compile(r"\b(senior|lead|head|manager|director|chief|principal|consultant|engineer|doctor|pharmacist|"
                    r"lawyer|architect|specialist|offshore|rig|welder|pilot)\b", re.I)

# Monthly pay in USD (≈ ₦1,500 to the dollar, jobs/data/fx_rates.json) no such job in Nigeria pays (2024–26 wages:
# cleaners, guards and drivers ₦50k–250k; a fresh graduate ₦100k–400k).
LOW_SKILL_LIMIT_USD = 250.0  # ≈ ₦375k a month
LOW_SKILL_ABSURD_USD = 500.0  # ≈ ₦750k
NO_EXPERIENCE_LIMIT_USD = 1200.0  # ≈ ₦1.8m for a job asking no experience at all


@dataclass(frozen=True)
class Posting:
    """What the rules read of a job: the canonical job's fields (a CanonicalJob or a NormalizedJob fits)."""

    title: str
    company: str = ""
    description: str = ""
    location: str = ""
    country: str = ""
    salary_currency: str = ""
    salary_monthly_min: float | None = None
    salary_monthly_usd_min: float | None = None
    experience_level: str = ""
    years_experience_min: int | None = None
    job_url: str = ""
    apply_url: str = ""
    contact_email: str = ""
    contact_whatsapp: str = ""

    @classmethod
    def of(cls, job: Any) -> Posting:
        def text(name: str) -> str:
            return str(getattr(job, name, "") or "")

        def number(name: str) -> float | None:
            value = getattr(job, name, None)
            return float(value) if value is not None else None

        return cls(
            title=text("title"), company=text("company"), description=text("description"),
            location=text("location"), country=text("country"), salary_currency=text("salary_currency"),
            salary_monthly_min=number("salary_monthly_min"), salary_monthly_usd_min=number("salary_monthly_usd_min"),
            experience_level=text("experience_level"), years_experience_min=getattr(job, "years_experience_min", None),
            job_url=text("job_url"), apply_url=text("apply_url"), contact_email=text("contact_email"),
            contact_whatsapp=text("contact_whatsapp"),
        )

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.company}\n{self.description}"


@dataclass(frozen=True)
class Reason:
    code: str
    weight: int
    text: str  # plain words, shown to operators (and to the model's reviewer)


@dataclass(frozen=True)
class Screened:
    verdict: Verdict
    score: int
    reasons: list[Reason] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [r.text for r in self.reasons]


@dataclass(frozen=True)
class BlockedValues:
    """What operators blocked, normalised: company names, phone numbers (digits), email domains and addresses."""

    companies: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    email_domains: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()


# --- Money asked of the applicant ---------------------------------------------------------------------------------

_FEE_NAME = (r"(?:registration|training|medical(?: test| screening)?|form|processing|application|screening|uniform|"
             r"id ?card|caution|clearance|activation|agent|agency|portal(?: access)?|mobili[sz]ation|onboarding|"
             r"verification|test|joining|enrol(?:l)?ment|interview|file|logistics|placement|handling|admin(?:istrative)?)")
_AMOUNT = r"(?:(?:₦|#|\bn|\bngn|\$|\busd)\s?\d[\d,.]*\s?k?|\b\d{1,3}\s?k\b|\b\d[\d,.]*\s?(?:naira|thousand))"
_TO_SOMEONE = (r"(?:\bfor (?:your |the |a |an |our |my )?(?:form|uniform|id|training|registration|processing|medical|"
               r"papers|file|clearance|agent|screening|test|bike|licen[cs]e|verification|transport|application|"
               r"appointment|slot|onboarding|kit|materials|documents|interview|academy|course|class|membership|"
               r"package|account)|\bto (?:our|my|his|her|this) |\bmake (?:dem|we|them|una|i) |"
               r"\bto the (?:hr|agent|account|clinic|office|number|following|recruiter|company'?s? account)|"
               r"\bto (?:secure|get|activate|register|start|collect|process|book|confirm)\b|recharge card|"
               r"\bbefore (?:the |your |you )?(?:interview|resumption|start|placement|training|screening|commencement)|"
               r"\bas (?:registration|a fee|deposit|caution))")
_FEES = [
    # "registration fee of N5,000", "training fee: N15,000", "medical fee N8,000"
    (re.compile(rf"\b{_FEE_NAME} (?:fee|fees|charge|charges|levy)\b", re.I), 45),
    # "pay N10,000 to the HR account", "pay 3k for form", "send N2,000 recharge card", "bring 5k for agent": money
    # going from the applicant to someone. "Pay is N50,000/month", "we pay ₦500,000" are salaries (_EMPLOYER_PAYS).
    (re.compile(rf"\b(?:pay|send|bring|drop|deposit|transfer|come with|fund)\b(?!\s*(?:[:→–-]|is\b|of\b|range|per\b|"
                rf"rate|scale|package|structure|will\b|dey\b))[^.\n]{{0,25}}?{_AMOUNT}[^.\n]{{0,40}}?{_TO_SOMEONE}",
                re.I), 40),
    (re.compile(rf"\b(?:you|applicants?|candidates?|each applicant|successful applicants?|shortlisted candidates?)\s+"
                rf"(?:will |must |should |are to |is to |go |need to |have to |would |shall )?(?:also )?"
                rf"(?:pay|bring|drop|send|deposit)\b[^.\n]{{0,25}}?{_AMOUNT}", re.I), 40),
    (re.compile(rf"\bcome with {_AMOUNT}", re.I), 40),
    (re.compile(r"\b(?:recharge card|starter (?:kit|pack(?:age)?)|refundable (?:deposit|fee|caution)|caution fee|"
                r"forms? (?:costs?|sells? for|is sold)|account details|evidence of payment|payment (?:proof|receipt)|"
                r"proof of payment|minimum investment|fund a trading account|invest \S*\d|pay for your|"
                r"(?:transport|logistics|uniform|form|registration) money)\b", re.I), 40),
]
# "no registration fee", "we never charge", "do not pay anyone": real employers warn against the scam itself.
_NEGATED = re.compile(r"\b(?:no|not|never|don'?t|do not|does not|doesn'?t|without|free of|zero|nobody|no one|"
                      r"nor|beware|warning|scam|fraud)\b[^.\n]{0,30}$", re.I)
# "we never ask for 'recruitment fees', 'processing fees', 'interview fees' …": anywhere earlier in the sentence.
_WARNS = re.compile(r"\b(?:never|do not|don'?t|does not|doesn'?t|will not|won'?t|not charge|free of charge|beware|"
                    r"scam|fraud)\b", re.I)

# "we pay ₦150,000", "the company will pay": the employer paying is a salary, not a fee.
_EMPLOYER_PAYS = re.compile(r"\b(?:we|will|company|employer|employers|they|salary|which|and)\s+$", re.I)


def fee_reasons(posting: Posting) -> list[Reason]:
    found = []
    for pattern, weight in _FEES:
        for match in pattern.finditer(posting.text):
            before = posting.text[max(0, match.start() - 40):match.start()]
            sentence = re.split(r"[.!?\n]", posting.text[max(0, match.start() - 200):match.start()])[-1]
            if not (_NEGATED.search(before) or _EMPLOYER_PAYS.search(before) or _WARNS.search(sentence)):
                found.append((weight, match.group(0)))
                break
    if not found:
        return []
    weight = min(75, sum(w for w, _ in found))
    return [Reason("fee", weight, f"asks applicants to pay (\"{found[0][1].strip()[:60]}\")")]


# --- Pyramid and get-rich pitches ---------------------------------------------------------------------------------

_MLM = re.compile(
    r"\b(?:be your own boss|network marketing|multi[- ]?level (?:marketing|compensation|plan)|mlm|recruit(?:ing)? others|your downline|downlines?|"
    r"unlimited income|earn (?:commission|bonus(?:es)?|money) (?:from|on) (?:every|each|the people|"
    r"everyone)|(?:every|each) (?:person|member|one) you (?:bring|recruit|refer)|everyone (?:you|they) refer|"
    r"invite (?:your )?friends and earn|referral bonus|double your (?:money|earnings|income)|"
    r"guaranteed (?:income|returns?|profit)|\d+ ?% (?:weekly|daily|monthly) returns?|returns? weekly|"
    r"young millionaires|tired of being broke|get paid to (?:shop|like|share|chat)|"
    r"like and share|earn [^.\n]{0,20}per task|transfer the balance)\b", re.I)


# Real commission jobs say these too: alone they only add to other signs.
_SOFT_PITCH = re.compile(r"\b(?:passive income|financial freedom|work your own hours)\b", re.I)


def pitch_reasons(posting: Posting) -> list[Reason]:
    hits = {m.group(0).lower() for m in _MLM.finditer(posting.text)}
    soft = {m.group(0).lower() for m in _SOFT_PITCH.finditer(posting.text)}
    if not hits and not soft:
        return []
    weight = 20 if not hits else 40 if len(hits | soft) == 1 else 60
    hits = hits or soft
    return [Reason("pitch", weight, f"a recruit-others or get-rich pitch (\"{sorted(hits)[0]}\")")]


# --- Pay no such job pays ---------------------------------------------------------------------------------------------


def monthly_usd(posting: Posting) -> float | None:
    """The bottom of the range: a real posting's "₦100,000 – ₦25,000,000" is a careless range, while a scam names
    one figure (or "up to" one, stored as both ends)."""
    if posting.salary_monthly_usd_min is not None:
        return posting.salary_monthly_usd_min
    if posting.salary_monthly_min is not None and posting.salary_currency == "NGN":
        return salary.to_usd(posting.salary_monthly_min, "NGN")
    return None


def pay_reasons(posting: Posting) -> list[Reason]:
    pay = monthly_usd(posting)
    if pay is None or not _nigerian(posting):
        return []
    naira = f"₦{salary.convert(pay, 'USD', 'NGN') or 0:,.0f} a month"
    low_skill = bool(LOW_SKILL.search(posting.title)) and not SENIOR.search(posting.title)
    if low_skill and pay > LOW_SKILL_ABSURD_USD:
        return [Reason("pay", 50, f"pays {naira}, far more than a {posting.title.lower()} earns")]
    if low_skill and pay > LOW_SKILL_LIMIT_USD:
        return [Reason("pay", 30, f"pays {naira}, more than a {posting.title.lower()} usually earns")]
    if _no_experience(posting) and pay > NO_EXPERIENCE_LIMIT_USD and not SENIOR.search(posting.title):
        return [Reason("pay", 35, f"pays {naira} while asking no experience")]
    return []


def _nigerian(posting: Posting) -> bool:
    return posting.country in {"NG", ""} or posting.salary_currency == "NGN"


def _no_experience(posting: Posting) -> bool:
    return posting.years_experience_min == 0 or bool(re.search(
        r"\bno (?:experience|qualification|certificate|degree)|experience (?:is )?not (?:needed|required)|"
        r"no need (?:for )?(?:experience|certificate)", posting.text, re.I))


# --- Contact and employer ---------------------------------------------------------------------------------------------

_PHONE = re.compile(r"(?:\+?234|\b0)[789][01]\d[\s-]?\d{3}[\s-]?\d{4}\b")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_WEBSITE = re.compile(r"\b(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", re.I)
_BOARD_HOSTS = ("indeed.", "linkedin.", "glassdoor.", "jobboard.", "jobberman.", "myjobmag.", "wa.me", "whatsapp.",
                "bit.ly", "t.me", "forms.gle", "google.com", "facebook.", "instagram.", "telegram.")
_NO_COMPANY = re.compile(
    r"^(?:|confidential|private|anonymous|n/?a|none|not specified|hiring|urgent|a reputable \w+|reputable \w+|"
    r"a leading \w+|our client|a client|a company|an organi[sz]ation|a (?:wealthy|rich) \w+)$", re.I)


def contact_reasons(posting: Posting) -> list[Reason]:
    emails = {e.lower() for e in _EMAIL.findall(posting.description)} | (
        {posting.contact_email.split("@")[-1].lower()} if posting.contact_email else set())
    phones = bool(posting.contact_whatsapp or _PHONE.search(posting.description))
    free = bool(emails) and emails <= FREE_MAIL
    reasons = []
    if (free or (phones and not emails)) and not _company_site(posting):
        how = "a free email address" if free else "a private phone or WhatsApp number"
        reasons.append(Reason("contact", 15, f"the only contact is {how}, with no company website"))
    if free and _brand(posting):
        reasons.append(Reason("impersonation", 40,
                              f"uses the name of {_brand(posting)} but a free email address"))
    return reasons


def _company_site(posting: Posting) -> bool:
    board = _host(posting.job_url)
    sites = [_host(posting.apply_url)] + [h.lower() for h in _WEBSITE.findall(posting.description)]
    return any(h and h != board and not any(b in h for b in _BOARD_HOSTS) and h not in FREE_MAIL for h in sites)


def _host(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", (url or "").lower()).split("/", 1)[0]


def _brand(posting: Posting) -> str:
    name = f"{posting.company} {posting.title}"
    return next((b.strip().upper() if len(b.strip()) <= 4 else b.strip().title() for b in BRANDS
                 if re.search(rf"\b{re.escape(b.strip())}\b", name, re.I)), "")


def company_reasons(posting: Posting) -> list[Reason]:
    name = re.sub(r"\s+", " ", posting.company).strip(" .")
    if _NO_COMPANY.match(name):
        return [Reason("company", 10, "the employer can't be told from the posting"
                       + (f" (\"{name}\")" if name else ""))]
    return []


# --- Pressure, secrecy and known phrasings ------------------------------------------------------------------------

_SECRECY = re.compile(
    r"\b(?:don'?t tell (?:any(?:one|body)|people)|do not tell (?:any(?:one|body))|keep (?:this|it) (?:confidential|"
    r"secret|to yourself)|no tell (?:any(?:body|one)|person)|interview (?:holds? |will hold |is |takes place )?"
    r"(?:at|in) (?:a |the )?(?:\w+ ){0,3}hotel|hotel lobby|room \d+,? [\w ]*hotel|come with (?:cash|money|the money)|"
    r"girls? only,? must be bold|must be single)", re.I)
_URGENCY = re.compile(r"\b(?:limited slots?|slots? (?:are |is )?(?:limited|no plenty)|only \d+ slots?|"
                      r"first come,? first serve[d]?|sharp sharp|now now|before (?:it'?s|e) too late|"
                      r"(?:opportunity|chance) (?:like this )?(?:twice|once)|urgent(?:ly)?)\b", re.I)
_PHRASES = re.compile(
    r"\b(?:pay small (?:money|fee|amount)|you go collect|oya come|money go dey enter|e dey refund|"
    r"dem no go tell you|(?:na )?only serious person|no certificate,? no wahala|we send you a cheque|"
    r"appointment letter by whatsapp|earn [^.\n]{0,15}(?:daily|every day) from home|work from home and earn|"
    r"typ(?:e|ing) (?:simple )?documents? from home)\b", re.I)


def pressure_reasons(posting: Posting) -> list[Reason]:
    reasons = []
    secrecy = _SECRECY.search(posting.text)
    if secrecy:
        reasons.append(Reason("secrecy", 35, f"secrecy or an odd meeting place (\"{secrecy.group(0)}\")"))
    urgency = {m.group(0).lower() for m in _URGENCY.finditer(posting.text)}
    if urgency:
        strong = urgency - {"urgent", "urgently"}
        reasons.append(Reason("urgency", 15 if strong else 5, f"pressure to act fast (\"{sorted(urgency)[0]}\")"))
    phrase = _PHRASES.search(posting.text)
    if phrase:
        reasons.append(Reason("phrase", 35, f"a phrasing scams use (\"{phrase.group(0)}\")"))
    return reasons


# --- Operators' blocklist -----------------------------------------------------------------------------------------


def company_key(name: str) -> str:
    """ "Global Link Services Ltd." and "global link services" are one company to block."""
    plain = re.sub(r"[^a-z0-9 ]+", " ", (name or "").lower())
    plain = re.sub(r"\b(?:ltd|limited|plc|nig|nigeria|inc|llc|co|company|enterprises?|ventures?)\b", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()


def phone_key(number: str) -> str:
    """The last ten digits, so +234 803…, 234803… and 0803… are one number."""
    digits = re.sub(r"\D", "", number or "")
    return digits[-10:] if len(digits) >= 10 else digits


def normalise_block_value(kind: str, value: str) -> str:
    """How a blocklist entry is stored and compared: by kind ("company", "phone", "email_domain", "email")."""
    value = (value or "").strip()
    if kind == "company":
        return company_key(value)
    if kind == "phone":
        return phone_key(value)
    if kind == "email_domain":
        return value.lower().lstrip("@").split("@")[-1]
    return value.lower()


def posting_phones(posting: Posting) -> set[str]:
    found = {phone_key(m.group(0)) for m in _PHONE.finditer(posting.description)}
    return found | ({phone_key(posting.contact_whatsapp)} if posting.contact_whatsapp else set())


def posting_emails(posting: Posting) -> set[str]:
    found = {m.group(0).lower() for m in _EMAIL.finditer(posting.description)}
    return found | ({posting.contact_email.lower()} if posting.contact_email else set())


def blocklist_reasons(posting: Posting, blocklist: BlockedValues) -> list[Reason]:
    hits = []
    company = company_key(posting.company)
    if company and company in blocklist.companies:
        hits.append(f"the company \"{posting.company}\"")
    hits += [f"the number {p}" for p in sorted(posting_phones(posting) & blocklist.phones)]
    for email in sorted(posting_emails(posting)):
        if email in blocklist.emails or email.split("@")[-1] in blocklist.email_domains:
            hits.append(f"the email {email}")
    return [Reason("blocklist", 100, f"an operator blocked {hit}") for hit in hits[:1]]


# --- The verdict ---------------------------------------------------------------------------------------------------

RULES = (fee_reasons, pitch_reasons, pay_reasons, contact_reasons, company_reasons, pressure_reasons)


def screen(posting: Posting, *, blocklist: BlockedValues | None = None) -> Screened:
    reasons = [reason for rule in RULES for reason in rule(posting)]
    if blocklist is not None:
        reasons += blocklist_reasons(posting, blocklist)
    reasons.sort(key=lambda r: -r.weight)
    score = min(100, sum(r.weight for r in reasons))
    return Screened(verdict_for(score), score, reasons)


def verdict_for(score: int) -> Verdict:
    if score >= BLOCK_AT:
        return Verdict.BLOCKED
    return Verdict.REVIEW if score >= REVIEW_AT else Verdict.OK
