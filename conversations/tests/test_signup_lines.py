"""The lines of work a sign-up is read as asking for, on messages two helpers wrote (issue 16)."""

from __future__ import annotations

import pytest

from conversations.extraction.lines import SIGNUP_SETS, UNMEASURED, evaluate_lines, lines_read, load_signups
from jobs.vocabulary import TITLE_GROUPS
from matching.profiles import role_groups

# (share read right, wanted lines read, precision of the lines read). The held-out set's figures on the rules before
# it was written (baecf7a) were 0.700 / 0.757 / 0.947, the tune set's 0.662 / 0.735 / 0.918 (2026-12-04).
# signups_blind, written after the fixes and measured once on them: 0.588 / 0.686 / 0.927 (0.550 / 0.661 / 0.925 on
# baecf7a, measured after; 0.937 precise after the review's workplace change, e6cc401), then read for fixes (sixteenth
# session: 0.613 → 0.812). signups_next, measured once on the "also" clauses: 0.713 / 0.802 / 0.909 (0.713 / 0.802 /
# 0.908 on the code before).
# signups_fifth, measured once on the sixteenth session's reading changes: 0.713 / 0.776 / 0.928 (0.700 / 0.765 /
# 0.915 on the session's starting code, 5232db2).
# signups_sixth, measured once on the seventeenth session's first reading changes: 0.713 / 0.802 / 0.948 (0.947 on
# the code before, 086f19a); signups_seventh, once on that session's changes as a whole: 0.713 / 0.791 / 0.943 (0.688
# / 0.774 / 0.942 on 086f19a); signups_eighth, written at that session's stop and measured once on its final reading:
# 0.625 / 0.713 / 0.931 (0.600 / 0.697 / 0.929 on 086f19a). signups_ninth, written at that stop and measured once
# on the eighteenth session's first reading changes (a graduate trainee asked in a sentence, social media designs):
# 0.688 / 0.709 / 0.977, as on the code before (9314a3c); signups_tenth, written that session, measured once on its
# reading as a whole: 0.688 / 0.733 / 0.881, as on 9314a3c. signups_eleventh, written at that session's stop,
# measured once on the nineteenth session's first reading changes (two-word fields in a sentence, a kitchen or a shop
# asked, "gen work", duties in brackets): 0.562 / 0.663 / 0.810, as on the code before (dcd9377); then read for fixes.
# signups_twelfth, written at that session's start, measured once on its reading as a whole: 0.688 / 0.792 / 0.881
# (0.688 / 0.792 / 0.890 on dcd9377). signups_thirteenth, written that session, measured once on the twentieth
# session's first reading changes ("office work", "right now", "no fit again"): 0.637 / 0.737 / 0.872, as on the code
# before (97bfdab); then read for fixes. signups_fourteenth, written that session, measured once on its reading as a
# whole: 0.562 / 0.646 / 0.835 (0.525 / 0.615 / 0.827 on 97bfdab); then read for fixes. signups_fifteenth, written at
# that point, measured once on the fixes that followed (1845c34): 0.675 / 0.729 / 0.916 (0.675 / 0.719 / 0.915 before
# them, 4b0b397; 0.637 / 0.698 / 0.912 on 97bfdab); then read for fixes. signups_sixteenth, written then, measured once
# on those fixes: 0.625 / 0.729 / 0.868 (0.588 / 0.698 / 0.864 before them, 92d5d24; 0.562 / 0.688 / 0.862 on 97bfdab).
FLOORS = {"signups_tune": (0.95, 0.98, 0.98), "signups_heldout": (0.77, 0.82, 0.96),
          # 0.93 → 0.92: "Looking for internship or junior frontend role" reads the frontend line from the words
          # and no longer keeps the chat's Intern title (a specialty asked as work, thirty-first session: over the
          # sign-up sets 5 messages read better, this one worse)
          "signups_blind": (0.92, 0.95, 0.97), "signups_next": (0.81, 0.89, 0.94),
          "signups_fifth": (0.83, 0.89, 0.95), "signups_sixth": (0.77, 0.86, 0.95),
          "signups_seventh": (0.81, 0.86, 0.96), "signups_eighth": (0.70, 0.78, 0.94),
          "signups_ninth": (0.77, 0.78, 0.97), "signups_tenth": (0.81, 0.85, 0.92),
          "signups_eleventh": (0.78, 0.84, 0.93), "signups_twelfth": (0.72, 0.85, 0.87),
          "signups_thirteenth": (0.83, 0.90, 0.93),
          "signups_fourteenth": (0.76, 0.84, 0.91),
          "signups_fifteenth": (0.85, 0.88, 0.96),
          "signups_sixteenth": (0.75, 0.84, 0.90),
          "signups_seventeenth": (0.78, 0.87, 0.86),
          "signups_eighteenth": (0.75, 0.84, 0.90),
          "signups_nineteenth": (0.82, 0.86, 0.91),
          "signups_twentieth": (0.66, 0.76, 0.87),
          "signups_twenty_first": (0.92, 0.97, 0.95),
          "signups_twenty_second": (0.62, 0.74, 0.83),
          "signups_twenty_third": (0.87, 0.98, 0.91),
          "signups_twenty_fourth": (0.93, 0.95, 0.92),
          "signups_twenty_fifth": (0.90, 0.96, 0.94),
          "signups_twenty_sixth": (0.88, 0.96, 0.90),
          "signups_twenty_seventh": (0.91, 0.96, 0.95),
          "signups_twenty_eighth": (0.92, 0.96, 0.95),
          "signups_twenty_ninth": (0.85, 0.96, 0.90),
          "signups_thirtieth": (0.80, 0.91, 0.87),
          "signups_thirty_first": (0.80, 0.89, 0.88),
          "signups_thirty_second": (0.83, 0.96, 0.88),
          "signups_thirty_third": (0.78, 0.92, 0.89),
          "signups_thirty_fourth": (0.60, 0.65, 0.78),
          "signups_thirty_fifth": (0.83, 0.89, 0.91),
          "signups_thirty_sixth": (0.88, 0.95, 0.92),
          "signups_thirty_seventh": (0.87, 0.96, 0.91),
          "signups_thirty_eighth": (0.83, 0.90, 0.91),
          "signups_thirty_ninth": (0.81, 0.90, 0.85),
          "signups_fortieth": (0.83, 0.90, 0.92),
          "signups_forty_first": (0.87, 0.93, 0.94),
          "signups_forty_second": (0.83, 0.89, 0.94),
          "signups_forty_third": (0.83, 0.93, 0.92),
          "signups_forty_fourth": (0.90, 0.93, 0.96),
          "signups_forty_fifth": (0.83, 0.91, 0.91),
          "signups_forty_sixth": (0.85, 0.91, 0.94),
          "signups_forty_seventh": (0.81, 0.89, 0.87),
          "signups_forty_eighth": (0.83, 0.90, 0.90)}


@pytest.mark.parametrize("path", [*(SIGNUP_SETS[name] for name in sorted(SIGNUP_SETS)), UNMEASURED],
                         ids=lambda path: path.stem)
def test_every_label_names_a_line_matching_knows(path):
    lines = {group[0] for group in TITLE_GROUPS}
    rows = load_signups(path)
    assert len(rows) == 80 and len({row["id"] for row in rows}) == 80
    for row in rows:
        assert set(row["want"]) | set(row["fine"]) <= lines, row["id"]
        assert not set(row["want"]) & set(row["fine"]), row["id"]


@pytest.mark.parametrize("name", sorted(SIGNUP_SETS))
def test_sign_ups_are_read_as_the_lines_they_ask_for(name):
    report = evaluate_lines(load_signups(SIGNUP_SETS[name]))
    right, recall, precision = FLOORS[name]
    figures = (report.share_right, report.recall, report.precision)
    assert all(got >= floor for got, floor in zip(figures, (right, recall, precision), strict=True)), figures


def test_a_past_line_is_not_read_from_a_sign_up():
    assert lines_read("I was a driver but I want to work as a security guard or gateman now") == ("Security Guard",)


def test_what_a_seeker_can_also_do_is_read_beside_the_line_they_ask_for():
    """A helper's sign-ups: "also" and ability clauses had been read as nothing, or had hidden the line asked."""
    assert set(lines_read("Procurement officer, 7 years, CIPS level 4. Port Harcourt. Also open to supply chain and "
                          "logistics roles")) >= {"Procurement Officer", "Logistics Coordinator"}
    assert set(lines_read("Good morning. I am a civil engineer (COREN registered) with 6 years site experience on road "
                          "and building projects. Currently in Abuja. Looking for site engineer or project engineer "
                          "roles, also open to QS work")) >= {"Civil Engineer", "Quantity Surveyor"}
    # a chore they can do is no line: "iron" (clothes) is no welder's work
    assert set(lines_read("Make una help me, i dey find cleaner work or house help. I fit wash cloth and iron too")) <= {
        "Cleaner", "Housemaid", "Laundry Attendant"}


@pytest.mark.parametrize(("message", "lines"), [
    ("Digital marketing - Meta ads, Google ads, email. 4 yrs with e-commerce brands. Remote or Lagos", {"Digital Marketer"}),
    ("Teller job or customer service in bank. BSc Banking & Finance. Lagos", {"Bank Teller"}),
    ("I fit do carpenter work, furniture, roofing, door. I dey Makurdi. I fit also do painting", {"Carpenter", "Painter"}),
    ("IT support / network admin. CCNA, 3yrs in a school. Also install CCTV. Kaduna", {"IT Support", "CCTV Installer"}),
    ("Project manager, PMP, 10 years in telecoms rollout. Also ok with ops manager roles. Abuja",
     {"Project Manager", "Operations Manager"}),
    ("Petroleum engineer, 8 years production engineering. Open to HSE roles too", {"Petroleum Engineer", "HSE Officer"}),
    ("I want to do cleaning or laundry work. I live in Nyanya", {"Cleaner", "Laundry Attendant"}),
    # "security work" asked, though a title ("driver") stands in a later clause
    ("abeg i dey find security work, i don do am 5yrs for one estate. if una get driver work i fit drive too",
     {"Security Guard", "Driver"}),
    ("I be POS agent for Ojo, 2 years. Any POS work or cashier work near Ikeja", {"POS Operator", "Cashier"}),
    ("I want to do cleaning or laundry work. Please help me, even house help", {"Cleaner", "Laundry Attendant"}),
])
def test_lines_named_by_their_work_or_shorthand_are_read(message, lines):
    """signups_blind's misses, read for fixes: a line named by its work ("painting", "install CCTV", "laundry"), its
    shorthand ("ops manager", "HSE"), or an item ending in "job"/"work" ("Teller job")."""
    assert set(lines_read(message)) >= lines


@pytest.mark.parametrize(("message", "lines"), [
    ("cashier/POS pls. Ikotun", ("Cashier", "POS Operator")),
    ("IT support / network admin. CCNA, Microsoft 365, 3yrs in a school. Kaduna", ("IT Support", "Network Engineer")),
    ("Looking for banking job or microfinance loan officer. Benin City", ("Loan Officer", "Bank Teller")),
    ("Front desk officer or receptionist in a hotel or company. Calabar", ("Receptionist", "Hotel Receptionist")),
    ("Na admin i dey do but e don tire me. Abeg HR work i want", ("HR Officer",)),
    # a hotel they worked at and are leaving is no hotel they ask for
    ("I worked 6 years in a hotel as receptionist but I'm tired of hotel work. I want front desk in a corporate office",
     ("Receptionist",)),
    ("I want to work in hotel. Any position, housekeeping, receptionist, waitress",
     ("Receptionist", "Waiter", "Housekeeping Attendant", "Hotel Receptionist")),
    ("I want teaching or any NGO work like community mobilisation", ("Teacher", "Community Mobiliser")),
    ("Farm manager / agric extension. Kwara or Oyo", ("Farm Manager", "Agricultural Extension Officer")),
    # the charter asks no accountant's line beside the lines sought (holdout_108's head of audit, thirty-ninth session)
    ("I'm a chartered accountant (ACCA). I want financial analyst or FP&A roles, or treasury. Lagos",
     ("Financial Analyst", "Treasury Officer")),
    # an acronym asked as work
    ("BSc Mass Communication. I want content writing, social media or PR jobs. Abuja/remote",
     ("Content Writer", "Digital Marketer", "Public Relations Officer")),
    # a slash's second side read to its clause's end only when that is a word or two: industries are no line
    ("Seeking maintenance engineer job in manufacturing/oil & gas. Location: anywhere", ("Mechanical Engineer",)),
])
def test_seventeenth_session_readings(message, lines):
    """signups_tune's and signups_blind's misses, read for fixes (seventeenth session): a slash's side followed by a
    place, a system's "admin", a bank or a hotel as the workplace asked, a line they are tired of."""
    assert lines_read(message) == lines


@pytest.mark.parametrize(("message", "lines"), [
    # a graduate trainee's post named in a sentence, and the work a sentence asks after a course it read
    ("I don finish my NYSC for Enugu, i read Accounting. I dey find graduate trainee or bank job",
     ("Accountant", "Bank Teller", "Graduate Trainee")),
    ("Sales job or management trainee please", ("Sales Executive", "Graduate Trainee")),
    # the phrase before a title is that title's level, not a post of its own
    ("Graduate trainee accountant or audit trainee. Lagos", ("Auditor", "Accountant")),
    # a trade's own words: baking, a factory's floor, agric extension
    ("Chef/cook. Can also bake cakes, small chops, meat pie. Available for hotel, restaurant or private home",
     ("Cook", "Baker")),
    ("I dey find warehouse work or factory work for Agbara or Ota. I fit carry load",
     ("Warehouse Assistant", "Production Operator")),
    ("I'm looking for farm manager or agric extension jobs, or anything in agribusiness in Kwara/Oyo",
     ("Farm Manager", "Agricultural Extension Officer")),
    # "banking" is no slip of baking
    ("banking job pls", ("Bank Teller",)),
])
def test_eighteenth_session_readings(message, lines):
    """signups_tune's misses, read for fixes (eighteenth session): a graduate trainee's post asked inside a sentence,
    whose words a title's reading strips as a level; a trade named by its own words."""
    assert lines_read(message) == lines


@pytest.mark.parametrize(("message", "lines"), [
    # a field named in two words inside a sentence
    ("I'm into insurance sales, 3 yrs with an insurance company, want to keep in insurance or move to bank "
     "marketing. Ibadan", ("Insurance Agent", "Relationship Manager")),
    # a workplace or a trade's shorthand asked as an item or before "work"
    ("I fit do any work o, cleaner, sales girl, even kitchen work. Just make e dey Surulere or Yaba",
     ("Cleaner", "Cashier", "Sales Executive", "Cook")),
    ("Abeg I need work for restaurant, waiter or kitchen. I dey Ajegunle", ("Waiter", "Cook")),
    ("I get WAEC and i don do generator repair for 4 years. Any mechanic or gen work abeg",
     ("Mechanic", "Generator Technician")),
    # a cook's "restaurant or canteen work" asks no waiter's post, and duties in brackets are no lines asked
    ("Good evening. Na cook I be, I sabi cook native soup and continental. Restaurant or canteen work for PH",
     ("Cook",)),
    ("i dey find cleaner work or office assistant for Ikeja. i don clean office 4yrs (toilet, floor, kitchen, tea "
     "for meeting)", ("Cleaner", "Administrative Officer")),
    # a trade's own words with no title (signups_eleventh): clearing is no slip of cleaning
    ("Clearing and forwarding at Kano dry port (Dala). 4 yrs with a licensed agent, I handle Form M, PAAR",
     ("Customs Agent",)),
    ("Aluminium windows and doors, sliding and casement, curtain wall. 7yrs. Lugbe, Kuje", ("Aluminium Fabricator",)),
    ("Welding and fabrication. Also I can do aluminium work", ("Welder", "Aluminium Fabricator")),
    ("I keep books for small businesses, QuickBooks and Excel. Part-time or from home pls", ("Bookkeeper",)),
    ("DVM (UDUS), vet doctor. Poultry and small ruminants. Want big farm or animal clinic, Sokoto",
     ("Veterinary Doctor",)),
    ("Lecturing job in a polytechnic or university, any state in the North. PhD Soil Science", ("Lecturer",)),
    ("Product and food photography for restaurants and online stores. I have my own Canon + lights. Abuja",
     ("Photographer",)),
    ("I dey sew cloth, both male and female, I fit use industrial machine. I wan work for fashion house for Aba",
     ("Tailor",)),
    # farm work is a farm hand's post, farming or agric a farm's; "manger" is a slip of manager
    ("Farm work for cassava or plantain farm, Ogun side. I fit clear, plant, weed, harvest. I strong",
     ("Farm Attendant",)),
    ("Regional sales manger for building materials (tiles, sanitary wares). I manage 8 reps. Enugu base",
     ("Sales Manager",)),
])
def test_nineteenth_session_readings(message, lines):
    """signups_tune's, signups_blind's and signups_eleventh's misses, read for fixes (nineteenth session)."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize("message, lines", [
    # work told by its tasks or its workplace (signups_thirteenth, read for fixes)
    ("Na old people I dey care for, 2 yrs with one elderly man for Surulere. Live-out pls", ("Caregiver",)),
    ("I fit fix laptop and printer, set up office network. Computer Village 3 yrs", ("IT Support",)),
    ("Split AC and standing unit installation, gas charging. 4 yrs, Ikeja", ("HVAC Technician",)),
    ("Motion graphics and 2D animation for adverts. After Effects. Remote", ("Animator",)),
    ("Bench work in a diagnostic lab, MLSCN licensed, 2 yrs. Ibadan", ("Medical Laboratory Scientist",)),
    ("Equity research at a brokerage, 1 yr covering telcos. Lagos Island", ("Research Analyst",)),
    ("I wan drive staff bus for company, 6 yrs experience. Ota", ("Driver",)),
    ("I fit keep book for shop, daily cash and expenses. Onitsha main market", ("Bookkeeper",)),
    # a field told in two words is not read again word by word ("performance marketing" is no field marketer's)
    ("perf mktg, google and meta ads, 2 yrs with a fashion brand. Remote", ("Digital Marketer",)),
    ("School secretary, OND Office Technology. Akure", ("School Administrator",)),
    # a house help's cooking and washing are the post's duties; a cook named as a line stays
    ("Live-in housemaid, I fit cook, wash and iron, take care of children. Ajah", ("Housemaid",)),
    ("Housemaid or cook, I fit do both. Ikeja", ("Housemaid", "Cook")),
    # seen in holdout_53's sign-up words (after its one measure): a bank the cleaner cleans, a seller's corporate
    # accounts, a call centre's agents (not its supervisors)
    ("Office or bank cleaner, I fit also wash toilet and run errand. Yaba", ("Cleaner",)),
    ("Cleaner for office or bank, 3 yrs. Ikeja", ("Cleaner",)),
    ("Industrial sales to manufacturers, I manage corporate accounts and distributors. Lagos", ("Sales Executive",)),
    ("Call centre, 2 yrs inbound. Ikeja", ("Customer Care Representative",)),
    ("I want customer service job for network office or bank. Nnewi", ("Customer Care Representative",)),
    # a nurse's capitals ("rn" in a chat is "right now"); a hotel room made up is housekeeping
    ("RN, RM. 3 yrs in a general hospital, want private hospital in Asaba", ("Nurse",)),
    ("Hotel work where I go make beds and clean rooms, no kitchen. Uyo", ("Housekeeping Attendant",)),
    # signups_fourteenth, read for fixes: a Pidgin "that is not" removes; "except X and Y pls" removes both; Yoruba
    # "Mo fe" ("I want") is no medical officer ("MO" in capitals is)
    ("anything wey no be driving again, Ikeja", ()),
    ("Any work except cashier and sales pls. I get OND", ()),
    ("Mo fe ise cleaner ni office. Ikeja", ("Cleaner",)),
    ("MO, 2 yrs post NYSC. Ilorin", ("Medical Officer",)),
    # work told by its tasks
    ("I dey make wardrobe and kitchen cabinet, 6 yrs. Onitsha", ("Carpenter",)),
    ("I fit plait hair and do braiding, Warri", ("Hairdresser",)),
    ("I dey pick calls and solve complaints for one bank, 1 yr. Want same. Ikeja", ("Customer Care Representative",)),
    ("Na paint house I dey do, screeding and texcoat. Asaba", ("Painter",)),
    ("Teaching has drained me. I want copywriting or blog work now", ("Content Writer",)),
    # signups_fifteenth, read for fixes: "I no fit do X again" removes X, "switch from X to Y" asks Y, "RN" is read
    # by the chat's extractor too, and more work told by its tasks
    ("Customer care for Ikeja, inbound only. I no fit do sales calls again", ("Customer Care Representative",)),
    ("I want to switch from cashier to HR, I have CIPM. Yaba", ("HR Officer",)),
    ("RN 3 yrs, burnt out from night shifts. I want customer service now. Lagos", ("Customer Care Representative",)),
    ("Gate work for estate or school, Festac. Retired soldier", ("Security Guard",)),
    ("I dey write test cases and bug reports, 1 yr QA at a fintech. Remote", ("QA Engineer",)),
    ("Phone flashing and iPhone screen, Computer Village 3 yrs. I want shop wey go pay salary", (
        "Phone Repair Technician",)),
    ("School admin in a private secondary school, 3 yrs. Ibadan", ("School Administrator",)),
    # leaving a line: "burnt out", "done with", "I'd like"
    ("Four years as a cashier in a supermarket and I'm burnt out. I'd like to move into customer service",
     ("Customer Care Representative",)),
])
def test_twentieth_session_readings(message, lines):
    """signups_thirteenth's misses, read for fixes (twentieth session), in other words than its own."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize(("message", "lines"), [
    # signups_sixteenth, read for fixes (twenty-first session): work told by its tasks or its vehicle
    ("Tricycle work for Makurdi, 2 yrs, my papers complete", ("Tricycle Rider",)),
    ("I get my own power bike, parcel delivery for Enugu", ("Dispatch Rider",)),
    ("I want a job where I answer phone for customers of a bank. Jos", ("Customer Care Representative",)),
    ("Banker moving into product management, Lagos", ("Product Manager",)),
    ("I go keep your books for your shop, Excel and QuickBooks. Aba", ("Bookkeeper",)),
    ("I fit teach small pikin for nursery school, Ogba", ("Nursery Teacher",)),
    ("Brand activation for drinks companies, 2 yrs. Calabar", ("Field Marketer",)),
    # "anything but X" removes X; a "mobile app" is no mobiliser's, a "wedding" no welder's
    ("Anything but security abeg. I fit drive, licence complete", ("Driver",)),
    ("Wedding cards and flyers with CorelDraw, 4 yrs. Owerri", ("Graphic Designer",)),
    # signups_seventeenth, read for fixes: a removal takes the whole list it opens, "not as the X" removes X,
    # "draining" and "I started as" tell the work they are leaving
    ("Admin work only, I don't want sales, marketing or anything with calls. Yaba", ("Administrative Officer",)),
    ("I want site engineer work now, not as the electrician. Kaduna", ("Civil Engineer",)),
    ("Teaching is draining me. I'd like customer care now", ("Customer Care Representative",)),
    ("I started as a sales girl. Now I want HR work. Lagos", ("HR Officer",)),
    ("Forklift and reach truck, 4 yrs for Apapa", ("Forklift Operator",)),
    ("I do books for three shops in Onitsha, I want bookkeeping job", ("Bookkeeper",)),
    ("Keke or okada, any one, Warri", ("Tricycle Rider", "Dispatch Rider")),
    # a word that ends a sentence is still the word; work they say they don't do is none of theirs; "I no be X" is
    # "I am not X"; dealers are who a seller sells to; "sealing" is no slip of "selling"
    ("3 yrs in a bank doing deposit mobilisation. Ikeja or Yaba", ("Relationship Manager",)),
    ("Nurse, 5 yrs in a clinic in Yaba. I don't drive.", ("Nurse",)),
    ("I no be doctor o, na nurse aide I be. I fit care for sick people for house", ("Caregiver",)),
    ("I supply cement to dealers in Kano, 4 yrs. Want sales rep work", ("Sales Executive",)),
    ("Filling and sealing in a water factory, 2 yrs. Packing line work pls", ("Production Operator",)),
    ("I want UI/UX work, did the Google UX course. Remote", ("Product Designer",)),
    # signups_eighteenth, read for fixes: work told by its tasks, its tools or its papers
    ("I fit fix generator, any type. Enugu", ("Generator Technician",)),
    ("CCTV and security cameras installation for estates, Jos", ("CCTV Installer",)),
    ("Lawn and hedge work for estates in Lekki", ("Gardener",)),
    ("ICD-10 coding in a teaching hospital, 3 yrs. Ilorin", ("Health Records Officer",)),
    ("Anaesthesia, 4 yrs post-fellowship in a teaching hosp. Jos", ("Anaesthetist",)),
    ("Internal audit or compliance roles, ICAN. Abuja", ("Auditor", "Compliance Officer")),
    ("Smart contracts on Solana, 2 yrs. Remote", ("Blockchain Developer",)),
    ("Self-taught dev, I build WordPress sites and plugins. Remote", ("WordPress Developer",)),
    # kin by marriage and a vehicle owned name no work; "nurse her" cares; "pls no X" removes X
    ("My brother-in-law wants driver work in Kaduna", ("Driver",)),
    ("2 yrs loan recovery for an MFB, I get my own okada. Benin", ("Collections Officer",)),
    ("She nursed her father for years. She wants work to look after old people. Yaba", ("Caregiver",)),
    ("Customer care work in Ikeja pls no sales", ("Customer Care Representative",)),
    # signups_nineteenth and an ordinary sign-up's words, read for fixes: a doctor's "registrar" rank, "pharma rep",
    # a factory's hand, trades and work told by their tasks
    ("Surgery registrar in a federal medical centre. Want surgeon role", ("Surgeon",)),
    ("Registrar in a private university, 5 yrs. Ibadan", ("School Administrator",)),
    ("Pharma rep, 4 yrs, Abuja hospitals", ("Medical Sales Representative",)),
    ("Eye surgeon, cataract surgery. Kano", ("Ophthalmologist",)),
    ("Factory worker for Agbara, 2 yrs", ("Production Operator",)),
    ("Tiling work, Asaba", ("Tiler",)),
    ("I write press releases for an NGO, 3 yrs. Abuja", ("Public Relations Officer",)),
    ("Interpreting Hausa to English for hospitals. Kano", ("Translator",)),
    ("KG2 class teacher, Ikeja", ("Nursery Teacher",)),
    ("Teller, CSO or relationship officer in any bank. Kano", (
        "Bank Teller", "Customer Care Representative", "Relationship Manager")),
    ("I manage 30 SME accounts for a SaaS company, churn and renewals. Remote", ("Customer Success Manager",)),
    ("Electrician, I wire houses and install inverter too. Minna", ("Electrician", "Solar Installer")),
    # listed lines in a sentence, "QC" as a line, a bank among places, "any work to X" naming the work, a slip before
    # "job"
    ("I want work in a factory, production or QC. Agbara", ("Production Operator", "Quality Control Officer")),
    ("Guard for 4 yrs. I want estate, bank or company, day or night. Kubwa", ("Security Guard",)),
    ("Any work to look after old people, live-in ok. Surulere", ("Caregiver",)),
    ("I want HR officer or payrol job, Awka", ("HR Officer", "Payroll Officer")),
    # signups_twentieth, read for fixes: a line named stays beside a removal that also names it, work left ("had
    # enough", "leaving the classroom"), a fintech among places, work told by its tasks
    ("Factory electrician only pls, no house wiring. Agbara", ("Electrician",)),
    ("Leaving the classroom after 6 yrs. I want QC work in a food company. Ota", ("Quality Control Officer",)),
    ("5 yrs selling tiles and I've had enough. I want customer care now. Ikeja", ("Customer Care Representative",)),
    ("Legal officer role, fintech or bank, Lagos", ("Legal Officer",)),
    ("Blocked sink, shower mixer, new pipes, I do all. Lugbe", ("Plumber",)),
    ("Homework help and common entrance prep for primary 5, evenings. Yaba", ("Tutor",)),
    ("Cash out and transfer for 2 yrs at Ojo junction. Na that work I want", ("POS Operator",)),
])
def test_twenty_first_session_readings(message, lines):
    """signups_sixteenth's and signups_seventeenth's misses, read for fixes, in other words than their own."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize(("message", "lines"), [
    # signups_twenty_first, read for fixes: work told by its tools, its tasks or a trade's words
    ("Mai gadi ne ni, shekara 3 a Kaduna", ("Security Guard",)),
    ("Maths for SS1–3, TRCN registered. Ibadan", ("Teacher",)),
    ("Frontal and ponytail installation, 2 yrs. Ikorodu", ("Hairdresser",)),
    ("I can serve tables at a restaurant, Jos", ("Waiter",)),
    ("Brand kits and flyers for small businesses, Abuja", ("Graphic Designer",)),
    ("Staad Pro and Prokon, 3 yrs structural design. Abuja", ("Civil Engineer",)),
    ("Live chat and email support for an online store, remote", ("Customer Care Representative",)),
    ("Brakes and suspension, Toyota and Honda, 6 yrs. Ladipo", ("Mechanic",)),
    ("Small gen and AVR repair, Onitsha", ("Generator Technician",)),
    ("Floor tiles and interlocking for estates, Owerri", ("Tiler",)),
    ("Guiding guests at weddings and parties, Lekki", ("Usher",)),
    ("I fit wash plates and clean house for a family in Wuse", ("Housemaid", "Cleaner")),
    # tiles sold are a seller's; data cleaned up in Excel is no cleaner's work
    ("Showroom sales of tiles and doors, 3 yrs. Onitsha", ("Sales Executive",)),
    ("Data entry, cleaning up Excel sheets and records, remote", ("Data Entry Clerk",)),
    # an item that is a line only with the next item's noun or head
    ("Backend or full stack developer roles, remote", ("Backend Developer", "Full Stack Developer")),
    ("Customer success or customer care roles, Lagos", ("Customer Success Manager", "Customer Care Representative")),
    # a shop's sales girl sells as well as takes the money; how they work is no line ("Lagos/remote.")
    ("Sales girl or cashier for supermarket, Makurdi", ("Cashier", "Sales Executive")),
    ("Recruiter, 4 yrs tech hiring. Lagos/remote.", ("Recruiter",)),
    # signups_twenty_third, read for fixes: work told by its tools or in Hausa, slips of "cashier", a past line
    ("Ina walda, shekara 5 a Zaria", ("Welder",)),
    ("Transcription and captions, 90 wpm, remote", ("Transcriptionist",)),
    ("Stockbroking, 3 yrs at a dealing member firm, Lagos", ("Stockbroker",)),
    ("Blender character rigging for kids' cartoons, remote", ("Animator",)),
    ("pls any casher work for Kano", ("Cashier",)),
    ("Pentesting and red team work, OSCP. Lagos or remote", ("Cybersecurity Analyst",)),
    ("Quantity surveying for a contractor, Abuja", ("Quantity Surveyor",)),
    ("Email campaigns for an online pharmacy, 2 yrs. Want digital marketing role", ("Digital Marketer",)),
    ("3 yrs teaching Playgroup and Nursery 1, NCE ECCE. Uyo", ("Nursery Teacher",)),
    ("Nursery or primary school teacher, NCE, Ikeja", ("Nursery Teacher", "Teacher")),
    ("After 6 yrs teaching English I retrained in GIS. I want survey officer work", ("Surveyor",)),
    # an emoji ends a removal: what follows is asked
    ("I like the customers, not the cash shortages 😅 I want customer service", ("Customer Care Representative",)),
    # signups_twenty_fourth and twenty_fifth, read for fixes
    ("I operate injection moulding machine, 3 yrs. Any factory for Ikorodu", ("Machine Operator",)),
    ("I rode okada 3 yrs before, now na keke I want. Ilorin", ("Tricycle Rider",)),
    ("I keep books for traders — sales records, debtors, stock. Bookkeeping job pls", ("Bookkeeper",)),
    ("I wan sell insurance, motor and life. Onitsha", ("Insurance Agent",)),
    ("Feeding birds, cleaning pens, picking eggs. Ogun", ("Farm Attendant",)),
    ("Drvr 4 haulage coy, trailer and truck, 10yrs. PH", ("Driver",)),
    ("Route planning and rider assignment for an e-commerce hub. Logistics coordinator role", ("Logistics Coordinator",)),
    ("React/Next.js frontend dev, 2 yrs. Remote", ("Frontend Developer",)),
    # signups_twenty_sixth, read for fixes: an ability clause's qualifier, a list's lead words, "wants X or Y work"
    ("Nursery teacher, NCE ECCE, Lekki. I also do home lessons in the evenings", ("Nursery Teacher", "Tutor")),
    ("I'll take cashier, customer care or front desk, any one. Ibadan", ("Cashier", "Customer Care Representative",
                                                                         "Receptionist")),
    ("He wants factory or warehouse work around Bompai, Kano", ("Production Operator", "Warehouse Assistant")),
    ("i need salesgirl wrk for shoe shop, PH", ("Cashier", "Sales Executive")),
    ("Lower primary na my area, Primary 1 to 3, NCE. Ikeja", ("Teacher",)),
    ("Production line or packing, any shift. Enugu", ("Production Operator",)),
    ("6 yrs fixing generators up to 100kVA. Enugu", ("Generator Technician",)),
])
def test_twenty_second_session_readings(message, lines):
    """signups_twenty_first's misses, read for fixes, in other words than their own."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize(("message", "lines"), [
    ("Keke Marwa driver for Ikorodu, daily pay or hire purchase", ("Tricycle Rider",)),
    ("I get car licence. Driver or dispatch work, Abeokuta", ("Driver", "Dispatch Rider")),
    ("M&E or programme work with an NGO in Yola. 3 yrs, KoBo", ("Monitoring and Evaluation Officer",
                                                                 "Programme Officer")),
    ("Factory work abeg: production line or loading. Agbara", ("Production Operator", "Warehouse Assistant")),
    ("Laundry work, washman for hotel or drycleaner. Benin", ("Laundry Attendant",)),
    ("Data analyst, 2 yrs: Power BI, SQL and data cleaning. Remote", ("Data Analyst",)),
    ("Leading a team of 6 engineers now. I want engineering manager roles, remote", ("Engineering Manager",)),
    ("Project management, PMP, 6 years in construction. Open to M&E too", ("Project Manager",
                                                                          "Monitoring and Evaluation Officer")),
    ("Accounts officer, 2 yrs. I fit combine am with store keeping. Ota", ("Accountant", "Warehouse Supervisor")),
    ("Customer care rep, Ikeja. Not interested in telesales jobs.", ("Customer Care Representative",)),
    ("I want driver work for family. No be dispatch work o", ("Driver",)),
    ("Email and live chat support 💬 remote, 2 yrs", ("Customer Care Representative",)),
    ("Vue and Angular on mobile banking apps, 3 yrs. Frontend roles, remote", ("Frontend Developer",)),
    ("Need 6-month SIWES from May, any IT firm in Ibadan", ("Intern",)),
    ("Worked the packaging line 3 yrs, can run sealing machine. Ota", ("Production Operator", "Machine Operator")),
    ("HR officer in Ibadan, or a recruitment role", ("HR Officer", "Recruiter")),
    ("Remote only. Email support or VA work, Jos", ("Customer Care Representative", "Virtual Assistant")),
    ("Packer or loader for warehouse, Onitsha. I no sabi forklift", ("Warehouse Assistant",)),
    ("Makaniki ne ni, ina son aiki a transport company, Kano", ("Mechanic",)),
    ("Freight forwarding job with an agency in Apapa, 2 yrs", ("Customs Agent",)),
    ("She wants call centre work, Ibadan. She can't do field sales", ("Customer Care Representative",)),
    ("Inbound support only, no outbound calls. Yaba", ("Customer Care Representative",)),
    ("plumbr 3yrs, Uyo. estate maintenance or site work", ("Plumber",)),
])
def test_twenty_third_session_readings(message, lines):
    """signups_twenty_seventh's to thirty_first's and holdout_54's misses, read for fixes, in other words than their
    own."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize(("message", "lines"), [
    # hours are no HR's line
    ("Evening shift only, 4-6 hrs. I do dispatch for a 24-hr pharmacy in Ikeja, 2 yrs", ("Dispatch Rider",)),
    ("Bookkeeping for small shops at ₦3,000/hr, remote", ("Bookkeeper",)),
    ("HR officer 4yrs, I supervise 2 HR assistants", ("HR Officer",)),
    # a workplace opened by "for" runs through its list; "any bank" is where, "any factory" what
    ("I want gateman work for estate, school or bank. Ibadan", ("Security Guard",)),
    ("Cleaner, any factory or hotel in Agbara", ("Cleaner", "Production Operator")),
    ("Bank DSA 1 yr, any bank or MFB that needs marketer", ("Relationship Manager",)),
    ("Want translation or captioning work, remote", ("Translator", "Transcriptionist")),
    # signups_thirty_fourth's: words that name no line ("device drivers", Oracle's "Data Guard", a "water dispenser",
    # a "PA setup", "driver remittances", "no bank account target") and a line's own words
    ("Linux device drivers and firmware in C, 4 yrs", ()),
    ("Oracle DBA, Data Guard and RMAN, 6 yrs. DBA roles only", ("Database Administrator",)),
    ("I post driver remittances and reconcile bank lodgements. Accountant role pls", ("Accountant",)),
    ("Glazing and aluminium windows, 5 yrs, Kubwa", ("Aluminium Fabricator",)),
    ("FMCPsych last year, looking for a psychiatry post", ("Psychiatrist",)),
    ("Night patrol work, estate or factory, Ikorodu", ("Security Guard",)),
])
def test_twenty_fourth_session_readings(message, lines):
    """signups_thirty_second's and thirty_fourth's misses, read for fixes, in other words than their own."""
    assert set(lines_read(message)) == set(lines)


@pytest.mark.parametrize(("role", "lines"), [
    ("content creator for brands, 3 yrs. was a teacher before i switched. Surulere", ("Digital Marketer",)),
    ("I was a cashier for 2 yrs, I want cashier work again. Ikeja", ("Cashier",)),
    # holdout_58's: the line they are switching from, and one they "won't go back to" (sent seven teachers' posts)
    ("I've been a secondary school teacher 6 yrs but I'm moving into data analysis. Data analyst roles in Ibadan",
     ("Data Analyst",)),
    ("I've been a teacher for 4 years but I'm switching to HR. I won't go back to teaching", ("HR Officer",)),
])
def test_matching_reads_no_past_line_from_a_seekers_words(role, lines):
    # matching reads a seeker's own words too (their role text, the evaluation's seekers): the line they left is not
    # asked, unless they ask it "again"
    assert set(role_groups(role)) == set(lines)


@pytest.mark.parametrize(("role", "lines"), [("a accountant", ("Accountant",)), ("the cashier", ("Cashier",)),
                                             ("A senior accountant", ("Accountant",))])
def test_an_opening_article_is_no_part_of_the_role(role, lines):
    # "a accountant" had read as a close slip of "tax accountant", "the cashier" as no line
    assert role_groups(role) == lines


@pytest.mark.parametrize(("role", "lines"), [
    # holdout_59's: an ability they hedge is no line asked, a workplace is no line, a receptionist's duties are hers
    ("graphic designer 2yrs, flyers n branding. i fit also handle social media page small. 80k", ("Graphic Designer",)),
    # holdout_85's: the hedge said before the skill ("I also know a bit of Canva and social media")
    ("Customer service fits me. I also know a bit of Canva and social media. Any entry level customer care or front "
     "desk role, 100k", ("Receptionist", "Customer Care Representative")),
    ("I want cashier work. I sabi small computer", ("Cashier",)),
    # holdout_87's: "no door to door marketing" refuses field marketing whole ("door to" had been refused and "door
    # marketing" left asked)
    ("Pls I need sales job for Ikeja. Abeg no door to door marketing and no commission only, I need salary",
     ("Sales Executive",)),
    ("I receive visitors, answer calls, type letters and keep the files for a law firm 4 yrs. Something like that "
     "again, Lekki", ("Receptionist", "Customer Care Representative", "Administrative Officer")),
    # a comma before "i" parts what they ask from what they did ("Or kitchen work" had gone with "i cook … before")
    ("I fit do security work, i don work as guard 6 years. Or kitchen work, i cook for hotel before small time",
     ("Security Guard", "Cook")),
    ("Waiter work no again, I don tire to carry tray. I wan do kitchen work, I sabi prep and cook. PH", ("Cook",)),
    # holdout_60's bank marketer: "open account for people" is no accountant's line
    ("I don do direct sales for 2yrs, I sell POS and open account for people for market", ("Sales Executive",)),
    # holdout_61's: a former line, "don't want" and "don't send me any" refusals, a refused line in quotes
    ("Storekeeper, 5 yrs (inventory, GRN). Former sales rep, don't want sales again. Ota", ("Warehouse Supervisor",)),
    ("Customer service role on the mainland. Please don't send me any marketing or sales roles",
     ("Customer Care Representative",)),
    ('Frontend dev (React). Pls no "fullstack" roles that are secretly backend', ("Frontend Developer",)),
])
def test_twenty_fifth_session_readings(role, lines):
    assert set(role_groups(role)) == set(lines)
