"""The shared field parsers: pay, places and the job vocabulary."""

from __future__ import annotations

import pytest

from jobs.locations import areas_only, find_places, housed_places, lookup, place_contains, resolve_place, side_of
from jobs.salary import convert, parse_salary
from jobs.vocabulary import canonical_title, find_skills, find_titles, normalize, strip_seniority


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("₦450,000", (450_000, 450_000, "NGN", "")),
        ("N450k", (450_000, 450_000, "NGN", "")),
        ("NGN 1.2m per annum", (1_200_000, 1_200_000, "NGN", "yearly")),
        ("450k naira", (450_000, 450_000, "NGN", "")),
        ("$4,000/month", (4_000, 4_000, "USD", "monthly")),
        ("KSh 80,000", (80_000, 80_000, "KES", "")),
        ("£45k a year", (45_000, 45_000, "GBP", "yearly")),
        ("between 200k and 300k monthly", (200_000, 300_000, "", "monthly")),
        ("₦200,000 - ₦300,000 monthly", (200_000, 300_000, "NGN", "monthly")),
        ("R30 000 per month", (30_000, 30_000, "ZAR", "monthly")),
        ("at least 600k a month", (600_000, 600_000, "", "monthly")),
        # a short contract's whole pay is read per month (readers of the real post read 125k a month)
        ("Compensation: ₦250,000 for2 months", (125_000, 125_000, "NGN", "monthly")),
        ("₦150,000 per month for 6 months", (150_000, 150_000, "NGN", "monthly")),
    ],
)
def test_it_reads_pay_in_the_ways_people_write_it(text, expected):
    salary = parse_salary(text)
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == expected


@pytest.mark.parametrize("text", ["3+ years experience", "2 roles open", "Python3 and 4 years", "between us"])
def test_numbers_that_are_not_pay_are_not_read_as_pay(text):
    assert parse_salary(text) is None


def test_500k_is_five_hundred_thousand_not_five_hundred():
    assert parse_salary("I want 500k").minimum == 500_000


def test_currencies_convert_through_the_dated_table():
    assert convert(100.0, "USD", "USD") == 100.0
    assert 300 < convert(600_000, "NGN", "USD") < 500
    assert convert(10.0, "XYZ", "USD") is None


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [("PH", "Port Harcourt", "Rivers"), ("Eko", "Lagos", "Lagos"), ("FCT", "Abuja", "FCT"),
     ("Ikeja, Lagos, Nigeria", "Lagos", "Lagos"), ("VI", "Lagos", "Lagos"), ("Abuja, FCT, Nigeria", "Abuja", "FCT")],
)
def test_nigerian_aliases_resolve_to_the_city(text, city, state):
    place = resolve_place(text)
    assert (place.city, place.state, place.country) == (city, state, "NG")


def test_remote_postings_keep_their_country():
    place = resolve_place("Remote (Nigeria)")
    assert place.remote and place.country == "NG" and not place.city
    assert resolve_place("Remote").remote


def test_a_city_contains_its_neighbourhoods_but_not_other_cities():
    assert place_contains(lookup("Lagos"), resolve_place("Lekki Phase 1, Lagos"))
    assert not place_contains(lookup("Abuja"), resolve_place("Lagos, Lagos, Nigeria"))


def test_a_side_of_lagos_holds_its_areas_and_towns():
    """"Lagos mainland", "island side": Lagos people place work by side of the lagoon."""
    mainland, island = lookup("mainland"), resolve_place("Lagos Island side")
    assert (mainland.area, mainland.label, island.area) == ("Lagos Mainland", "Lagos Mainland", "Lagos Island")
    assert place_contains(mainland, resolve_place("Ikeja, Lagos")) and place_contains(mainland, lookup("Ikorodu"))
    assert place_contains(island, resolve_place("Lekki Phase 1, Lagos"))
    assert not place_contains(island, resolve_place("Yaba, Lagos")) and not place_contains(mainland, lookup("Ajah"))
    assert side_of("Victoria Island") == "Lagos Island" and side_of("Garki") == ""
    assert resolve_place("Bonny Island, Rivers").city == "Bonny"  # "island" alone is no side


def test_the_neighbourhoods_real_seekers_and_postings_name_are_known_with_their_side():
    """Areas the real seekers and postings of issue 16 named and the gazetteer had read as nowhere (2026-12-03)."""
    assert (resolve_place("Abule-Egba").area, side_of("Abule Egba")) == ("Abule Egba", "Lagos Mainland")
    assert resolve_place("Ojodu Berger").area == "Ojodu" and side_of("Ikota") == side_of("Ikate") == "Lagos Island"
    assert resolve_place("Lokogoma").city == "Abuja" and resolve_place("Eliozu").city == "Port Harcourt"
    assert resolve_place("Computer Village").area == "Ikeja" and resolve_place("Oluyole").city == "Ibadan"
    # twentieth session: Lagos neighbourhoods seekers name, each on its side
    for area in ("Okota", "Shomolu", "Ejigbo", "Ipaja", "Opebi", "Omole", "Dopemu", "Ago Palace", "Lawanson"):
        assert (resolve_place(area).area, side_of(area)) == (area, "Lagos Mainland")
    assert resolve_place("Somolu").area == "Shomolu" and side_of("Lakowe") == side_of("Abraham Adesanya") == "Lagos Island"
    assert resolve_place("Victoria Garden City").area == "VGC" and side_of("VGC") == side_of("Abijo") == "Lagos Island"
    assert resolve_place("Bode Thomas").area == "Surulere" and side_of("Okokomaiko") == "Lagos Mainland"
    # and other cities' (an Ibadan seeker's "Ojoo or Moniya" had read as nowhere, so as anywhere)
    assert [p.label for p in find_places("Ojoo or Moniya")] == ["Ojoo, Ibadan, Oyo", "Moniya, Ibadan, Oyo"]
    assert resolve_place("Gwarimpa").area == "Gwarinpa" and resolve_place("Rumuomasi").city == "Port Harcourt"
    assert resolve_place("Trans-Ekulu").city == "Enugu" and resolve_place("Sabon Tasha").city == "Kaduna"
    # a name in a chat, a place where one is expected
    assert find_places("Anthony") == [] and find_places("Anthony", ambiguous=True)[0].area == "Anthony"


def test_places_are_found_in_a_chat_message():
    labels = [p.city for p in find_places("i dey find nursing work for Kano or PH")]
    assert labels == ["Kano", "Port Harcourt"]


@pytest.mark.parametrize(("text", "housed"), [
    # the real seekers' words (holdout_64 to 77)
    ("I'm in Ibadan (Challenge/Ring Road) but I can work in Lagos too if there is accommodation. 70k and above.",
     ["Lagos"]),
    ("i dey Ibadan, can come Lagos if accomodation dey. any amount to start", ["Lagos"]),
    ("Looking for a good school in Ibadan, or Lagos if accommodation is provided.", ["Lagos"]),
    ("Based in Jos, can also go Bauchi or Abuja if there is accommodation. 180k.", ["Bauchi", "Abuja, FCT"]),
    ("I'm in Ilorin (Tanke) but I can relocate to Lagos or Abuja if accommodation is part of it. 90k in Ilorin",
     ["Lagos", "Abuja, FCT"]),
    ("Chef, 7 yrs in hotel kitchen here in Calabar. Calabar, Uyo or even PH if accommodation dey.",
     ["Port Harcourt, Rivers"]),
    ("caregiver for one old mama for Osogbo. I want caregiver work. Osogbo or Lagos if live-in. 70k", ["Lagos"]),
    # a condition beside another (holdout_115's Kaduna driver)
    ("I ready to go Abuja or Lagos if the pay good and dem give accommodation", ["Abuja, FCT", "Lagos"]),
    ("Caregiver. Abeokuta (Kuto, Panseke) or live-in Lagos also fine", ["Lagos"]),
    # not a condition: a wish, the seeker's own home, or live-in accepted outright
    ("PH, Umuahia or anywhere they will give accomodation", []),
    ("I'm open to relocating to Abuja or Lagos. 200k minimum, accommodation will help.", []),
    ("I live in Ogba so Ikeja, Ogba, Agege, Alausa axis is best.", []),
    ("caregiver/nurse assistant, 2yrs in old peoples home. ibadan or lagos live-in ok", []),
])
def test_a_place_asked_only_where_the_post_houses_its_staff_is_told_from_one_asked_outright(text, housed):
    assert [place.label for place in housed_places(text)] == housed


@pytest.mark.parametrize(("text", "limited"), [
    # holdout_105's cleaner and the read parts' (six refused alerts elsewhere in the city stopped)
    ("Pls i need cleaner job for Lekki, Ajah, Sangotedo axis only. I stay Ajah", True),
    ("3 years front desk in a hotel in Ajah. ONLY Lekki to Ajah axis, Sangotedo fine", True),
    ("I don work 1yr for Nyanya market. SSCE. Nyanya, Karu or Mararaba only", True),
    ("I dey stay Ajah Sangotedo so na only Ajah Lekki side I fit go", True),
    # "only" beside no place
    ("Ikorodu, Ketu, Ojota, Maryland side. Daytime job only, closing before 6pm", False),
    ("Ikeja, Yaba, Apapa all fine. No DSA or commission-only pls, salaried only. Min 200k.", False),
    ("I live in Ogba so Ikeja, Ogba, Agege, Alausa axis is best.", False),
])
def test_only_beside_the_places_named_limits_the_work_to_them(text, limited):
    assert areas_only(text) is limited


def test_titles_and_skills_come_from_one_vocabulary():
    assert canonical_title("Finance Officer") == canonical_title("Accountant")
    assert canonical_title("Call Centre Agent") == canonical_title("customer care representative")
    assert find_titles("backend developer looking for Python/Django roles")[0] == "Backend Developer"
    assert find_skills("Python/Django, postgres and ms excel") == ["Python", "Django", "PostgreSQL", "Microsoft Excel"]
    assert strip_seniority("Senior Backend Developer") == ("backend developer", "senior")


def test_data_entry_keeps_its_entry_and_entry_level_is_a_level():
    # "entry" is a level only first or before "level" ("Data Entry Clerk" was read as an entry-level post, holdout_21)
    assert strip_seniority("Data Entry Clerk") == ("data entry clerk", "")
    assert strip_seniority("Entry Level Accountant")[1] == "entry"
    assert strip_seniority("Entry Accountant") == ("accountant", "entry")


@pytest.mark.parametrize("text", ["bsc accounting 2022, NYSC done", "I finish WAEC 2023", "founded in 1998"])
def test_a_bare_year_is_not_pay(text):
    assert parse_salary(text, default_currency="NGN") is None


def test_pay_after_a_year_is_still_found_and_a_year_with_a_period_is_pay():
    assert parse_salary("bsc accounting 2022, salary 150k", default_currency="NGN").minimum == 150000
    assert parse_salary("2000 per month", default_currency="NGN").minimum == 2000


def test_emoji_are_not_read_as_words():
    # anyascii spells "💬" ":speech_balloon:": a chat support agent had read as a balloon decorator
    assert normalize("Live chat agent 💬 remote 🙏🏾") == "live chat agent remote"
    assert find_titles("🎈 Customer Care Representative") == find_titles("Customer Care Representative")
