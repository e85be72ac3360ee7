"""Matching on real job-board rows (`../shared/realdata`, not in the repository) against the labels in
`matching/evaluation/real/`, written before any pair was scored."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jobs.importers import read_jobspy_csv
from jobs.models import CanonicalJob, RawJob
from jobs.services import records_ingest
from matching.evaluation.real import STILL_BLIND, evaluate, load_postings, one_per_job

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"

pytestmark = [pytest.mark.once, pytest.mark.skipif(
    not any(REALDATA.glob("*.csv")),
    reason=f"the real exports are not in the repository; they are read from {REALDATA}, absent here",
)]

# Floors a little under what the set measures today at 39 (2026-12-02, after the mistakes of holdout_8 to 26 were
# read): held-out 1.000 / 0.892, tune 1.000 / 0.928, holdout_3 1.000 / 0.918, holdout_4 1.000 / 0.858, holdout_5
# 1.000 / 0.944, holdout_6 0.983 / 0.829, holdout_7 0.986 / 0.945, holdout_8 0.968 / 0.938, holdout_9 0.965 / 0.965,
# holdout_10 0.922 / 0.906, holdout_11 0.931 / 0.973, holdout_12 0.871 / 0.900, holdout_13 0.899 / 0.971,
# holdout_14 0.876 / 0.952, holdout_15 0.804 / 0.878, holdout_16 0.714 / 0.904, holdout_17 0.742 / 0.900,
# holdout_18 0.901 / 0.970 (blind: 0.747 / 0.848), holdout_19 0.674 / 0.956 (blind: 0.667 / 0.945),
# holdout_20 0.783 / 0.947 (blind: 0.786 / 0.868), holdout_21 0.667 / 0.926 (blind: 0.617 / 0.926),
# holdout_22 0.658 / 0.949 (blind: 0.631 / 0.886), holdout_23 0.583 / 0.926 (blind: 0.477 / 0.926), holdout_24
# 0.706 / 0.900 (blind: 0.514 / 0.900), holdout_25 0.729 / 0.861 (blind, with its seekers' answers: 0.585 / 0.861),
# holdout_26 0.605 / 0.961 (blind, with answers: 0.583 / 0.961).
# Each part was
# read for fixes after its blind measure (matching/evaluation/README.md). A change that loses more than the margin
# fails here.
# holdout_16's recall fell 0.936 → 0.904 when a post's schooling was read under its "Qualifications" heading: its
# labeller wanted degree-asking junior accountant posts for an OND bookkeeper, as holdout_25's did not.
# Tune's recall fell 0.968 → 0.936 when a teacher's subjects were read from her skills: its by-tag labels want every
# subject's post for a "Teacher" with maths skills, as the later labellers who read the postings did not.
# holdout_5's recall fell 0.944 → 0.898 when a post requiring experience in another industry stopped going to
# seekers who named theirs: its by-tag labels want the automobile and industrial-automation sales manager posts for
# FMCG sales managers, which holdout_14 to 28's readers refused (33 of 36 such alerts). Reading "min 5yrs … in fmcg",
# "in-depth understanding of the oil and gas sector" and "or a closely related field" as asking (after holdout_29)
# took holdout_8's recall 0.907 → 0.894 the same way (its by-tag labels want the solar and real estate sales posts
# for sellers of other goods), and holdout_7's 0.910 → 0.903 and holdout_9's 0.939 → 0.930 (a consulting firm's BDM
# post for BD officers).
# A field marketer is sent through the family only the sales posts whose title says field work, and a head of a line
# with eight years or more none of its officers' posts (2026-12-02, fifth session; the labellers who read the postings
# refused 23 of 23 and 12 of 16 such pairs): holdout_3's by-tag labels want a marketer's sales rep posts (recall
# 0.888 → 0.847), holdout_10's a financial controller's finance officer and accountant posts (0.880 → 0.863). A
# direct sales agent's post whose text sells a bank's accounts is a bank marketer's too (15 wanted pairs of holdout_13
# to 31 now sent): the first held-out part's by-tag labels refuse the two for its bank account officer (1.000 → 0.943).
# holdout_3 to 13 were read again pair by pair by the later parts' method (2026-12-03, seventh session; their
# `reread_<split>.csv`): their floors are on those labels, which refuse what the by-tag ones wanted (posts asking
# another trade, more years, a residence or pay below the ask). holdout_35's are its blind figures (same session).
# A post's required trade now stops every seeker whose words do not name it, not only those naming other trades
# (same session): the by-tag labels of tune, holdout and holdout_2 want 23 of those alerts (recall 0.928 → 0.824,
# 0.892 → 0.838, 0.912 → 0.824), holdout_4's readers want its solar BDE post, holdout_18's three others.
# tune, holdout and holdout_2 were then read again too, and a post stating two years more than a seeker has
# stops (readers refused 127 of 145 such alerts): their floors and holdout_36's (blind) are on those figures.
# The renewable-energy customer service posts (Hausa and "within renewable energy company, preferably in solar")
# then asked their trade: holdout_3's, 12's and 15's readers wanted a few of them (0.875 → 0.844, 0.889 → 0.833,
# 0.857 → 0.827).
# A post asking "a strong understanding of microfinance and banking operations" asks the banking trade (2026-12-03,
# eighth session; 25 refused alerts stopped): the re-read labels of the first held-out part and holdout_5 still want
# it for an account officer and a sales rep/marketer (0.895 → 0.842, 0.875 → 0.850).
# Two or more areas named, all on one side of the Lagos lagoon, name that side (same session; readers refused 46 of 66
# such alerts across it, the newest blind parts' readers 6 of 6): holdout_14's, 20's and 23's readers wanted a Lekki or
# mainland post for such seekers (recall 0.875 → 0.856, 0.908 → 0.855, 0.926 → 0.838).
# The sent alerts paying under the seeker's ask (and as many others) were read by two more readers, the majority of
# three readings replacing the label (adjudicated.csv, same session), and pay under 80% of the ask is blocked: where
# the second readers were unsure or refused what the first wanted, holdout_7's, 18's, 21's, 23's and 28's recall
# fell (0.871 → 0.870, 0.818 → 0.803, 0.852 → 0.800, 0.838 → 0.810, 0.885 → 0.863).
# A post requiring its staff to live in an area is placed there (same session): holdout_20's reader wanted a Lekki
# accountant's post for a seeker in Surulere (recall 0.855 → 0.836).
# The alerts across the lagoon for seekers naming Lagos and one area on the other side were read by two more readers
# (same session; the majority of three refused 41 of 52), and one area then names its side too: holdout_7's, 14's,
# 16's and 18's recall fell with the new labels and the rule (0.870 → 0.838, 0.847 → 0.833, 0.889 → 0.876,
# 0.803 → 0.780).
# Every other sent alert and every missed wanted pair of all parts (2,443) was read by two more readers the same way
# (2026-12-03, ninth session; the majority of three replaces the label): the two more readers of holdout_11 wanted
# a trainee accountant's post (not sent) that its first reader had refused (recall 0.808 → 0.792).
# A posting's own "Location:" line places it in the area it names when the board gave only the city (same session;
# 43 refused alerts stopped over the read parts, 16 wanted lost: professionals who named a mainland area and
# "Lagos" wanted a Victoria Island accountant's and a Lekki HR generalist's post, sellers a Lagos Island DSA's):
# tune's, holdout_13's and holdout_33's recall fell (0.854 → 0.833, 0.853 → 0.829, 0.868 → 0.842).
# holdout_37's and 38's floors are their blind figures (2026-12-03, eighth session, before any of their mistakes was
# read), as are holdout_39's and 40's (written after that session's rules, measured once on 752c90f), and holdout_41's
# (ninth session, measured once on a817674 after its contested pairs were read three times: 0.637 / 0.580; its mistakes
# were then read: a Python and Node backend engineer wanted Turing's full-stack contract).
# holdout_42's are its blind figures (ninth session, written after that session's rules, measured once on bd4e5c4
# after its contested pairs were read three times: 0.789 / 0.727; its mistakes read in the tenth session), and
# holdout_43's (the same way, on 2a9c9a5: 0.760 / 0.760). holdout_44's are its blind figures on the ninth session's
# final rules (tenth session, written first, contested pairs read three times, measured once on fba930c: 0.512 /
# 0.830), and holdout_45's on the tenth session's rules (written after them, measured once on 6b0abb1: 0.724 / 0.389;
# 25 of its 33 misses are Turing's contract for a Python backend engineer, blocked as one half of a full-stack post).
# holdout_46's are its blind figures (eleventh session, written first, every candidate pair read, contested pairs read
# three times, measured once on 7a5be3c, one pair per job: 0.625 / 0.581), and holdout_47's (written after holdout_46
# was measured, the same way, on 3b01f31: 0.586 / 0.436).
# A job listed under several rows counts once since the eleventh session (`one_per_job`, as the ingest merges it and
# a seeker is sent it): Turing's contract, 25 rows, had counted 25 times for every developer. Where that moved a
# figure under its floor the floor follows it: holdout_19 recall 0.906, 26 0.909, 37 0.781, 38 0.684, 39 0.829,
# 42 0.775 / 0.596, 43 0.625 / 0.545, 44 0.690 (their readers wanted the contract, and it now counts once).
# A "Location:" line is read wherever it stands in the text and up to 100 characters long (2026-12-04, fifteenth
# session): a Victoria Island office assistant's post whose address closes 3,219 characters is placed there; its
# readers were split (15 refused alerts stopped, 13 wanted lost): holdout_5's and 13's recall here fell (0.842 → 0.816,
# 0.816 → 0.803). A plural title or two lines sharing one noun names its line ("Primary and Secondary Teachers",
# "Sales And Marketing Representative"; 5 wanted back, 1 lost): holdout_24's recall here fell 0.879 → 0.848, its
# customer care seller (whose words here are read without "or sales", which onboarding reads) reached "Direct Sales
# Executives (DSA)" only by the shared word while the title named no line. LinkedIn's "role … located in Lekki" places a
# post as its "Location:" line would (2026-12-04, sixteenth session; 10 refused alerts stopped, 4 lost, one post):
# holdout_28's recall here fell 0.854 → 0.833 (an Ikeja loan officer whose readers took Lekki). Field, street and POS
# workers who never gave their schooling are not sent degree posts off their own work (nineteenth session; 20 refused
# alerts stopped over the read parts, 4 wanted lost): holdout_5's recall here fell 0.816 → 0.789 (a "sales
# rep/marketer" whose readers wanted a corporate sales post and a bank DSA's). A neighbouring line's post far below the
# seeker's years is not sent (twenty-third session; 8 refused alerts stopped over the read parts, 1 wanted lost):
# holdout_4's recall here fell 0.744 → 0.718 (a five-year "payroll and reconciliation" clerk's one-year accountant post).
FLOORS = {"holdout": (0.60, 0.77), "tune": (0.74, 0.82), "holdout_2": (0.77, 0.79), "holdout_3": (0.47, 0.81),
          "holdout_4": (0.54, 0.71), "holdout_5": (0.57, 0.76), "holdout_6": (0.67, 0.71), "holdout_7": (0.45, 0.82),
          "holdout_8": (0.56, 0.82), "holdout_9": (0.52, 0.69), "holdout_10": (0.54, 0.74),
          "holdout_11": (0.37, 0.78), "holdout_12": (0.51, 0.80),
          "holdout_13": (0.44, 0.78), "holdout_14": (0.82, 0.82),
          "holdout_15": (0.76, 0.80),
          "holdout_16": (0.66, 0.86),
          "holdout_17": (0.70, 0.86),
          "holdout_18": (0.80, 0.76),
          "holdout_19": (0.62, 0.89),
          "holdout_20": (0.74, 0.82),
          "holdout_21": (0.59, 0.78),
          "holdout_22": (0.61, 0.91),
          "holdout_23": (0.52, 0.79),
          "holdout_24": (0.66, 0.84),
          "holdout_25": (0.69, 0.82),
          "holdout_26": (0.56, 0.89),
          "holdout_27": (0.57, 0.90),
          "holdout_28": (0.69, 0.83),
          "holdout_29": (0.68, 0.88),
          "holdout_30": (0.76, 0.79),
          "holdout_31": (0.33, 0.90),
          "holdout_32": (0.55, 0.96),
          "holdout_33": (0.47, 0.82),
          "holdout_34": (0.49, 0.82),
          "holdout_35": (0.18, 0.59),
          "holdout_36": (0.16, 0.88),
          "holdout_37": (0.68, 0.76),
          "holdout_38": (0.84, 0.66),
          "holdout_39": (0.71, 0.81),
          "holdout_40": (0.35, 0.62),
          "holdout_41": (0.61, 0.56),
          "holdout_42": (0.75, 0.57),
          "holdout_43": (0.60, 0.52),
          "holdout_44": (0.49, 0.67),
          "holdout_45": (0.70, 0.37),
          "holdout_46": (0.60, 0.55),
          "holdout_47": (0.56, 0.41)}


@pytest.fixture(scope="module")
def reports():
    # the floors were set on seekers who had not been asked about neighbouring lines (before the twelfth session)
    return evaluate(data_dir=REALDATA, threshold=39, asked=False)


@pytest.fixture(scope="module")
def asked_reports(real_reports):
    return real_reports


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_real_postings_reach_the_seekers_who_want_them_and_few_others(reports, split):
    report = reports[split]
    precision, recall = FLOORS[split]
    assert report.precision >= precision, report.counts()
    assert report.recall >= recall, report.counts()


def _pooled(reports, blind: bool) -> tuple[float, float]:
    counts = Counter()
    for split, report in reports.items():
        if (split in STILL_BLIND) == blind:
            counts.update(report.counts())
    return counts["tp"] / (counts["tp"] + counts["fp"]), counts["tp"] / (counts["tp"] + counts["fn"])


# With the seekers' answers about neighbouring lines (511 of them were asked; the pairs those answers change read by
# three with the answer in view, `answered.csv`), twelfth session: read parts 0.806 / 0.877, blind holdout_2, 39, 40
# and 47 0.698 / 0.799 (on the same labels without the answers: read 0.856 / 0.719, blind 0.721 / 0.495). holdout_48,
# written after those rules with its seekers' answers and read with them in view, measured once on 764dfa0: 0.759 /
# 0.786 (0.721 / 0.554 without its answers); holdout_49, written after the session's last rule the same way,
# measured once on 5cd633b: 0.720 / 0.692 (0.643 / 0.519 without); the six blind parts pooled 0.711 / 0.780. At the
# session's stop (loan and relationship officers asked about each other, a no winning over a yes): read 0.811 / 0.874,
# blind 0.718 / 0.775, holdout_48 0.767 / 0.793, holdout_49 0.720 / 0.692. Thirteenth session's stop (818199d: a
# residence rule reads commuter towns, selling asked of a neighbouring line, years only preferred, the experience a
# post gives its customers, entry posts without pay, supervisors' posts): read 0.829 / 0.881, blind 0.734 / 0.782.
# Fourteenth session (3a66fb3: a line said yes to must pay the minimum; a shop-floor seller's years count toward sales;
# 33 pairs of lines said no to read again with the answer): holdout_50 and 51, written blind, measured once with the six
# older blind parts: 0.659 / 0.562 and 0.700 / 0.583 (the six 0.749 / 0.786). holdout_50's mistakes were then read
# (a fresh graduate's two-year posts, both lines' posts said no to), so it pools with the read parts: read 0.829 /
# 0.885, the seven still blind 0.741 / 0.744. Then a supermarket's shop-floor post kept from front desk, office and bank
# staff (chosen on the read parts, 17 / 1): read 0.835 / 0.884, the seven blind, measured again, 0.750 / 0.744.
# Eighteenth session: holdout_51's mistakes read (0.735 / 0.595 → 0.862 / 0.595, so it pools with the read parts);
# holdout_52, written by a helper who read no code, its 934 candidate and decoy pairs read by two readers each (a third
# on the 11 they split), measured once on 97fb0d1: 0.688 / 0.620 (0.673 / 0.465 had they skipped the question), the
# same on the session's starting rules; read 0.849 / 0.877, the seven still blind 0.751 / 0.756. holdout_49's mistakes
# then read (no rule): read 0.847 / 0.873, the six still blind (holdout_2, 39, 40, 47, 48, 52) 0.753 / 0.766.
# Twenty-first session: holdout_2 and 39 read (a Jobberman "Qualification: Diploma" rule taken from holdout_39's):
# read 0.851 / 0.865; holdout_54, written and read the same way as holdout_52, measured once on 2a65645: 0.540 /
# 0.750 (0.429 / 0.500 had they skipped the question); the five still blind (holdout_40, 47, 48, 53, 54) 0.679 / 0.745.
# Then holdout_40 read (no rule taken): read 0.848 / 0.863, the four still blind (holdout_47, 48, 53, 54) 0.662 / 0.737;
# holdout_55, written and read the same way, measured once on abeec71 and on the next reading changes alike: 0.703 /
# 0.788 (0.667 / 0.788 once its seeker's "Just 1" was read as the yes it is); the five still blind 0.663 / 0.750.
# Twenty-second session: holdout_56, written and read the same way (its nine answered seekers' pairs read again with
# the question's options in view), measured once on 737a3c0 and on the session's reading changes alike: 0.635 / 0.526
# (0.680 / 0.447 had they skipped the question); 0.636 / 0.553 once two replies are read as the mended reader reads
# them ("Yes 1 is fine for her", "2. 1 only if …"); the six still blind 0.658 / 0.705. Then holdout_47 and 48 read
# (a Jobberman header's top of the range the text asks read as the range: 7 wanted and 8 refused alerts started, one
# post): read 0.843 / 0.862, the four still blind (holdout_53 to 56) 0.622 / 0.685. Then holdout_53 read (no rule
# taken): read 0.838 / 0.859, the three still blind (holdout_54 to 56) 0.622 / 0.685. holdout_57, written and read
# the same way (the question's options in view from the first packets), measured once on 086071f and on the session's
# next reading changes alike: 0.365 / 0.500 (0.367 / 0.474 had they skipped the question; two replies read again by
# the mended reader move nothing); the four still blind 0.569 / 0.653. Twenty-third session: holdout_58, written and
# read the same way, measured once on 394f53f and on the session's first reading changes alike: 0.481 / 0.833 (0.490 /
# 0.800 had they skipped the question); holdout_54 then read (a past line read out of matching's own reading, "I fit
# combine am with store keeping": 0.540 / 0.750 → 0.571 / 0.778): read 0.834 / 0.858, the four still blind
# (holdout_55 to 58) 0.558 / 0.662. Then holdout_55 read (a credit controller is a collector's title), holdout_59
# written and read the same way, measured once on d1da164: 0.419 / 0.674 (0.478 / 0.717 once three misread replies are
# read right); the session's later changes moved holdout_56 to 0.600 / 0.553 and holdout_57 to 0.422 / 0.500; read
# 0.831 / 0.857, the four still blind (holdout_56 to 59) 0.504 / 0.626. Then a neighbouring line's post far below the
# seeker's years (8 refused alerts stopped over the read parts, 1 wanted lost; the blind pairs seen when it was chosen):
# read 0.833 / 0.857, still blind 0.522 / 0.626. Twenty-fourth session: holdout_60, written and read the same way,
# measured once on 7edf26c and on the session's first reading changes alike: 0.625 / 0.862 (0.581 / 0.621 had they
# skipped the question); holdout_56 read (a refusal read through its list, a town named after "around"): 0.627 / 0.553
# → 0.737 / 0.553; read 0.831 / 0.850, the four still blind (holdout_57 to 60) 0.515 / 0.713. holdout_61, written
# and read the same way, measured once: 0.425 / 0.810 on 7edf26c, 0.486 / 0.810 on the session's changes (0.429 /
# 0.571 had they skipped the question), 0.472 / 0.810 once two misread replies are read right. holdout_57 read (a
# refusal read out of matching's own reading, a Flutter developer's "Android & iOS" no native iOS): 0.452 / 0.500 →
# 0.655 / 0.500; read 0.831 / 0.846, the four still blind (holdout_58 to 61) 0.521 / 0.794. holdout_62, written and
# read the same way, measured once on 7edf26c and on the session's changes alike: 0.724 / 0.808 (0.744 / 0.558 had
# they skipped the question; two misread replies read right move nothing); the five still blind 0.568 / 0.798.
# holdout_63, written and read the same way, measured once on 2dd09a5: 0.676 / 0.535 (0.605 / 0.535 on 7edf26c; 0.640
# / 0.372 had they skipped the question; 0.697 / 0.535 once a misread reply is read right); the six still blind
# (holdout_58 to 63) 0.583 / 0.747. Twenty-fifth session: holdout_64 and 65, written and read the same way, measured
# once on 0832238 and on the session's first reading change alike (a line they are switching from, or "won't go back
# to"): 0.796 / 0.768 and 0.605 / 0.605 (0.867 / 0.696 and 0.618 / 0.553 had they skipped the question; two misread
# replies, "Neither, thanks", "None of these … ₦900k+", read right move nothing). holdout_58 then read (that change, a
# side of Lagos named only as avoided, a lead's title offered beside the line's own, an opening article, a volunteer
# post for those who asked for work): 0.521 / 0.833 → 0.667 / 0.933; the same changes moved the still blind holdout_59
# 0.485 / 0.717 → 0.538 / 0.761, holdout_62 → 0.729 / 0.827 and holdout_63 → 0.719 / 0.535, and none down. Read 0.829 /
# 0.846, the seven still blind (holdout_59 to 65) 0.645 / 0.733. holdout_66 and 67, written and read the same way after
# those changes were committed, measured once on f022b2a and on the next changes alike: 0.667 / 0.703 and 0.536 /
# 0.517 (0.657 / 0.622 and 0.619 / 0.448 had they skipped the question). holdout_59 then read (a hedged ability, "anywhere
# for Lagos", a law firm as a workplace, a receptionist's duties, a comma before "i" parting what they ask from what
# they did): 0.538 / 0.761 → 0.600 / 0.783, no other part moved. Then holdout_60 read ("I no fit dey go Lagos island"
# is a side avoided, "open account for people" no accountant's line): 0.625 / 0.862 → 0.714 / 0.862. Read 0.823 /
# 0.846, the seven still blind (holdout_61 to 67) 0.653 / 0.672. holdout_68 and 69, written and read the same way after
# those changes were committed, measured once on 61a654b: 0.757 / 0.778 and 0.761 / 0.646 (0.667 / 0.667 and 0.755 /
# 0.506 had they skipped the question); the nine still blind (holdout_61 to 69) 0.679 / 0.676. Then holdout_61 read (a
# city they will not move to, a "former" line, "don't want"/"don't send me any" refusals, a refused line in quotes):
# 0.472 / 0.810 → 0.567 / 0.810, and the still blind holdout_68 0.757 → 0.778 / 0.778. Read 0.821 / 0.845, the eight
# still blind (holdout_62 to 69) 0.701 / 0.669. Twenty-sixth session: holdout_62 and 63 read (pay under the floor with
# nothing on top, a line the words refuse that is half a two-line post, "not going back to", a field sales post for one
# who said no to field work, data entry no part of "admin / office assistant", "HR admin", a town a post's location line
# names, "knows Lagos roads", a skill that "is a bonus", "No home care/caregiver jobs"): holdout_62 0.729 / 0.827 →
# 0.878 / 0.827, holdout_63 0.719 / 0.535 → 0.821 / 0.535; read 0.835 / 0.840, the six still blind (holdout_64 to 69)
# 0.693 / 0.661 → 0.704 / 0.648. Then holdout_64 read (a one-word title is no likeness of a whole message, "remote" no
# shared field word): 0.808 → 0.824 / 0.750; read 0.836 / 0.838, the five still blind (holdout_65 to 69) 0.680 / 0.625,
# none moved. Twenty-seventh session: holdout_70 and 71 written and read blind, measured once on ca5959b: 0.750 / 0.667
# and 0.552 / 0.727; holdout_65 read ("not interested in" a line refuses it, "I build mobile apps", "lagos and abuja road
# experience", a post asking sales experience for one who refuses sales): 0.605 → 0.697 / 0.605; holdout_70 0.769 /
# 0.667 on those changes, holdout_71 0.500 / 0.727 with two "All of them …" replies read right; read 0.837 / 0.835, the
# six still blind (holdout_66 to 71) 0.689 / 0.639; on the still blind those changes moved holdout_67 0.547 → 0.569 /
# 0.500, holdout_68 0.794 / 0.750 → 0.788 / 0.722 (one wanted alert lost, one refused stopped; unread), 69 0.781 →
# 0.794 / 0.633. Then holdout_66 read (a ward nursing post for a nurse who names no such ward, "Not interested in
# call-centre/telemedicine or pharma sales"): 0.667 → 0.722 / 0.703; read (67 parts) 0.837 / 0.833, the five still
# blind (holdout_67 to 71) 0.693 / 0.629, none moved. holdout_72 and 73, written and read the same way after, measured
# once on 714571a: 0.567 / 0.567 and 0.782 / 0.531 (0.538 / 0.467 and 0.787 / 0.457 had they skipped the question);
# holdout_72 0.581 / 0.600 with three replies read right; the seven still blind (holdout_67 to 73) 0.697 / 0.604.
# Then holdout_67 and 68 read, no rule taken (a fresh graduate's yes to every neighbour that readers refused for
# experience, entry BD posts for a BD executive; "Lagos mainland preferred" read as all Lagos: 1 gained, 2 refused
# started over the read parts; a post's "must reside around … Agege" over its title's "(AJAH)": 2 gained, 4 lost):
# read (69) 0.833 / 0.827, the five still blind (holdout_69 to 73) 0.714 / 0.611.
# holdout_74 and 75, written and read the same way after, measured once on 05e3340: 0.707 / 0.707 and 0.581 / 0.581
# (0.774 / 0.585 and 0.571 / 0.516 had they skipped the question). holdout_69 read, no rule taken (17 of its 29 misses
# one fresh graduate's "i can do office work, computer, anything", whose words matching's reading here places in no
# line; production keeps the chat's title for it). Read (70) 0.833 / 0.823, the six still blind (holdout_70 to 75)
# 0.672 / 0.616. Twenty-eighth session: holdout_70 read ("Executive Assistant / Office Manager" offers the assistant's
# posts): 0.769 / 0.667 → 0.775 / 0.689; read (71) 0.832 / 0.822, the five still blind (holdout_71 to 75) 0.653 / 0.605,
# none moved. Then holdout_71 read (where the employers of remote work are is no place asked): 0.500 → 0.533 / 0.727;
# read (72) 0.829 / 0.821, the four still blind (holdout_72 to 75) 0.684 / 0.590. Then holdout_72 read ("React/Next.js
# Engineer" is a front end's): 0.581 → 0.621 / 0.600; read (73) 0.828 / 0.819, the three still blind (holdout_73 to
# 75) 0.709 / 0.588. Twenty-ninth session: holdout_73 read (the job they lost, "let go in the layoff", is work left,
# and "even back office" asks no return to it): 0.782 → 0.796 / 0.531; read (74) 0.827 / 0.813, the two still blind
# (holdout_74, 75) 0.653 / 0.653, none moved. holdout_76 and 77, written and read the same way after those changes
# landed, measured once on e7c23ae: 0.733 / 0.532 and 0.392 / 0.492 (0.694 / 0.403 and 0.446 / 0.424 had they skipped
# the question; every reply read right); the four still blind (holdout_74 to 77) 0.571 / 0.565. Then holdout_74 and 75
# read (an assistant's role named at a sentence's end is named: no alert moved; no other rule taken); read (76) 0.824 /
# 0.811, the two still blind (holdout_76, 77) 0.521 / 0.512. holdout_78 and 79, written and read the same way after,
# measured once on 0d308a0: 0.820 / 0.471 and 0.793 / 0.676 (0.756 / 0.356 and 0.792 / 0.559 had they skipped the
# question; every reply read right). holdout_76's mistakes then read (a line refused in a clause is none it asks: "…
# switching to data … Please no more teaching jobs" had been sent a teacher's post): 0.733 → 0.750 / 0.532; read (77)
# 0.823 / 0.806, the three still blind (holdout_77 to 79) 0.608 / 0.517 → 0.613 / 0.528 (holdout_77 0.408 / 0.525).
# Then holdout_77 read (an internship its text calls unpaid is not sent to a seeker with a minimum pay: 2 refused
# stopped over the read parts): 0.408 → 0.443 / 0.525; read (78) 0.817 / 0.802, the two still blind (holdout_78, 79)
# 0.810 / 0.529. Thirtieth session: a place asked only with accommodation ("I can work in Lagos too if there is
# accommodation") takes only the posts that say they house their staff: 28 refused alerts stopped over the read parts,
# none wanted lost; holdout_77 0.443 → 0.705 / 0.525, read (78) 0.823 / 0.802, the still blind unmoved. holdout_80
# and 81, written and read the same way after, measured once on e242ef1: 0.791 / 0.630 and 0.765 / 0.531 (0.750 /
# 0.444 and 0.778 / 0.429 had they skipped the question); the four still blind (holdout_78 to 81) 0.795 / 0.554.
# holdout_78 then read (no rule taken): read (79) 0.823 / 0.795, the three still blind (holdout_79 to 81) 0.783 /
# 0.606. Thirty-first session: holdout_79 read (an oilfield services business developer's words name oil and gas:
# 2 wanted alerts back over the read parts, none refused added): 0.793 / 0.676 → 0.800 / 0.706; read (80) 0.823 /
# 0.795, the two still blind (holdout_80, 81) 0.779 / 0.583. Thirty-second session: holdout_80 read (a yes to a
# neighbouring line bound to a rank, "Also 2 if it's a supervisor/area level role", sends that line's ranked posts
# only: 6 refused alerts stopped over the read parts, none wanted lost): 0.791 → 0.810 / 0.630; read (81) 0.824 /
# 0.793, the one still blind (holdout_81) 0.765 / 0.531. holdout_82, written and read the same way after, measured once
# on ee0d818: 0.490 / 0.727 (0.368 / 0.424 had they skipped the question; two replies read right first, "Both are
# fine", "2 3 4 insha Allah"); the two still blind (holdout_81, 82) 0.602 / 0.610. Then holdout_81 read (a school's
# town is no place asked where the message names where they want work: "ND … from Yaba Tech … any office work for him
# in Lagos or Abeokuta" had kept a son to Yaba's side): 0.765 / 0.531 → 0.771 / 0.551; read (82) 0.823 / 0.790, the
# one still blind (holdout_82) 0.490 / 0.727. holdout_83, written and read the same way after, measured once on 7da927b:
# 0.531 / 0.739 (0.577 / 0.652 had they skipped the question; every reply read right); the two still blind (holdout_82,
# 83) 0.506 / 0.732. Then holdout_82 read (an employer the seeker will not work for names no line: "I no go work for
# loan app wey dey … post them for social media" had read a digital marketer; a level the words set as a floor, "I will
# not consider officer-level positions", keeps unranked posts away): 0.490 → 0.585 / 0.727, no read pair moved; read
# (83) 0.821 / 0.790 (its recall 0.7897), the one still blind (holdout_83) 0.531 / 0.739. holdout_84, written and read
# the same way after, measured once on 9eeeb53: 0.651 / 0.651 (0.677 / 0.488 had they skipped the question; every reply
# read right); the two still blind (holdout_83, 84) 0.600 / 0.682. Then holdout_83 read (areas refused by name, "Pls no
# Lekki or Island", are no places asked; a manager's floor, "nothing below manager level", is over a senior officer's
# post): 0.531 → 0.586 / 0.739, no read pair moved; "MERN stack" in a message names a full-stack line (seen compiling
# holdout_84's seekers; no blind pair moved); read (84) 0.819 / 0.789, the one still blind (holdout_84) 0.651 / 0.651.
# holdout_85, written and read the same way after, measured once on ea12b95: 0.333 / 0.556 (0.357 / 0.556 had they
# skipped the question; two replies read right first, "Mba, none …", "None. I said I'm done with sales …"); the two
# still blind (holdout_84, 85) 0.521 / 0.623. Then holdout_84's mistakes read, no rule taken: read (85) 0.818 / 0.788,
# the one still blind (holdout_85) 0.333 / 0.556. Thirty-third session: holdout_86, written and read the same way,
# measured once on b59d72f with the session's first two readings (below): 0.757 / 0.726 (0.725 / 0.397 had they
# skipped the question; every reply read right). Then holdout_85 read (a skill hedged before it is named, "I also know
# a bit of Canva and social media", is no line; "Mainland is a no for me" refuses the side): 0.333 → 0.435 / 0.556, no
# read pair moved; read (86) 0.816 / 0.787, the one still blind (holdout_86) 0.757 / 0.726. holdout_87, written and
# read the same way with the steps kept in `blind.py`, measured once on 6a9eb93: 0.783 / 0.681 (0.745 / 0.551 had they
# skipped the question; every reply read right, "3 da 5" among them); the two still blind (holdout_86, 87) 0.769 /
# 0.704. Then holdout_86 read (a seller's refusal of door-to-door is no refusal of selling; "I can't do Lekki or VI
# everyday" refuses both; where a driver has driven to is no place asked; a Nigeria-wide post for one who asked
# anywhere in Nigeria; "8 years" no early-years teacher's words): 0.757 → 0.794 / 0.740, over the read parts 1
# refused alert added (a nationwide post refused for its years); read (87) 0.815 / 0.786, the one still blind
# (holdout_87) 0.774 / 0.696. holdout_88, written and read the same way, measured once on 8d0cd16: 0.580 / 0.701
# (0.547 / 0.522 had they skipped the question; every reply read right); the two still blind (holdout_87, 88) 0.664 /
# 0.699. holdout_89, written and read the same way, measured once on e5dd64c with two readings after it (a reply's
# "sharp" read as filler, mended before any pair was scored; "no door to door marketing" refused whole): 0.804 / 0.774
# (0.750 / 0.566 had they skipped the question). Then holdout_87 read (that refusal: 3 refused alerts stopped, no read
# pair moved): 0.774 → 0.814 / 0.696; read (88) 0.815 / 0.785, the two still blind (holdout_88, 89) 0.667 / 0.733.
# Then holdout_88 read ("Please do not send accounts officer or junior accountant roles" refuses them): 0.580 → 0.595
# / 0.701, no read pair moved; read (89) 0.811 / 0.784, the one still blind (holdout_89) 0.804 / 0.774. holdout_90,
# written and read the same way after, measured once on 4f4109b: 0.778 / 0.643 (0.783 / 0.480 had they skipped the
# question; every reply read right); the two still blind (holdout_89, 90) 0.788 / 0.689. Then holdout_89 read ("I no
# fit dey go Lekki everyday" refuses the area; a banker's "no microfinance, DSA or loan agent roles" no refusal of his
# own line's selling: over the read parts 2 wanted gained, 1 refused added): 0.804 → 0.857 / 0.792; read (90) 0.812 /
# 0.784, the one still blind (holdout_90) 0.778 / 0.643. Thirty-fourth session: holdout_91, written and read the same way,
# measured once on 993d34f: 0.462 / 0.667 (0.509 / 0.600 had they skipped the question; every reply read right); the
# two still blind (holdout_90, 91) 0.637 / 0.650. Then, on holdout_90's mistakes read (below), an office's job that
# lets staff work from home reaches those who want the office, and a collector who refuses field visits is not sent
# posts whose work includes them; "All except 1. Thank you sir" read as the answer it is (mended before any pair of
# holdout_92 was scored). holdout_92, written and read the same way, measured once on those rules: 0.864 / 0.724 (0.840
# / 0.400 had they skipped the question); read (90) 0.812 / 0.795, the three still blind (holdout_90, 91, 92) 0.744 /
# 0.714 (holdout_90 0.778 → 0.835 / 0.724 on its own mistakes; holdout_91 unmoved). Then holdout_91 read ("I no wan
# go back Lagos again" refuses Lagos: 21 refused alerts stopped, no read pair moved; "Manager level and above only" a
# manager's floor: 3 more): 0.462 → 0.732 / 0.667. holdout_93,
# written and read the same way, measured once on those rules: 0.753 / 0.625 (0.754 / 0.523 had they skipped the
# question); read (92) 0.811 / 0.792, the two still blind (holdout_92, 93) 0.814 / 0.679. Then holdout_92's mistakes
# read: read (93) 0.812 / 0.791, the one still blind (holdout_93) 0.753 / 0.625. holdout_94, written and read the
# same way, measured once on 68b6ed9: 0.478 / 0.688 (0.487 / 0.594 had they skipped the question); the two still blind
# (holdout_93, 94) 0.647 / 0.642. Thirty-fifth session: holdout_93's mistakes read (an unpaid internship kept from a
# seeker whose words ask pay, "intern with stipend": 2 refused alerts stopped, no read pair moved): 0.753 → 0.775 /
# 0.625; read (94) 0.812 / 0.788, the one still blind (holdout_94) 0.478 / 0.688. holdout_95 and 96, written and read
# the same way, measured once on those rules: 0.738 / 0.795 and 0.578 / 0.619 (0.793 / 0.590 and 0.486 / 0.405 had
# they skipped the question); the three still blind (holdout_94, 95, 96) 0.594 / 0.699. Then holdout_94's mistakes
# read ("I no want any sales or marketing work again" refuses them: 8 refused alerts stopped, one of a read part; a line
# refused is not reached through a likeness of words or a family: 3; where the employer moved is no place asked: 1; a
# post with sales targets kept from a seeker leaving sales who refuses targets: 2, one of a read part): 0.478 → 0.647 /
# 0.688; read (95) 0.811 / 0.787, the two still blind (holdout_95, 96) 0.663 / 0.704. holdout_97, written and read the
# same way, measured once on 989be5f: 0.761 / 0.692 (0.776 / 0.577 had they skipped the question); the three still
# blind (holdout_95, 96, 97) 0.707 / 0.698. Then holdout_95's mistakes read, no rule taken: read (96) 0.810 / 0.787,
# the two still blind (holdout_96, 97) 0.696 / 0.667. Then holdout_96's ("I won't do Island/Lekki traffic again" refuses
# the Island and Lekki: 4 refused alerts stopped, no read pair moved): 0.591 → 0.650 / 0.619; read (97) 0.809 / 0.786
# (holdout_96 joining them, 0.81 → 0.80), the one still blind (holdout_97) 0.761 / 0.692. Thirty-sixth session:
# holdout_98 and 99, written and read the same way, measured once on 1d37fc7 with holdout_97's first two place rules
# ("cannot cross to Island", "transport to mainland too cost" refuse a side; "Ogun (Agbara, Ota ok)" is those towns):
# 0.750 / 0.857 and 0.564 / 0.620 (0.686 / 0.571 and 0.500 / 0.380 had they skipped the question); the two still blind
# (holdout_98, 99) 0.650 / 0.728. Those rules stopped 4 refused alerts (3 of holdout_97, 1 of 95) and moved no wanted
# pair: holdout_97 0.761 → 0.794 / 0.692; read (98) 0.809 / 0.785. holdout_100, written and read the same way,
# measured once on 7be5a62: 0.614 / 0.683 (0.585 / 0.492 had they skipped the question); the three still blind
# (holdout_98, 99, 100) 0.636 / 0.710. Then holdout_98's mistakes read ("not interested in private company sales or
# marketing jobs" refuses them: 6 refused alerts stopped, no read pair moved): 0.750 → 0.857 / 0.857; read (99) 0.810 /
# 0.785, the two still blind (holdout_99, 100) 0.592 / 0.655. holdout_101, written and read the same way, measured once
# on 1250d6a: 0.452 / 0.609 (the same had they skipped the question). Then holdout_99's mistakes read ("I no wan go
# Lagos" refuses Lagos: 8 refused alerts stopped, no read pair moved): 0.564 → 0.660 / 0.620; read (100) 0.808 / 0.784.
# holdout_102, written and read the same way, measured once on those rules: 0.516 / 0.525 (0.302 / 0.213 had they
# skipped the question); the three still blind (holdout_100, 101, 102) 0.546 / 0.605. Then holdout_100's mistakes read
# ("Kubwa, Dutse, Wuse, Berger" is Abuja's Dutse and Berger; "I can't be going to Lagos" refuses it: 7 refused alerts
# stopped, no read pair moved): 0.614 → 0.683 / 0.683; read (101) 0.807 / 0.782, the two still blind (holdout_101,
# 102) 0.495 / 0.548. holdout_103, written and read the same way, measured once on 20b9143: 0.641 / 0.658 (0.600 /
# 0.474 had they skipped the question); the three still blind (holdout_101, 102, 103) 0.538 / 0.582. Thirty-seventh
# session: holdout_104 and 105, written and read the same way, measured once on 32e5ee5 with the session's first three
# rules (holdout_101's "No commission-only or DSA job", "driver mgt", "Not ordinary gateman work"; no read pair moved):
# 0.600 / 0.420 and 0.778 / 0.656 (0.633 / 0.380 and 0.755 / 0.578 had they skipped the question). holdout_101's
# mistakes read with them: 0.452 → 0.519 / 0.609; read (102) 0.805 / 0.782, the four still blind (holdout_102 to 105)
# 0.632 / 0.563. Then holdout_102's read ("I no fit cross go mainland", a driver's "Kaduna-Abuja route", "Corps member
# serving in Abeokuta" beside the line asked: 2 refused alerts of the read parts stopped, no wanted pair moved): 0.516 →
# 0.561 / 0.525; read (103) 0.803 / 0.779 (the read floor's recall 0.78 → 0.77: the first-jobbers' part joins with
# 0.525), the three still blind (holdout_103, 104, 105) 0.688 / 0.579. holdout_106, written and read the same way,
# measured once on 6af104d with holdout_103's rule below: 0.808 / 0.500 (0.780 / 0.381 had they skipped the question).
# holdout_103's mistakes read ("i do flyers, brand identity, social media posts" is a designer's work, no marketer's
# line: 1 refused alert of the read parts stopped): 0.641 → 0.735 / 0.658; read (104) 0.803 / 0.778, the three still
# blind (holdout_104, 105, 106) 0.745 / 0.530. holdout_107, written and read the same way, measured once on 539f680:
# 0.567 / 0.654 (0.640 / 0.615 had they skipped the question). holdout_104's mistakes read ("I cannot be crossing to
# the Island" refuses it: one of its own refused alerts stopped, and one Victoria Island post its readers wanted):
# 0.600 → 0.606 / 0.400; read (105) 0.801 / 0.775, the three still blind (holdout_105, 106, 107) 0.743 / 0.580.
# holdout_108, written and read the same way (a reply "1 amma Kaduna only" mended first: Hausa's "but"), measured once
# on a9e4a43: 0.759 / 0.612 (0.633 / 0.463 had they skipped the question); the four still blind (holdout_105 to 108)
# 0.747 / 0.589. Thirty-eighth session: holdout_109 and 110, written and read the same way (a relative's reply "She fit
# do 1 if e dey around Kubwa or Wuse" mended first), measured once on bf2654f: 0.683 / 0.705 and 0.703 / 0.600 (0.660 /
# 0.574 and 0.732 / 0.547 had they skipped the question); the six still blind (holdout_105 to 110) 0.726 / 0.610.
# Then holdout_105's mistakes read ("Lekki, Ajah, Sangotedo axis only" limits the work to those parts: 6 refused alerts
# of the read parts stopped; a post asking marketing experience held of the seeker's own line too: 34 refused stopped,
# 14 wanted lost; "HEAD OF INTERNAL AUDIT" an auditor's post): 0.778 → 0.808 / 0.656; read (106) 0.807 / 0.771, the
# five still blind (holdout_106 to 110) 0.716 / 0.597 (the "only" rule moved one Victoria Island pair in each of two:
# holdout_106 0.808 / 0.500 → 0.804 / 0.488, a wanted one lost; holdout_107 0.567 → 0.586, a refused one stopped).
# The selling rule lowered four recall floors, each by a wanted "Administrative Officer" or customer service pair of
# the seeker's own line: holdout 0.82 → 0.77, holdout_5 0.78 → 0.76, holdout_13 0.80 → 0.78 (`FLOORS`; parts before
# holdout_47, whose readers split such pairs 12 / 12) and holdout_91 0.66 → 0.64 (those since: 22 refused, 2 wanted).
# Then holdout_106's mistakes read (collections posts asking a year or two sent to collectors five years past them:
# 9 wanted gained over the read parts, none refused added; "payroll admin" is payroll's work, no admin officer's):
# 0.804 → 0.847 / 0.595; read (107) 0.808 / 0.770 (the read floor's recall 0.77 → 0.76: 0.7698, holdout_106 joining
# at 0.595), the four still blind (holdout_107 to 110) 0.701 / 0.655
# (holdout_109 0.683 / 0.705 → 0.701 / 0.770 by the collections rule).
# holdout_111, written and read the same way, measured once on 6d3d505: 0.735 / 0.556 (0.733 / 0.489 had they skipped
# the question); the five still blind (holdout_107 to 111) 0.706 / 0.639.
# Then holdout_107's mistakes read ("in Abeokuta or Sango-Ota side, not Lagos", "Not ready to relocate to Lagos" refuse
# the city: no read pair moved, no sign-up reading changed): 0.586 → 0.654 / 0.654; read (108) 0.807 / 0.769, the four
# still blind (holdout_108 to 111) 0.721 / 0.637.
# Thirty-ninth session: holdout_112 (short messages typed fast) and holdout_113 (the North, the Middle Belt and Abuja's
# edges), written and read the same way, measured once on a888c2d: 0.728 / 0.634 and 0.559 / 0.559 (0.708 / 0.495 and
# 0.472 / 0.500 had they skipped the question); the six still blind (holdout_108 to 113) 0.707 / 0.629.
# Then holdout_108's mistakes read ("no field recovery where I go to people's house or shop" refuses the shop too; a
# road between two states, "Lagos-Ibadan expressway", no place asked; an accountant's charter no line asked beside
# another line sought: 5 refused alerts of the read parts stopped, none wanted lost): 0.759 → 0.854 / 0.612; read
# (109) 0.808 / 0.767, the five still blind (holdout_109 to 113) 0.696 / 0.633 (holdout_108's precision leaving them).
# holdout_114 (schools, hospitals, pharmacies, hotels and those who keep them running), written and read the same way,
# measured once on ed7fd41: 0.396 / 0.633 (0.364 / 0.533 had they skipped the question); the six still blind
# (holdout_109 to 114) 0.652 / 0.633.
# Then holdout_109's mistakes read ("onsite PH or remote role anywhere in Naija" asks no office across the country; a
# floor "below Head/Lead level" lets a lead's post through: no read pair moved): 0.701 → 0.754 / 0.803; read (110)
# 0.807 / 0.768, the five still blind (holdout_110 to 114) 0.640 / 0.603.
# Fortieth session: holdout_114's mistakes read (a seller who limits the work to trades, "sales role with pharma,
# diagnostics or healthcare company", is sent no other trade's post: no read pair moved, no sign-up reading of lines or
# places changed): 0.396 → 0.760 / 0.633; read (111) 0.807 / 0.767, the four still blind (holdout_110 to 113) 0.695 /
# 0.599. holdout_115 (the South-East and South-South), written and read the same way, measured once on b249b7e:
# 0.683 / 0.719 (0.667 / 0.456 had they skipped the question); the five still blind (holdout_110 to 113, 115) 0.692 /
# 0.622.
# Then holdout_110's mistakes read (a "none" answer to the certificate question is no certificate: 12 refused alerts of
# the read parts stopped, none wanted lost, one of holdout_112's too; "entry level backend or junior developer role"
# asks the backend line): 0.703 → 0.726 / 0.600; read (112) 0.808 / 0.765, the four still blind (holdout_111 to 113,
# 115) 0.692 / 0.629.
# Then holdout_111's mistakes read (a seller's "closing enterprise accounts" names their customers, no accountant's
# line: no read pair moved): 0.735 → 0.781 / 0.556; read (113) 0.808 / 0.763, the three still blind (holdout_112, 113,
# 115) 0.684 / 0.647. holdout_116 (mid-career office and tech people), written and read the same way, measured once on
# 9754458: 0.744 / 0.569 (0.743 / 0.510 had they skipped the question); the four still blind (holdout_112, 113, 115,
# 116) 0.695 / 0.630.
# Forty-first session: holdout_113's mistakes read (a trade the seeker refuses, "pls no those loan app wey dey insult
# customers": 10 refused alerts of its own stopped and one of the read parts, none wanted lost; "any where for Nigeria"
# is anywhere in it; "if the pay good and dem give accommodation" asks the places only where the post houses its staff):
# 0.559 / 0.559 → 0.800 / 0.588. holdout_115's read (someone else's move, "before he relocate go Lagos", and a refusal
# running on to why, "no Lagos I no fit leave my family", ask no place; a city named beside the only areas asked in it
# is those areas; "below officer level" keeps officers' posts; a lead's post is at a manager's floor where the seeker
# asked a lead's title): 0.683 / 0.719 → 0.865 / 0.789; over the read parts one refused stopped and one wanted lost
# (the same Victoria Island post to two "Lekki-Ajah axis only" receptionists). Read (115) 0.809 / 0.763, the two still
# blind (holdout_112, 116) 0.739 / 0.611. holdout_117 (working people on the edges of Lagos and in Ogun State), written
# and read the same way, measured once on 381e177: 0.542 / 0.619 (0.581 / 0.595 had they skipped the question); the
# three still blind (holdout_112, 116, 117) 0.683 / 0.613. Then holdout_116's mistakes read (a plural "telcos" is the
# trade, so "roles in banks, FMCG or telcos" limits the auditor who wrote it: no read pair moved): 0.744 → 0.806 /
# 0.569; and holdout_112's ("MS Office, diary management, travel bookings, I can drive" is an ability in a list, no
# driver's line asked: no read pair moved): 0.738 → 0.766 / 0.634. Read (117) 0.808 / 0.759 (the read floor's recall
# 0.76 → 0.75: the two parts read joined at 0.634 and 0.569), holdout_117 still blind 0.542 / 0.619. holdout_118
# (people who want remote or work-from-home jobs, or are changing careers), written and read the same way, measured
# once on 21f2594: 0.842 / 0.873 (0.757 / 0.509 had they skipped the question); the two still blind (holdout_117,
# 118) 0.705 / 0.763. Then holdout_117's mistakes read ("I will not consider Island or Lekki" refuses the areas; a
# driver's "trailer driver 9 years Lagos to Kano" is the road he ran, no place asked: no read pair moved): 0.542 →
# 0.578 / 0.619; read (118) 0.806 / 0.758, holdout_118 still blind 0.842 / 0.873.
# Forty-second session: holdout_119 (an ordinary fortnight in early December weighted as the catalogue's tags are),
# written and read the same way, measured once on 7d667d5: 0.738 / 0.738 (0.729 / 0.662 had they skipped the
# question); the two still blind (holdout_118, 119) 0.787 / 0.800. Then holdout_118's mistakes read (where the seeker
# worked before a move they name, "9 years in Lagos … I've moved back home to Asaba", asks no place; "no deposit
# targets or sales targets" refuses the seller's line: no read pair moved): 0.842 → 0.906 / 0.873; read (119) 0.807 /
# 0.759, holdout_119 still blind 0.738 / 0.738. holdout_120 (an ordinary fortnight in mid-January after the holidays,
# weighted as the catalogue's tags are), written and read the same way, measured once on 2c5c1eb: 0.879 / 0.810 (0.843 /
# 0.683 had they skipped the question); the two still blind (holdout_119, 120) 0.805 / 0.773. Then holdout_119's
# mistakes read (a post of a neighbouring line is read as one however like a whole message its title is: an
# auditor's "internal control/internal audit officer" had been ≈ "Accounting Officer"; a "web developer" reaches no
# phone app post through the broad software line; over the read parts 8 refused stopped, 2 wanted lost): 0.738 →
# 0.800 / 0.738; read (120) 0.808 / 0.759, holdout_120 still blind 0.879 / 0.810 (no pair of it moved). holdout_121
# (mid-career and senior office people naming levels, trades and kinds of employer), written and read the same way,
# measured once on 792531a: 0.536 / 0.556 (0.542 / 0.481 had they skipped the question); the two still blind
# (holdout_120, 121) 0.767 / 0.733.
# Forty-third session: holdout_121's mistakes read (a place worked in before a husband's transfer, "Finance Manager in
# a hotel group in Lagos … transferred to PH", asks no place; "I won't go back to HR officer/executive level" sets a
# floor; a manager's post asking more years is not sent to one whose roles manage no one; a storekeeper's years do not
# make the inventory officer's post an early-career one: over the read parts 5 wanted gained, 14 refused stopped, 3
# wanted lost): 0.536 → 0.667 / 0.593; read (121) 0.809 / 0.758, holdout_120 still blind 0.879 / 0.810. holdout_122
# (young people at the start of their working lives: school leavers, OND and HND holders, graduates, corps members),
# written and read the same way, measured once on 4ad2b12: 0.789 / 0.652 (0.792 / 0.609 had they skipped the
# question); the two still blind (holdout_120, 122) 0.835 / 0.727. Then holdout_120's mistakes read (the city an
# area is named a side of, "Agbara side of Lagos", is not asked: over the read parts no pair moved): 0.879 → 0.895 /
# 0.810; read (122) 0.810 / 0.759, holdout_122 still blind 0.789 / 0.652. holdout_123 (an ordinary fortnight in late
# February weighted as the catalogue's tags are), written and read the same way, measured once on 9a33874: 0.790 /
# 0.690 (0.824 / 0.592 had they skipped the question); the two still blind (holdout_122, 123) 0.790 / 0.671. Then
# holdout_122's mistakes read (a remote internship naming no place reaches students of its line who share a skill of
# its stack, wherever the export puts it; "FIELD SALES AGENT" is not sent to a seller who refused door to door: over
# the read parts 25 wanted gained, 3 refused stopped): 0.789 → 0.825 / 0.754; read (123) 0.811 / 0.761, holdout_123
# still blind 0.806 / 0.704 (one wanted gained, one refused stopped). holdout_124 (an ordinary fortnight in early May
# weighted as the catalogue's tags are), written and read the same way, measured once on 9e9d5da: 0.815 / 0.662 (0.800
# / 0.450 had they skipped the question); the two still blind (holdout_123, 124) 0.811 / 0.682. Then holdout_123's
# mistakes read (an auditor of two years or more is not sent accountants' posts as close to their work; "I cannot go
# Island or Lekki" refuses Lekki; a frontend bootcamp or "I do frontend" names the frontend line, and "Even internship I
# go take" an intern's; an internship of another line is no intern's own: over the read parts 10 wanted gained, 1
# lost, 2 refused added, 24 stopped; holdout_68's precision floor 0.78 → 0.77, web internships for its backend
# beginner who takes internships): 0.806 → 0.839 / 0.732; read (124) 0.814 / 0.762, holdout_124 still blind 0.815 /
# 0.662.
# Forty-fifth session: holdout_125 (an ordinary fortnight in mid-May weighted as the catalogue's tags are), written and
# read the same way, measured once on 4a4c584: 0.792 / 0.685 (0.766 / 0.551 had they skipped the question); the two
# still blind (holdout_124, 125) 0.803 / 0.675. Then holdout_124's mistakes read ("not mid-level" sets a floor a rank,
# a senior's level or years, or a post seeking "experienced" people meets; a refused list that reads no line is read
# again without the clause after its comma, "no door to door, I don do am before": over the other read parts 1
# refused stopped): 0.815 → 0.839 / 0.650; read (125) 0.815 / 0.761, holdout_125 still blind 0.792 / 0.685. holdout_126 (an
# ordinary fortnight in late June), written and read the same way, measured once on 1e1d379: 0.878 / 0.774 (0.833 /
# 0.536 had they skipped the question); the two still blind (holdout_125, 126) 0.834 / 0.728. Then holdout_125's
# mistakes read ("not interested in pure cold-calling sales roles" refuses the sales line: over the read parts no pair
# moved): 0.792 → 0.836 / 0.685; read (126) 0.815 / 0.760 (its floor 0.75: 0.7598), holdout_126 still blind 0.878 / 0.774.
# Forty-sixth session: holdout_127 (an ordinary fortnight in early September), written and read the same way, measured
# once on 285c9b0: 0.764 / 0.627 (0.744 / 0.478 had they skipped the question); the two still blind (holdout_126, 127)
# 0.829 / 0.709. Then holdout_126's mistakes read (an internship the seeker's words ask is sent after a year of work,
# "if dem dey pay something" asks pay; "business development" alone names the BD line, a seeker's "BD role" no sales
# development representative's: over the other read parts 4 wanted gained, 1 refused added, 3 stopped): 0.878 → 0.873 /
# 0.821; read (127) 0.816 / 0.761, holdout_127 still blind 0.764 / 0.627. holdout_128 (an ordinary fortnight in
# mid-October), written and read the same way, measured once on 1fd5d4c: 0.782 / 0.566 (0.760 / 0.500 had they skipped
# the question); the two still blind (holdout_127, 128) 0.773 / 0.594.
# Forty-seventh session: holdout_127's mistakes read ("OND business admin" no longer hides the line the rest of a message
# names; "don't send junior/intern roles, mid-level or senior only" sets no seniors' floor: over the other read parts no
# pair moved): 0.764 → 0.754 / 0.642; read (128) 0.816 / 0.760, holdout_128 still blind 0.782 / 0.566. holdout_129
# (an ordinary fortnight in late November), written and read the same way, measured once on 43b41bd: 0.765 / 0.629
# (0.773 / 0.548 had they skipped the question); the two still blind (holdout_128, 129) 0.774 / 0.594. Then holdout_128's
# mistakes read, no rule taken (each tried moved more read pairs the wrong way): 0.782 / 0.566; read (129) 0.815 / 0.758,
# holdout_129 still blind 0.765 / 0.629. holdout_130 (an ordinary fortnight in early August), written and read the same
# way, measured once on e602b08: 0.833 / 0.636 (0.784 / 0.527 had they skipped the question); the two still blind
# (holdout_129, 130) 0.796 / 0.632. Then holdout_129's mistakes read ("junior or intern fine" asks an internship after a
# year of work: over the other read parts 3 wanted gained, 1 refused added): 0.765 → 0.750 / 0.677; read (130) 0.815 /
# 0.758, holdout_130 still blind 0.833 / 0.636.
def test_seekers_who_answered_about_neighbouring_lines_are_sent_what_they_said_they_take(asked_reports):
    for blind, (precision, recall) in ((False, (0.81, 0.75)), (True, (0.83, 0.63))):
        found = _pooled(asked_reports, blind)
        assert found[0] >= precision and found[1] >= recall, (blind, found)
    assert asked_reports["holdout_48"].precision >= 0.76 and asked_reports["holdout_48"].recall >= 0.77
    assert asked_reports["holdout_49"].precision >= 0.69 and asked_reports["holdout_49"].recall >= 0.67
    assert asked_reports["holdout_50"].precision >= 0.64 and asked_reports["holdout_50"].recall >= 0.54
    assert asked_reports["holdout_51"].precision >= 0.84 and asked_reports["holdout_51"].recall >= 0.57
    assert asked_reports["holdout_52"].precision >= 0.66 and asked_reports["holdout_52"].recall >= 0.60
    assert asked_reports["holdout_53"].precision >= 0.60 and asked_reports["holdout_53"].recall >= 0.68
    assert asked_reports["holdout_54"].precision >= 0.59 and asked_reports["holdout_54"].recall >= 0.77
    assert asked_reports["holdout_55"].precision >= 0.66 and asked_reports["holdout_55"].recall >= 0.78
    assert asked_reports["holdout_56"].precision >= 0.75 and asked_reports["holdout_56"].recall >= 0.55
    assert asked_reports["holdout_57"].precision >= 0.65 and asked_reports["holdout_57"].recall >= 0.50
    assert asked_reports["holdout_58"].precision >= 0.70 and asked_reports["holdout_58"].recall >= 0.93
    assert asked_reports["holdout_59"].precision >= 0.63 and asked_reports["holdout_59"].recall >= 0.78
    assert asked_reports["holdout_60"].precision >= 0.75 and asked_reports["holdout_60"].recall >= 0.86
    assert asked_reports["holdout_61"].precision >= 0.60 and asked_reports["holdout_61"].recall >= 0.80
    assert asked_reports["holdout_62"].precision >= 0.87 and asked_reports["holdout_62"].recall >= 0.82
    assert asked_reports["holdout_63"].precision >= 0.82 and asked_reports["holdout_63"].recall >= 0.53
    assert asked_reports["holdout_64"].precision >= 0.82 and asked_reports["holdout_64"].recall >= 0.75
    # 0.69 → 0.67: "Accountant/Finance Manager" offers the accountant's posts as "or" does (twenty-eighth session)
    assert asked_reports["holdout_65"].precision >= 0.67 and asked_reports["holdout_65"].recall >= 0.60
    assert asked_reports["holdout_66"].precision >= 0.72 and asked_reports["holdout_66"].recall >= 0.70
    assert asked_reports["holdout_67"].precision >= 0.54 and asked_reports["holdout_67"].recall >= 0.50
    assert asked_reports["holdout_68"].precision >= 0.77 and asked_reports["holdout_68"].recall >= 0.72
    assert asked_reports["holdout_69"].precision >= 0.78 and asked_reports["holdout_69"].recall >= 0.63
    assert asked_reports["holdout_70"].precision >= 0.77 and asked_reports["holdout_70"].recall >= 0.68
    assert asked_reports["holdout_71"].precision >= 0.53 and asked_reports["holdout_71"].recall >= 0.68
    assert asked_reports["holdout_72"].precision >= 0.62 and asked_reports["holdout_72"].recall >= 0.60
    assert asked_reports["holdout_73"].precision >= 0.79 and asked_reports["holdout_73"].recall >= 0.53
    # 0.70 → 0.69: a banker's refusal of DSA roles is no refusal of her own line's selling (thirty-third session; this
    # part's RM is leaving the line, and her readers refused the RM post)
    assert asked_reports["holdout_74"].precision >= 0.69 and asked_reports["holdout_74"].recall >= 0.70
    assert asked_reports["holdout_75"].precision >= 0.60 and asked_reports["holdout_75"].recall >= 0.58
    assert asked_reports["holdout_76"].precision >= 0.75 and asked_reports["holdout_76"].recall >= 0.53
    assert asked_reports["holdout_77"].precision >= 0.70 and asked_reports["holdout_77"].recall >= 0.52
    assert asked_reports["holdout_78"].precision >= 0.82 and asked_reports["holdout_78"].recall >= 0.47
    assert asked_reports["holdout_79"].precision >= 0.79 and asked_reports["holdout_79"].recall >= 0.67
    assert asked_reports["holdout_80"].precision >= 0.79 and asked_reports["holdout_80"].recall >= 0.62
    # 0.76 → 0.69 and 0.58 → 0.56: an office's job that lets staff work from home reaches those who want the office
    # (thirty-fourth session): these parts' "any office work" graduate and trainee accountant were sent the Ikeja
    # lender's collections posts their labels did not name (over the read parts 49 wanted gained, 17 refused added)
    assert asked_reports["holdout_81"].precision >= 0.69 and asked_reports["holdout_81"].recall >= 0.53
    assert asked_reports["holdout_82"].precision >= 0.58 and asked_reports["holdout_82"].recall >= 0.72
    assert asked_reports["holdout_83"].precision >= 0.56 and asked_reports["holdout_83"].recall >= 0.73
    assert asked_reports["holdout_84"].precision >= 0.65 and asked_reports["holdout_84"].recall >= 0.65
    assert asked_reports["holdout_85"].precision >= 0.43 and asked_reports["holdout_85"].recall >= 0.55
    assert asked_reports["holdout_86"].precision >= 0.79 and asked_reports["holdout_86"].recall >= 0.73
    assert asked_reports["holdout_87"].precision >= 0.81 and asked_reports["holdout_87"].recall >= 0.69
    assert asked_reports["holdout_88"].precision >= 0.59 and asked_reports["holdout_88"].recall >= 0.70
    assert asked_reports["holdout_89"].precision >= 0.85 and asked_reports["holdout_89"].recall >= 0.79
    assert asked_reports["holdout_90"].precision >= 0.83 and asked_reports["holdout_90"].recall >= 0.72
    assert asked_reports["holdout_91"].precision >= 0.73 and asked_reports["holdout_91"].recall >= 0.64
    # 0.72 → 0.70 (forty-second session): a BD manager's "Want BDM or head of sales roles in Lagos" reached two "Sales
    # Manager" posts only through a whole message's likeness, which a neighbouring line's post no longer gets
    assert asked_reports["holdout_92"].precision >= 0.86 and asked_reports["holdout_92"].recall >= 0.70
    assert asked_reports["holdout_93"].precision >= 0.77 and asked_reports["holdout_93"].recall >= 0.62
    assert asked_reports["holdout_94"].precision >= 0.64 and asked_reports["holdout_94"].recall >= 0.68
    assert asked_reports["holdout_95"].precision >= 0.73 and asked_reports["holdout_95"].recall >= 0.79
    assert asked_reports["holdout_96"].precision >= 0.64 and asked_reports["holdout_96"].recall >= 0.61
    assert asked_reports["holdout_97"].precision >= 0.79 and asked_reports["holdout_97"].recall >= 0.69
    assert asked_reports["holdout_98"].precision >= 0.85 and asked_reports["holdout_98"].recall >= 0.85
    assert asked_reports["holdout_99"].precision >= 0.65 and asked_reports["holdout_99"].recall >= 0.62
    assert asked_reports["holdout_100"].precision >= 0.68 and asked_reports["holdout_100"].recall >= 0.68
    assert asked_reports["holdout_101"].precision >= 0.51 and asked_reports["holdout_101"].recall >= 0.60
    assert asked_reports["holdout_102"].precision >= 0.56 and asked_reports["holdout_102"].recall >= 0.52
    assert asked_reports["holdout_103"].precision >= 0.73 and asked_reports["holdout_103"].recall >= 0.65
    assert asked_reports["holdout_104"].precision >= 0.60 and asked_reports["holdout_104"].recall >= 0.40
    assert asked_reports["holdout_105"].precision >= 0.80 and asked_reports["holdout_105"].recall >= 0.65
    assert asked_reports["holdout_106"].precision >= 0.84 and asked_reports["holdout_106"].recall >= 0.59
    assert asked_reports["holdout_107"].precision >= 0.65 and asked_reports["holdout_107"].recall >= 0.65
    assert asked_reports["holdout_108"].precision >= 0.85 and asked_reports["holdout_108"].recall >= 0.61
    assert asked_reports["holdout_109"].precision >= 0.75 and asked_reports["holdout_109"].recall >= 0.80
    assert asked_reports["holdout_110"].precision >= 0.72 and asked_reports["holdout_110"].recall >= 0.60
    assert asked_reports["holdout_111"].precision >= 0.78 and asked_reports["holdout_111"].recall >= 0.55
    assert asked_reports["holdout_112"].precision >= 0.76 and asked_reports["holdout_112"].recall >= 0.63
    assert asked_reports["holdout_113"].precision >= 0.80 and asked_reports["holdout_113"].recall >= 0.58
    assert asked_reports["holdout_114"].precision >= 0.75 and asked_reports["holdout_114"].recall >= 0.63
    assert asked_reports["holdout_115"].precision >= 0.86 and asked_reports["holdout_115"].recall >= 0.78
    assert asked_reports["holdout_116"].precision >= 0.80 and asked_reports["holdout_116"].recall >= 0.56
    assert asked_reports["holdout_117"].precision >= 0.57 and asked_reports["holdout_117"].recall >= 0.61
    assert asked_reports["holdout_118"].precision >= 0.90 and asked_reports["holdout_118"].recall >= 0.87
    assert asked_reports["holdout_119"].precision >= 0.80 and asked_reports["holdout_119"].recall >= 0.73
    assert asked_reports["holdout_120"].precision >= 0.89 and asked_reports["holdout_120"].recall >= 0.80
    assert asked_reports["holdout_121"].precision >= 0.66 and asked_reports["holdout_121"].recall >= 0.59
    assert asked_reports["holdout_122"].precision >= 0.82 and asked_reports["holdout_122"].recall >= 0.75
    assert asked_reports["holdout_123"].precision >= 0.83 and asked_reports["holdout_123"].recall >= 0.73
    assert asked_reports["holdout_124"].precision >= 0.83 and asked_reports["holdout_124"].recall >= 0.65
    assert asked_reports["holdout_125"].precision >= 0.83 and asked_reports["holdout_125"].recall >= 0.68
    assert asked_reports["holdout_126"].precision >= 0.87 and asked_reports["holdout_126"].recall >= 0.82
    assert asked_reports["holdout_127"].precision >= 0.75 and asked_reports["holdout_127"].recall >= 0.64
    assert asked_reports["holdout_128"].precision >= 0.78 and asked_reports["holdout_128"].recall >= 0.56
    assert asked_reports["holdout_129"].precision >= 0.75 and asked_reports["holdout_129"].recall >= 0.67
    assert asked_reports["holdout_130"].precision >= 0.83 and asked_reports["holdout_130"].recall >= 0.63


def test_every_selected_row_is_read_and_both_splits_have_relevant_pairs(reports):
    # a part read pair by pair wants few alerts (holdout_12: 18; holdout_35: 16), but every part wants some
    assert all(sum(o.relevant for o in r.outcomes) >= 10 for r in reports.values())


@pytest.mark.django_db
def test_a_job_listed_under_several_rows_counts_once_as_the_ingest_merges_it():
    postings = load_postings(REALDATA)
    chosen = {(p.file, p.key) for p in postings}
    for path in sorted(REALDATA.glob("*.csv")):
        rows = [(line, r) for line, r in read_jobspy_csv(path) if (path.name, r.get("id") or r.get("job_url")) in chosen]
        records_ingest(records=rows, source="csv", start_pipeline=False)
    job_of = {r.payload.get("id") or r.payload.get("job_url"): r.canonical_job_id for r in RawJob.objects.all()}
    kept = one_per_job(postings)
    assert len(kept) == CanonicalJob.objects.count() < len(postings)
    assert len({job_of[p.key] for p in kept}) == len(kept)
