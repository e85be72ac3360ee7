"""Which skill mentions of a posting are skills of the job, not everyday words used in another sense.

"Driving revenue growth" is no Driving, "catering for 50 residents" no Catering, "excellent communication"
no skill at all. A word that is both a trade and an everyday verb counts only when the job is that trade
(its function agrees), when the posting asks for it ("experience in sales", "proficient in Excel", a line of
the requirements), or when the title names it.
"""

from __future__ import annotations

import re

from jobs.enhancement.posting import Posting
from jobs.vocabulary import SKILLS, find_skill_mentions, find_skills

# Traits every posting lists; sellers of no job. Kept only when the title names them.
SOFT_SKILLS = {"Communication", "Problem Solving", "Leadership", "Organisational Skills"}
# Skill → the functions whose jobs use it as their trade. Elsewhere the word needs a requirement context.
AMBIGUOUS: dict[str, set[str]] = {
    "Driving": {"Logistics & Driving"},
    "Catering": {"Hospitality & Food"}, "Cooking": {"Hospitality & Food", "Cleaning & Domestic"},
    "Baking": {"Hospitality & Food"}, "Hospitality": {"Hospitality & Food"},
    "Sales": {"Sales & Business Development", "Retail"},
    "Marketing": {"Marketing & Communications", "Sales & Business Development"},
    "Campaign Management": {"Marketing & Communications"}, "LinkedIn": {"Marketing & Communications"},
    "Partnerships": {"Sales & Business Development", "Marketing & Communications"},
    "Customer Service": {"Customer Service", "Retail", "Hospitality & Food", "Administration"},
    "Security": {"Security"}, "Cleaning": {"Cleaning & Domestic", "Hospitality & Food"},
    "Laundry": {"Cleaning & Domestic"}, "Ironing": {"Cleaning & Domestic"},
    "Nursing": {"Healthcare"}, "Teaching": {"Education & Training"}, "Painting": {"Trades & Technical"},
    "Graphic Design": {"Product & Design", "Marketing & Communications"},
    "Research": {"Data & Analytics", "Healthcare"}, "Translation": {"Media & Writing"},
    "Compliance": {"Legal", "Banking Operations", "Finance & Accounting"},
    "Networking": {"IT & Support", "Engineering (Non-software)"},
    "Recruitment": {"Human Resources"}, "HR Management": {"Human Resources"},
    "Procurement": {"Supply Chain & Procurement"}, "Vendor Management": {"Supply Chain & Procurement"},
    "Logistics": {"Logistics & Driving", "Supply Chain & Procurement"},
    "Budgeting": {"Finance & Accounting"}, "Accounting": {"Finance & Accounting"},
    "Auditing": {"Finance & Accounting"}, "Taxation": {"Finance & Accounting"},
    "Quality Control": {"Trades & Technical", "Engineering (Non-software)", "Healthcare"},
    "Troubleshooting": {"IT & Support", "Trades & Technical", "Engineering (Non-software)"},
    "Project Management": {"Project & Programme Management"}, "Agile": {"Project & Programme Management"},
    "Scheduling": {"Administration"}, "Public Speaking": {"Education & Training"},
    "Data Collection": {"Data & Analytics", "Project & Programme Management"},
    "Protection": {"Project & Programme Management"}, "Training Delivery": {"Education & Training"},
    "REST APIs": {"Software & Engineering"}, "Facility Management": {"Operations"},
}
_ORDER = {name: position for position, name in enumerate(SKILLS)}  # vocabulary order, as find_skills returns
_ASKED_BEFORE = re.compile(
    r"(?:experience|experienced|background|expertise|skilled|knowledge|proficien\w*|understanding|familiar\w*|"
    r"competen\w*|trained|training|certified|certification|qualified|ability to|able to|years of|years in|"
    r"hands on|strong|solid|proven|excellent|good)(?: \w+){0,3} (?:in|of|with|at|on)?\s*(?:\w+ ){0,2}$"
)
_ASKED_AFTER = re.compile(r"^ ?(?:skills?|experience|background|knowledge|expertise|licen[cs]e|certificat\w*|"
                          r"abilit\w+|proficiency)\b")
_REQUIREMENT_SECTIONS = re.compile(r"requirement|qualification|skill|who you are|what you.?ll bring|"
                                   r"what we.?re looking|must have|competenc|profile|experience|you have", re.I)
# "driving revenue", "catering for residents", "lessons learned": the verb or noun in its other sense.
_OTHER_SENSE = re.compile(
    r"^driving (?:(?:the|our|a|key|new|strategic|continuous|sustainable|business|operational|cross \w+|"
    r"measurable|long term|digital) )*(?:revenue|growth|sales|change|innovation|results|adoption|performance|"
    r"engagement|business|value|efficiency|improvement|impact|strateg\w+|initiatives?|decisions?|"
    r"transformation|excellence|forward|outcomes?|demand|awareness|brand|conversion|success|profitability|"
    r"collaboration|quality|alignment|execution|customer|product|traffic|team|teams|continuous|force|it|them)\b"
    r"|^catering (?:to|for)\b|^lessons learn|^cleaning (?:up|data)\b|^translate (?:business|requirements|"
    r"complex|data|insights|customer|user|the|into|them)\b|^networking (?:events?|opportunit\w+)\b"
)


def _asked_for(text: str, start: int, end: int) -> bool:
    return bool(_ASKED_BEFORE.search(text[max(0, start - 60):start]) or _ASKED_AFTER.match(text[end:end + 30]))


def _in_its_sense(skill: str, text: str, start: int, *, function: str, section: str, asked_line: bool) -> bool:
    """True when an ambiguous skill word is used as the skill here."""
    if _OTHER_SENSE.match(text[start:start + 60]) or (skill == "Cleaning" and text[:start].endswith("data ")):
        return False
    if function in AMBIGUOUS[skill] or asked_line or _REQUIREMENT_SECTIONS.search(section):
        return True
    end = text.find(" ", start + 1)
    return _asked_for(text, start, end if end > 0 else len(text))


def posting_skills(posting: Posting, *, title: str, function: str, strip: str = "") -> list[str]:
    """Skills of the job from its title and content lines, ambiguous words only in their skill sense.

    `strip` (the employer's name) is removed first: "Sparkle Logistics" names no Logistics skill.
    """
    in_title = set(find_skills(title))
    found: list[str] = []
    pieces = [(line.text, line.section, False) for line in posting.lines]
    pieces += [(value, label, True) for label, value in posting.fields.items() if "skill" in label]
    for text, section, asked_line in pieces:
        if strip and len(strip) > 3:
            text = re.sub(re.escape(strip), " ", text, flags=re.I)
        for skill, start, _end, normalized in find_skill_mentions(text):
            if skill in found or skill in in_title:
                continue
            if skill in SOFT_SKILLS:
                continue
            if skill in AMBIGUOUS and not _in_its_sense(skill, normalized, start, function=function,
                                                        section=section, asked_line=asked_line):
                continue
            found.append(skill)
    return sorted(found, key=_ORDER.__getitem__)
