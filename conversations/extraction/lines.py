"""Which lines of work a sign-up is read as asking for, from the message to the groups matching scores (issue 16).

The messages (`data/signups_*.jsonl`) were written by helpers who read no code, only the list of lines, as a Nigerian
job seeker's first reply to "What kind of work are you looking for?", each with the lines that person wants ("want")
and those a careful reader could also send without a mistake ("fine"). `signups_tune` is read for fixes;
`signups_heldout` is measured, not read; `signups_blind` (a third helper, written after the fixes) was measured once,
on the fixes' final code, then read for fixes itself (sixteenth session); `signups_next` (a fourth) was measured once,
on the next change, `signups_fifth` (a fifth) once, on the sixteenth session's changes, `signups_sixth` (a sixth)
once, on the seventeenth session's first ones, `signups_seventh` and `signups_eighth` (a seventh and an eighth) once,
on that session's changes as a whole, `signups_ninth` (a ninth) once, on the eighteenth session's first ones,
`signups_tenth` (a tenth) once, on that session's reading as a whole, `signups_eleventh` (an eleventh) once, on the
nineteenth session's first ones, `signups_twelfth` (a twelfth) once, on that session's reading as a whole,
`signups_thirteenth` (a thirteenth) once, on the twentieth session's first ones, `signups_fourteenth` (a fourteenth)
once, on that session's reading at 4b0b397, `signups_fifteenth` (a fifteenth) once, on the fixes that followed, and
`signups_sixteenth` (a sixteenth) once, on the fixes after those, `signups_seventeenth` (a seventeenth) once, on the
twenty-first session's first ones, `signups_eighteenth` (an eighteenth) once, on the fixes after those,
`signups_nineteenth` (a nineteenth) once, on the fixes after those, `signups_twentieth` (a twentieth) and
`signups_twenty_first` (a twenty-first) once each, on the fixes after those, `signups_twenty_second` (a
twenty-second) once, on the twenty-second session's fixes from `signups_twenty_first`'s misses, `signups_twenty_third`
(a twenty-third) once, on the next change (a shop's "sales girl" read as shop sales too), `signups_twenty_fourth` (a
twenty-fourth) once, on the fixes from `signups_twenty_third`'s misses, `signups_twenty_fifth` (a twenty-fifth) once,
on those from `signups_twenty_fourth`'s, `signups_twenty_sixth` (a twenty-sixth) once, on an ability clause's
qualifier, `signups_twenty_seventh` (a twenty-seventh) once, on that change and the fixes from
`signups_twenty_sixth`'s misses, `signups_twenty_eighth` (a twenty-eighth) once, on a past line read out of
matching's own reading, `signups_twenty_ninth` (a twenty-ninth) once, on the fixes from `signups_twenty_seventh`'s
misses, `signups_thirtieth` (a thirtieth) once, on a credit controller read as a collector, `signups_thirty_first`
(a thirty-first) once, on the fixes from `signups_thirtieth`'s misses, `signups_thirty_second` (a thirty-second)
once, on the fixes from `signups_thirty_first`'s misses, `signups_thirty_third` (a thirty-third) once, on a refusal
read through its list and a town named after "around", `signups_thirty_fourth` (a thirty-fourth) once, on the fixes
from `signups_thirty_second`'s misses, `signups_thirty_fifth` (a thirty-fifth) once, on a refusal read out of
matching's own reading, `signups_thirty_sixth` (a thirty-sixth) once, on the fixes from `signups_thirty_fourth`'s
misses, `signups_thirty_seventh` (a thirty-seventh) once, on a line they are switching from and a side of Lagos
named only as avoided, `signups_thirty_eighth` (a thirty-eighth) once, on the fixes from holdout_61's mistakes,
`signups_thirty_ninth` (a thirty-ninth) once, on the fixes from holdout_62's and 63's mistakes: all
but `signups_eleventh`, `signups_thirteenth` to `signups_twenty_first`, `signups_twenty_third` to
`signups_thirty_second` and `signups_thirty_fourth`, which were then read for fixes, are measured only.
A message is read as production reads it without an OpenAI key: the offline extractor, then the saved preferences as
matching compiles them (`seeker_from_preferences`: their own words where they name a line, else the titles found).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from accounts.selectors import ROLE_SEPARATOR, ROLE_TEXT, ROLE_TEXT_FOR
from conversations.extraction.rules import extract_rules
from matching.scoring import seeker_from_preferences

DATA = Path(__file__).parent / "data"
SIGNUP_SETS = {"signups_tune": DATA / "signups_tune.jsonl", "signups_heldout": DATA / "signups_heldout.jsonl",
               "signups_blind": DATA / "signups_blind.jsonl", "signups_next": DATA / "signups_next.jsonl",
               "signups_fifth": DATA / "signups_fifth.jsonl", "signups_sixth": DATA / "signups_sixth.jsonl",
               "signups_seventh": DATA / "signups_seventh.jsonl", "signups_eighth": DATA / "signups_eighth.jsonl",
               "signups_ninth": DATA / "signups_ninth.jsonl", "signups_tenth": DATA / "signups_tenth.jsonl",
               "signups_eleventh": DATA / "signups_eleventh.jsonl", "signups_twelfth": DATA / "signups_twelfth.jsonl",
               "signups_thirteenth": DATA / "signups_thirteenth.jsonl",
               "signups_fourteenth": DATA / "signups_fourteenth.jsonl",
               "signups_fifteenth": DATA / "signups_fifteenth.jsonl",
               "signups_sixteenth": DATA / "signups_sixteenth.jsonl",
               "signups_seventeenth": DATA / "signups_seventeenth.jsonl",
               "signups_eighteenth": DATA / "signups_eighteenth.jsonl",
               "signups_nineteenth": DATA / "signups_nineteenth.jsonl",
               "signups_twentieth": DATA / "signups_twentieth.jsonl",
               "signups_twenty_first": DATA / "signups_twenty_first.jsonl",
               "signups_twenty_second": DATA / "signups_twenty_second.jsonl",
               "signups_twenty_third": DATA / "signups_twenty_third.jsonl",
               "signups_twenty_fourth": DATA / "signups_twenty_fourth.jsonl",
               "signups_twenty_fifth": DATA / "signups_twenty_fifth.jsonl",
               "signups_twenty_sixth": DATA / "signups_twenty_sixth.jsonl",
               "signups_twenty_seventh": DATA / "signups_twenty_seventh.jsonl",
               "signups_twenty_eighth": DATA / "signups_twenty_eighth.jsonl",
               "signups_twenty_ninth": DATA / "signups_twenty_ninth.jsonl",
               "signups_thirtieth": DATA / "signups_thirtieth.jsonl",
               "signups_thirty_first": DATA / "signups_thirty_first.jsonl",
               "signups_thirty_second": DATA / "signups_thirty_second.jsonl",
               "signups_thirty_third": DATA / "signups_thirty_third.jsonl",
               "signups_thirty_fourth": DATA / "signups_thirty_fourth.jsonl",
               "signups_thirty_fifth": DATA / "signups_thirty_fifth.jsonl",
               "signups_thirty_sixth": DATA / "signups_thirty_sixth.jsonl",
               "signups_thirty_seventh": DATA / "signups_thirty_seventh.jsonl",
               "signups_thirty_eighth": DATA / "signups_thirty_eighth.jsonl",
               "signups_thirty_ninth": DATA / "signups_thirty_ninth.jsonl",
               "signups_fortieth": DATA / "signups_fortieth.jsonl",
               "signups_forty_first": DATA / "signups_forty_first.jsonl",
               "signups_forty_second": DATA / "signups_forty_second.jsonl",
               "signups_forty_third": DATA / "signups_forty_third.jsonl",
               "signups_forty_fourth": DATA / "signups_forty_fourth.jsonl",
               "signups_forty_fifth": DATA / "signups_forty_fifth.jsonl",
               "signups_forty_sixth": DATA / "signups_forty_sixth.jsonl",
               "signups_forty_seventh": DATA / "signups_forty_seventh.jsonl",
               "signups_forty_eighth": DATA / "signups_forty_eighth.jsonl"}
# the sets whose misses are listed (`--lines --errors`) and read for fixes; signups_eleventh and signups_thirteenth to
# signups_twenty_first and signups_twenty_third to signups_thirty_first since their one measure (nineteenth to
# twenty-third sessions)
READ_FOR_FIXES = frozenset({"signups_tune", "signups_blind", "signups_eleventh", "signups_thirteenth",
                            "signups_fourteenth", "signups_fifteenth", "signups_sixteenth", "signups_seventeenth",
                            "signups_eighteenth", "signups_nineteenth", "signups_twentieth", "signups_twenty_first",
                            "signups_twenty_third", "signups_twenty_fourth", "signups_twenty_fifth",
                            "signups_twenty_sixth", "signups_twenty_seventh", "signups_twenty_eighth",
                            "signups_twenty_ninth", "signups_thirtieth", "signups_thirty_first",
                            "signups_thirty_second", "signups_thirty_fourth", "signups_forty_first",
                            "signups_forty_second", "signups_forty_third", "signups_forty_fourth",
                            "signups_forty_fifth"})
# A thirty-seventh helper's 80, written at the twenty-fourth session's stop, its misses never read: the next reading
# change is measured on it once, after that change (then it joins SIGNUP_SETS). signups_next (the fourth) was so measured on the
# "also" clauses, signups_fifth on the sixteenth session's reading changes as a whole, signups_sixth on the
# seventeenth session's first ones, signups_seventh and signups_eighth on the seventeenth session's as a whole,
# signups_ninth on the eighteenth session's first ones, signups_tenth on its whole, signups_eleventh on the
# nineteenth session's first ones, signups_twelfth on its whole, signups_thirteenth on the twentieth session's
# first ones, signups_fourteenth on its reading at 4b0b397, signups_fifteenth and signups_sixteenth each on the fixes
# after the one before was read (2026-12-04), signups_seventeenth on the twenty-first session's first fixes (from
# signups_sixteenth's misses; it moved nothing there: 0.588 before and after), signups_eighteenth on the fixes from
# signups_seventeenth's (0.375 before and after), signups_nineteenth on those from signups_eighteenth's and an
# ordinary sign-up's words (0.662 before and after), signups_twentieth on those that followed (listed lines in a
# sentence, "QC", a bank among places: 0.500 before and after), signups_twenty_first on those from signups_twentieth's
# (0.750 before and after), signups_twenty_second on those from signups_twenty_first's (0.588 before, 0.625 after),
# signups_twenty_third on a shop's "sales girl" read as shop sales too (0.713 before and after), signups_twenty_fourth
# on the fixes from signups_twenty_third's misses (0.863 before, 0.875 after), signups_twenty_fifth on those from
# signups_twenty_fourth's (0.838 before and after), signups_twenty_sixth on an ability clause's qualifier ("I also do
# home lessons in the evenings": 0.825 before and after), signups_twenty_seventh on that change and the fixes from
# signups_twenty_sixth's misses together (0.838 on d5ceb0e, 0.850 after). signups_twenty_eighth was scored once at the
# twenty-second session's stop, on its final code, its misses unread (0.787 / 0.872 / 0.902), and measured on the
# twenty-third session's first change (a past line read out of matching's own reading, "store keeping"): 0.787 /
# 0.872 / 0.902 after it too. signups_twenty_ninth (written at that session's start) was scored before the fixes
# from signups_twenty_seventh's misses and measured once after them (0.825 / 0.933 / 0.890 both); signups_thirtieth
# (written then) once on a credit controller read as a collector (0.725 / 0.844 / 0.853 on d1da164 and after).
# signups_thirty_first (written then) once on the fixes from signups_thirtieth's misses (0.750 / 0.860 / 0.859 before
# and after). signups_thirty_second (written then) once on the fixes from signups_thirty_first's misses (0.787 / 0.944
# / 0.843 before and after). signups_thirty_third was scored once on the twenty-third session's final code, its misses
# unread: that is its "before"; measured once on the twenty-fourth session's first changes (a refusal read through the
# list it opens, "not sales or marketing please"; a town named after "around"): 0.775 / 0.923 / 0.881 after them too.
# signups_thirty_fourth (written then, asked to hold more hard messages than those before) was scored once on them,
# its misses unread (0.500 / 0.588 / 0.716), and measured once on the fixes from signups_thirty_second's misses (hours
# are no HR's line, a workplace list after "for", "any factory", "captioning"): the same after. signups_thirty_fifth
# (written then, an ordinary fortnight) once on a refusal read out of matching's own reading with the list it opens
# ("Please no sales or marketing roles", "no be bank marketing"): 0.838 / 0.894 / 0.917 on 7edf26c and after.
# signups_thirty_sixth (written then) was scored once on that code, its misses unread (0.887 / 0.950 / 0.921), and
# measured once on the fixes from signups_thirty_fourth's misses ("device drivers", "Data Guard", "glazing",
# "FMCPsych", "patrol"): the same after. signups_thirty_seventh (written then) was scored once on the twenty-fourth
# session's final code, its misses unread: 0.875 / 0.963 / 0.920, its "before"; measured once on the twenty-fifth
# session's first reading changes (a line they are switching from, a side of Lagos named only as avoided, an opening
# article): the same after. signups_thirty_eighth (a thirty-eighth helper's 80, an ordinary fortnight, written then)
# was scored once on f022b2a, its misses unread (0.838 / 0.905 / 0.913), and on the next changes (a hedged ability,
# "anywhere for Lagos", a law firm as a workplace, a receptionist's duties, "open account", "I no fit dey go Lagos
# island"): the same; then measured once on the fixes from holdout_61's mistakes (a city they will not move to, a
# "former" line, "don't want"/"don't send me any" refusals, a refused line in quotes): the same after.
# signups_thirty_ninth (written then, an ordinary fortnight) was scored once on that code, its misses unread: its
# "before" (0.812 / 0.904 / 0.859); measured once on the twenty-sixth session's fixes from holdout_62's and 63's
# mistakes ("after N years as …", "not going back to …", "HR admin", "knows Lagos roads", "anywhere in Nigeria"): the
# same after. signups_fortieth (a fortieth helper's 80, an ordinary fortnight, written then) was scored once on that
# code, its misses unread: 0.838 / 0.907 / 0.928, its "before"; measured once on the twenty-seventh session's fixes from
# holdout_65's mistakes ("not interested in" a line, "I build mobile apps", "lagos and abuja road experience"): the same
# after. signups_forty_first (a forty-first helper's 80, an ordinary fortnight, written then) was scored once on that
# code, its misses unread: 0.775 / 0.895 / 0.880, its "before"; measured once on the twenty-eighth session's first
# change (onboarding keeps the lines a seeker refused beside their words): the same after. Its misses were then read
# ("instrument tech", "pharma sales", "event ushering", "agent banking", "POs" as purchase orders, "transaction" as no
# slip of "translation", "trying to leave IT support"): 0.863 / 0.930 / 0.933. signups_forty_second (a forty-second
# helper's 80, an ordinary fortnight, written then) was scored once on that code and on 1adce33, its misses unread:
# 0.800 / 0.856 / 0.939 on both, its "before"; the same after "years told before a move into another line are work
# left". Its misses were then listed by mistake: it is read ("Flutter & Kotlin, … Mobile only pls" is a mobile
# developer's line, 0.812 / 0.865 / 0.939; work named by what is done, "I snap pictures too", "repairs generator and
# installs AC", 0.838 / 0.894 / 0.941). signups_forty_third (a forty-third helper's 80, an ordinary fortnight,
# written after) was scored once on cf30d26, its misses unread: 0.762 / 0.885 / 0.897, its "before"; measured once on
# the next reading change (work named by what is done, "go into" another line): the same after. signups_forty_fourth
# (a forty-fourth helper's 80, an ordinary fortnight, written then) was scored once on dfd312e, its misses unread:
# 0.812 / 0.880 / 0.929, its "before"; measured once on the twenty-ninth session's first change (the job they lost,
# "let go in the layoff", is work left): the same after. Its misses and signups_forty_third's were then read ("I fix
# AC, fridge and freezer", "wiring houses", "BTS installs", "event planning", "dry cleaning", "Want to leave teaching.
# 6 yrs as … teacher", "My last job was cashier", "Was receptionist … now trained dental nurse"): forty_third 0.762 →
# 0.838 / 0.938 / 0.920, forty_fourth 0.812 → 0.900 / 0.930 / 0.960. signups_forty_fifth (a forty-fifth helper's 80, an
# ordinary fortnight, written then, its misses unread) was scored on 1863eca and on those fixes: 0.762 / 0.886 / 0.881
# before, 0.775 / 0.895 / 0.882 on their first form, 0.787 / 0.895 / 0.898 as committed. signups_forty_sixth (a
# forty-sixth helper's 80, written then) was scored once on those fixes, its misses unread: 0.850 / 0.914 / 0.947, its
# "before"; measured once on the next reading change (a line a clause refuses is none it asks, holdout_76): the same
# after. signups_forty_seventh (a forty-seventh helper's 80, written then) was scored once on that change, its misses
# unread: 0.812 / 0.890 / 0.874, its "before"; measured once on the fixes from signups_forty_fifth's misses ("Target don
# finish me for bank marketing", "the port wahala don do me", "company secretarial", "health records", Hausa "mai
# gyaran waya"; forty_fifth 0.787 → 0.838 / 0.914 / 0.917): the same after. signups_forty_eighth (a forty-eighth
# helper's 80, written then) was scored once on those fixes, its misses unread: 0.838 / 0.905 / 0.905, its "before";
# measured once on the next reading change (a specialty asked as work, "frontend roles", is its developer's line): the
# same after. signups_forty_ninth (a forty-ninth helper's 80, written then; asked to include software people's
# "frontend roles" and "backend only", so it measures that change with a thumb on the scale and was not used to) was
# scored once on that change, its misses unread: 0.825 / 0.918 / 0.902, its "before".
UNMEASURED = DATA / "signups_forty_ninth.jsonl"


def lines_read(message: str) -> tuple[str, ...]:
    """The lines of work (title groups) matching reads from a sign-up message."""
    found = extract_rules(message)
    words = dict(found.words)
    if found.roles and words.get(ROLE_TEXT):  # as the chat saves a sign-up's words beside its roles (dialogue.state)
        words[ROLE_TEXT_FOR] = ROLE_SEPARATOR.join(found.roles)
    prefs = SimpleNamespace(
        job_roles=found.roles, user_words=words, credentials=found.credentials, schooling=found.schooling,
        also_take={}, technical_skills=found.skills, preferred_locations=found.locations,
        work_arrangements=found.arrangements, years_of_experience=found.years, salary_min=found.salary_min,
        salary_period=found.salary_period, salary_currency=found.salary_currency,
    )
    return seeker_from_preferences(prefs).groups


@dataclass
class LinesReport:
    messages: int = 0
    right: int = 0  # every wanted line read and none outside want + fine
    wanted: int = 0
    wanted_read: int = 0
    read: int = 0
    read_wrong: int = 0  # read, and neither wanted nor fine
    errors: list[tuple[dict, tuple[str, ...]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.wanted_read / self.wanted if self.wanted else 1.0

    @property
    def precision(self) -> float:
        return (self.read - self.read_wrong) / self.read if self.read else 1.0

    @property
    def share_right(self) -> float:
        return self.right / self.messages if self.messages else 0.0


def load_signups(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate_lines(rows: list[dict]) -> LinesReport:
    report = LinesReport()
    for row in rows:
        got, want = set(lines_read(row["message"])), set(row["want"])
        wrong = got - want - set(row["fine"])
        report.messages += 1
        report.wanted += len(want)
        report.wanted_read += len(want & got)
        report.read += len(got)
        report.read_wrong += len(wrong)
        if want <= got and not wrong:
            report.right += 1
        else:
            report.errors.append((row, tuple(sorted(got))))
    return report
