"""Industries a posting requires experience in, and the ones a seeker's words name (jobs.industries)."""

from __future__ import annotations

import pytest

from jobs import industries


@pytest.mark.parametrize(("line", "codes"), [
    ("Experience: minimum of 8 – 10 years' sales experience in the automobile industry.", ("automobile",)),
    ("* 7+ years of sales experience in industrial automation or process control", ("manufacturing", "automation")),
    ("Requirements:\n* Proven sales experience in real estate", ("real_estate",)),  # under a requirements heading
    ("* Minimum of 2 years of experience within the FMCG sector", ("fmcg",)),
    ("key requirements:background:\nmin 5yrs experience in similar role in fmcg", ("fmcg",)),
    ("* Experience: 3–5 years in business development within hospitality, events, or a closely related field.",
     ("hospitality",)),
    ("* In-depth understanding of the oil and gas sector", ("oil_gas",)),
    ("* 2 - 3 years of experience in business development within a consulting firm.", ("consulting",)),
    # the company is where the experience was gained; only the solar sector after "preferably" is a wish
    ("* Minimum of 1-3 years of post-qualification experience in customer service within renewable energy company, "
     "preferably in solar energy sector.", ("energy",)),
    # a microfinance bank's DSA post asking "understanding of … banking operations" under its qualifications
    ("**Qualifications**\n* Strong understanding of microfinance and banking operations", ("banking",)),
    ("Qualifications & Experience\n\n* Minimum of 5 years’ sales experience in the ethanol and/or CO₂ industry.",
     ("chemicals",)),
])
def test_a_requirement_line_asks_the_industry_it_names(line, codes):
    assert set(industries.asked(line)) == set(codes)


@pytest.mark.parametrize("line", [
    "* Experience in the fintech or banking industry is a plus",  # a wish
    "* Proven experience in sales or business development, ideally in real estate",
    "* Background in tech startups, insurance, FMCG, telco, or other sales-driven sectors",  # others open
    "A subsidiary of an engineering company with over 45 years of experience in the energy sector.",  # about us
    "We are a leading player in the hospitality industry.",  # no experience asked
    "* Knowledge of good manufacturing practices (GMP) and warehouse operations is essential.",  # a skill, no trade
    "* 2 years of sales experience, preferably in the solar energy sector.",  # the trade only wished for
    # the experience a post gives its customers (readers wanted these posts for client service staff and sellers)
    "Requirements\n* Managing travel requests and ensuring a seamless travel experience from inquiry to return.",
    "Requirements\n* Promoting the unique luxury experience of our apartments and meeting occupancy targets.",
    # one trade among general roles
    "* Minimum of 3 years' experience in a client service, travel consultancy, or sales role.",
])
def test_a_wish_an_open_list_or_the_employer_about_itself_asks_none(line):
    assert industries.asked(line) == ()


def test_a_seekers_words_name_their_trades_and_a_bank_reconciliation_is_no_bank():
    assert industries.named(["Regional sales manager, 9 years in automobile and motorcycle sales"]) == ("automobile",)
    assert industries.named(["Accountant", "bank reconciliation", "QuickBooks"]) == ()
    assert industries.named(["teller in a commercial bank, 3 years"]) == ("banking",)
    # holdout_79's business developer was kept from an oil and gas post her readers wanted: her trade is in its words
    assert industries.named(["9 years in oilfield services (well services and equipment leasing): tenders, NCDMB/NUPRC "
                             "vendor registration and client relationships with IOCs"]) == ("oil_gas",)
    assert industries.named(["biochemistry graduate, Ioconic Ltd"]) == ()
    # holdout_123's BD manager: the trades named only to refuse them are no experience in them
    assert industries.named(["BD Manager, 7 yrs in B2B SaaS and payments. Please no insurance or MLM/network marketing "
                             "companies, and no commission-only"]) == ()
    assert industries.named(["5 yrs in insurance sales, no banking roles pls"]) == ("insurance",)
    # a refusal ending a message reaches no skill listed after it
    assert industries.named(["Sales rep, 3 yrs. No door to door", "FMCG sales"]) == ("fmcg",)


def test_a_seeker_whose_words_do_not_name_the_trade_asked_is_kept_from_the_post():
    assert industries.other_than(("automobile",), ("fmcg",)) == ("automobile",)
    assert industries.other_than(("automobile",), ()) == ("automobile",)  # the readers refused these too
    assert industries.other_than(("automobile", "energy"), ("energy",)) == ()
    assert industries.other_than((), ()) == ()


@pytest.mark.parametrize(("words", "code"), [
    ("teller in a commercial bank", "banking"), ("microfinance loan officer", "banking"), ("MFB", "banking"),
    ("loan app collections", "fintech"), ("digital lending", "fintech"), ("FMCG", "fmcg"),
    ("consumer goods", "fmcg"), ("beverage company", "fmcg"), ("F&B", "fmcg"), ("oil and gas", "oil_gas"),
    ("oil & gas", "oil_gas"), ("petroleum", "oil_gas"), ("downstream", "oil_gas"), ("oilfield services", "oil_gas"),
    ("oil field", "oil_gas"), ("oil servicing", "oil_gas"), ("IOCs", "oil_gas"), ("NUPRC", "oil_gas"),
    ("NCDMB", "oil_gas"), ("real estate", "real_estate"),
    ("properties", "real_estate"), ("hospitality", "hospitality"), ("hotel", "hospitality"),
    ("QSR", "hospitality"), ("catering", "hospitality"), ("automobile", "automobile"), ("automotive", "automobile"),
    ("motorcycle", "automobile"), ("vehicle sales", "automobile"), ("pharmaceutical", "pharma"),
    ("drug manufacturing", "pharma"), ("telecoms", "telecom"), ("telco", "telecom"), ("solar", "energy"),
    ("renewable", "energy"), ("microgrid", "energy"), ("power sector", "energy"), ("insurance", "insurance"),
    ("pension", "insurance"), ("construction", "construction"), ("building materials", "construction"),
    ("cement", "construction"), ("manufacturing", "manufacturing"), ("factory", "manufacturing"),
    ("logistics", "logistics"), ("courier", "logistics"), ("freight", "logistics"), ("shipping", "logistics"),
    ("fashion", "fashion"), ("luxury", "fashion"), ("cosmetics", "fashion"), ("law firm", "legal"),
    ("legal", "legal"), ("travel", "travel"), ("tourism", "travel"), ("aviation", "travel"),
    ("automation", "automation"), ("DCS", "automation"), ("PLC", "automation"), ("SCADA", "automation"),
    ("capital market", "capital_markets"), ("stockbroking", "capital_markets"),
    ("asset management", "capital_markets"), ("fund management", "capital_markets"),
    ("investment banking", "capital_markets"),
])
def test_every_wording_of_an_industry_passes_its_quick_word_test(words, code):
    # the substring test that spares most seekers the patterns must let each of them through
    assert code in industries.named([f"5 years in {words} sales"])


def test_a_client_in_the_duties_is_no_employer_talking_about_itself():
    line = "* 2 - 3 years of experience in business development, analysis, or client relationship management within a consulting firm."
    assert industries.asked(line) == ("consulting",)
    assert industries.asked("We're hiring on behalf of our client in the FMCG sector; 3 years of experience") == ()


@pytest.mark.parametrize(("words", "codes"), [
    ("5 yrs BD for a diagnostic centre chain. Looking for BD or sales role in healthcare/pharma in Lagos, managerial "
     "level if possible.", ("pharma", "health")),
    ("I want sales role with pharma, diagnostics or healthcare company. Base salary must be there",
     ("pharma", "health")),
    ("i need DSA or sales job with bank or insurance company, island side (Lekki, VI, Ajah)", ("banking", "insurance")),
    ("I want work in oil and gas company", ("oil_gas",)),
    # holdout_116's auditor: a plural "telcos" is the trade too, not something else that frees the list
    ("Looking for internal audit / internal control roles in banks, FMCG or telcos. Please no microfinance",
     ("banking", "fmcg", "telecom")),
    # a wish, their past, a workplace's name, and a list with something that is no trade limit nothing
    ("Want BDM or head of sales roles in Lagos, energy or tech company preferred", ()),
    ("I have 3 years work with a bank as a teller", ()),
    ("I need job in banking hall", ()),
    ("Looking for RM / credit or loan officer role with a bank or licensed finance company in Lagos", ()),
    ("Looking for nursing job in Abuja, hospital or clinic", ()),
])
def test_a_seeker_limits_their_work_to_the_trades_they_ask_to_work_in(words, codes):
    assert industries.sought([words]) == codes


def test_a_post_names_its_trade_anywhere_in_its_text_but_not_in_its_benefits():
    assert "health" in industries.of_post("Sales Representative", "Emzor", "We are a leading pharmaceutical company")
    assert "banking" in industries.of_post("Loan Officer", "QuickCash Ltd", "Disburse and recover loans")
    benefits = "Sell our furniture to offices.\nBenefits: HMO, health insurance, medical allowance"
    assert "health" not in industries.of_post("Sales Executive", "Casa", benefits)
    assert "health" not in industries.of_post("BD Executive", "Eko Hotel", "Lagos full time hospitality & hotel")


@pytest.mark.parametrize(("words", "codes"), [
    ("I want loan recovery job. But pls no those loan app wey dey insult customers and call their family",
     ("lending_app",)),
    ("Backend engineer, 5 yrs. No crypto/betting companies. Expected: N1.5m/month", ("crypto", "betting")),
    ("Please no beer company, hotel with bar, betting or tobacco company, I no go work there",
     ("alcohol", "betting", "tobacco")),
    ("I will NOT consider betting or loan app companies.", ("betting", "lending_app")),
    ("pls ONLY banks or MFBs, no loan app companies at all", ("lending_app",)),
    ("Customer support role pls, but not betting again", ("betting",)),
    # their past, a trade named further on, and a role in the trade refuse no trade
    ("3 yrs recovery for a loan app, calls and SMS. Remote only", ()),
    ("I call shop owners so they don't churn — 2 yrs with a fintech in Abuja", ()),
    ("Looking for RM roles with commercial banks. Please, no microfinance DSA or commission-based roles", ()),
    ("No experience with crypto but I learn fast", ()),
])
def test_a_seeker_refuses_the_trades_their_words_say_no_to(words, codes):
    assert industries.refused([words]) == codes


def test_a_post_names_a_refused_trade_where_it_says_what_it_does_not_what_it_asks():
    loan_app = "COMPANY: Snappy Credit limited is a Fintech company that provides quick loans via an online process"
    assert industries.refusable_in_post("Collections Officer", "Beryl Springs", loan_app) == ("lending_app", "fintech")
    bank = "We are a commercial bank.\n* Prior experience in a microfinance bank, fintech, or trade finance institution."
    assert industries.refusable_in_post("Relationship Manager", "Jemi Neil", bank) == ()
    wish = "Build our mobile app.\n* Familiarity with blockchain technology / web3 is a plus"
    assert industries.refusable_in_post("Mobile Developer", "", wish) == ()
    assert industries.refusable_in_post("Accountant", "Bet9ja", "Prepare the monthly accounts") == ("betting",)


@pytest.mark.parametrize(("words", "code"), [
    ("loan apps", "lending_app"), ("lending app", "lending_app"), ("quick loans", "lending_app"),
    ("instant loan", "lending_app"), ("payday loans", "lending_app"), ("digital lenders", "lending_app"),
    ("online lending", "lending_app"), ("microfinance", "microfinance"), ("MFBs", "microfinance"),
    ("fintechs", "fintech"), ("betting", "betting"), ("Bet9ja", "betting"), ("sportsbook", "betting"),
    ("SportyBet", "betting"), ("gambling", "betting"), ("casinos", "betting"), ("lottery", "betting"),
    ("crypto", "crypto"), ("cryptocurrency", "crypto"), ("web3", "crypto"), ("blockchain", "crypto"),
    ("bitcoin", "crypto"), ("DeFi", "crypto"), ("NFT", "crypto"), ("forex", "forex"), ("FX trading", "forex"),
    ("currency trading", "forex"), ("binary options", "forex"), ("tobacco", "tobacco"), ("cigarette", "tobacco"),
    ("beer", "alcohol"), ("brewery", "alcohol"), ("alcoholic drinks", "alcohol"), ("liquor", "alcohol"),
    ("distillery", "alcohol"),
])
def test_every_wording_of_a_refusable_trade_passes_its_quick_word_test(words, code):
    assert code in industries.refused([f"Accountant, 3 yrs. Please no {words} companies"])
    assert code in industries.refusable_in_post("Accountant", "", f"We are a {words} company")
