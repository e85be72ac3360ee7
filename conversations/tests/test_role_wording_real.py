"""The real-postings seekers signed up through onboarding, as production stores them (the titles the extractor
reads plus their own words), score as their own words do: a seeker's words lost up to 0.23 precision when only the
titles were kept (matching/evaluation/README.md, "Roles as production stores them")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

import matching.evaluation.real as real
from conversations.dialogue.state import Prefs
from conversations.extraction.rules import extract_rules
from matching.evaluation import Outcome, Report
from matching.scoring import Seeker, job_from_row, score, seeker_from_preferences

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"
# A part's largest gap (2026-12-05): holdout_27's precision, 0.051 lower through onboarding (a message naming no line
# the rules know is read through the extractor's titles). Pooled over the read parts the two are 0.001 apart; the
# chat had kept only the clauses asking for work, so a seeker's "no sales" never reached matching (7 refused alerts).
# Counted one pair per canonical job, as every other real-postings figure is (2026-12-06; until then per exported
# row): holdout_47's recall is 0.070 lower through onboarding and the 93 read parts' pooled recall 0.006 lower (0.785
# against 0.791, precision 0.814 against 0.812). The gap is places: "ikorodu side (ikorodu garage, ebute, agric)" is
# read as Ikorodu, where the seeker's writer also listed Lagos, whose posts the readers wanted.
MARGIN = 0.075
POOLED_MARGIN = 0.01

pytestmark = [pytest.mark.once, pytest.mark.skipif(
    not any(REALDATA.glob("*.csv")),
    reason=f"the real exports are not in the repository; they are read from {REALDATA}, absent here",
)]


def _signed_up(seeker: dict) -> Seeker:
    """The seeker as onboarding would save them: each role message read by the extractor and merged."""
    prefs = Prefs()
    places: list[str] = []
    for index, text in enumerate(seeker["roles"]):
        found = extract_rules(text)
        places += [place for place in found.locations if place not in places]
        if found.roles:
            prefs = prefs.merged(found if index == 0 else replace(found, additive=True))
    row = SimpleNamespace(
        job_roles=prefs.roles or seeker["roles"], user_words=prefs.words, technical_skills=seeker["skills"],
        # the places onboarding read from their words ("relocate anywhere in Nigeria" is the country too), else the
        # ones their writer listed: holdout_91's lab scientist and BD lead had been kept to the city they live in
        preferred_locations=places or seeker["locations"], work_arrangements=seeker["arrangements"],
        years_of_experience=seeker["years"], salary_min=seeker["salary_min"], salary_period="monthly",
        salary_currency="NGN",
        # their answers to the schooling and must-haves questions, where their writer gave them (holdout_25 on)
        credentials=(seeker.get("answers") or {}).get("credentials") or {},
        schooling=(seeker.get("answers") or {}).get("schooling") or "",
        also_take=(seeker.get("answers") or {}).get("also_take") or {})  # their answer about neighbouring lines
    return seeker_from_preferences(row)


def test_seekers_signed_up_through_onboarding_score_as_their_own_words_do(real_reports):
    """The words' side is `real_reports` (the seekers as their writers wrote them, one pair per canonical job), which
    the real-postings tests compute too; the chat's side is scored here on the same pairs."""
    jobs = [(p, job_from_row(real.row_of(p))) for p in real.one_per_job(real.load_postings(REALDATA))]
    labels = real.load_labels()
    words = {split: report for split, report in real_reports.items() if split not in real.STILL_BLIND}
    chat: dict[str, Report] = {}
    for seeker in real.load_seekers():
        split = real.split_of(seeker["id"])
        if split in real.STILL_BLIND:
            continue
        profile, report = _signed_up(seeker), chat.setdefault(split, Report(threshold=39))
        for posting, job in jobs:
            label = labels[(seeker["id"], posting.file, posting.key)]
            if label != "?":
                report.outcomes.append(Outcome(seeker, posting.as_dict(), label == "1", score(profile, job)))
    for split, report in words.items():
        assert chat[split].precision >= report.precision - MARGIN, (split, chat[split].counts(), report.counts())
        assert chat[split].recall >= report.recall - MARGIN, (split, chat[split].counts(), report.counts())
    pooled = [Report(threshold=39, outcomes=[o for r in reports.values() for o in r.outcomes]) for reports in (words, chat)]
    assert pooled[1].precision >= pooled[0].precision - POOLED_MARGIN, (pooled[1].counts(), pooled[0].counts())
    assert pooled[1].recall >= pooled[0].recall - POOLED_MARGIN, (pooled[1].counts(), pooled[0].counts())
