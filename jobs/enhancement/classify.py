"""Industry and job-function classification from keywords: pure, fast and explainable.

The function follows the posting's title group (an accountant at a hospital still does finance); the
industry follows the employer (company name first, then the description's vocabulary).
"""

from __future__ import annotations

import re
from functools import cache

from jobs.enhancement.posting import Posting, parse
from jobs.vocabulary import canonical_title, find_titles, normalize

FUNCTIONS = [
    "Software & Engineering", "Data & Analytics", "Product & Design", "IT & Support", "Finance & Accounting",
    "Banking Operations", "Sales & Business Development", "Marketing & Communications", "Customer Service",
    "Healthcare", "Education & Training", "Logistics & Driving", "Supply Chain & Procurement",
    "Trades & Technical", "Engineering (Non-software)", "Administration", "Human Resources", "Legal",
    "Project & Programme Management", "Hospitality & Food", "Beauty & Personal Care", "Security",
    "Cleaning & Domestic", "Agriculture", "Media & Writing", "Retail", "Graduate & Internship", "Operations",
]

# canonical title (the first of its TITLE_GROUPS entry) → function
TITLE_FUNCTION: dict[str, str] = {
    **dict.fromkeys([
        "Software Engineer", "Backend Developer", "Frontend Developer", "Full Stack Developer", "Mobile Developer",
        "DevOps Engineer", "QA Engineer", "Embedded Systems Engineer", "Blockchain Developer",
        "Game Developer", "WordPress Developer", "Engineering Manager", "SAP Consultant", "Scrum Master",
    ], "Software & Engineering"),
    **dict.fromkeys(["Data Analyst", "Data Scientist", "Data Engineer", "Business Analyst", "Supply Chain Analyst",
                     "Research Analyst"], "Data & Analytics"),
    **dict.fromkeys(["Product Manager", "Product Designer", "Graphic Designer", "Animator", "Event Decorator"], "Product & Design"),
    **dict.fromkeys(["IT Support", "Network Engineer", "Cybersecurity Analyst", "Database Administrator",
                     "Phone Repair Technician", "CCTV Installer", "Solar Installer"], "IT & Support"),
    **dict.fromkeys(["Accountant", "Bookkeeper", "Auditor", "Tax Officer", "Financial Analyst", "Finance Manager",
                     "Risk Analyst", "Insurance Agent", "Actuarial Analyst", "Treasury Officer", "Payroll Officer",
                     "Stockbroker"],
                    "Finance & Accounting"),
    **dict.fromkeys(["Bank Teller", "Relationship Manager", "Branch Manager", "Compliance Officer", "Loan Officer",
                     "Collections Officer"],
                    "Banking Operations"),
    **dict.fromkeys(["Sales Executive", "Field Marketer", "Business Development Executive", "Sales Manager", "Medical Sales Representative",
                     "Real Estate Agent", "Merchandiser", "Key Account Manager",
                     "Sales Development Representative"], "Sales & Business Development"),
    **dict.fromkeys(["Digital Marketer", "Marketing Executive", "Public Relations Officer", "Event Planner",
                     "Usher"], "Marketing & Communications"),
    **dict.fromkeys(["Customer Care Representative", "Customer Success Manager", "Virtual Assistant",
                     "Customer Service Manager"],
                    "Customer Service"),
    **dict.fromkeys(["Nurse", "Pharmacist", "Pharmacy Technician", "Medical Laboratory Scientist", "Medical Officer",
                     "Superintendent Pharmacist", "Community Health Worker", "Caregiver", "Physiotherapist", "Radiographer", "Optometrist",
                     "Dentist", "Dental Assistant", "Nutritionist", "Health Records Officer", "Psychologist",
                     "Social Worker", "Veterinary Doctor", "Medical Scribe", "Obstetrician and Gynaecologist",
                     "Dermatologist", "Psychiatrist", "Paediatrician", "Surgeon", "Cardiologist", "Anaesthetist",
                     "Radiologist", "Ophthalmologist"], "Healthcare"),
    **dict.fromkeys(["Teacher", "Tutor", "Lecturer", "Nursery Teacher", "School Administrator", "Trainer",
                     "Head Teacher"],
                    "Education & Training"),
    **dict.fromkeys(["Dispatch Rider", "Driver", "Logistics Coordinator", "Tricycle Rider", "Forklift Operator",
                     "Fleet Manager"],
                    "Logistics & Driving"),
    **dict.fromkeys(["Warehouse Supervisor", "Warehouse Assistant", "Procurement Officer"],
                    "Supply Chain & Procurement"),
    **dict.fromkeys(["Electrician", "Plumber", "Welder", "Generator Technician", "Mechanic", "HVAC Technician",
                     "Carpenter", "Mason", "Painter", "Tiler", "Aluminium Fabricator", "Machine Operator",
                     "Production Operator", "Quality Control Officer", "Instrumentation Technician",
                     "Maintenance Technician", "Bricklayer"], "Trades & Technical"),
    **dict.fromkeys(["Civil Engineer", "Mechanical Engineer", "Electrical Engineer", "Petroleum Engineer",
                     "Quantity Surveyor", "Architect", "Chemical Engineer", "HSE Officer", "Surveyor",
                     "Telecom Engineer"], "Engineering (Non-software)"),
    **dict.fromkeys(["Administrative Officer", "Receptionist", "Personal Assistant", "Data Entry Clerk"],
                    "Administration"),
    **dict.fromkeys(["HR Officer", "Recruiter"], "Human Resources"),
    **dict.fromkeys(["Legal Officer", "Paralegal", "Company Secretary"], "Legal"),
    **dict.fromkeys(["Project Manager", "Monitoring and Evaluation Officer", "Programme Officer",
                     "Protection Officer", "Community Mobiliser"],
                    "Project & Programme Management"),
    **dict.fromkeys(["Cook", "Waiter", "Hotel Receptionist", "Baker", "Housekeeping Attendant", "Restaurant Manager",
                     "Hotel Manager", "Housekeeping Supervisor"],
                    "Hospitality & Food"),
    **dict.fromkeys(["Hairdresser", "Tailor"], "Beauty & Personal Care"),
    **dict.fromkeys(["Security Guard"], "Security"),
    **dict.fromkeys(["Cleaner", "Housemaid", "Gardener", "Laundry Attendant"], "Cleaning & Domestic"),
    **dict.fromkeys(["Farm Manager", "Fisheries Officer", "Agricultural Extension Officer", "Farm Attendant"],
                    "Agriculture"),
    **dict.fromkeys(["Content Writer", "Radio Presenter", "Translator", "Transcriptionist", "Video Editor",
                     "Photographer"], "Media & Writing"),
    **dict.fromkeys(["Cashier", "POS Operator", "Store Manager"], "Retail"),
    **dict.fromkeys(["Graduate Trainee", "Intern"], "Graduate & Internship"),
    **dict.fromkeys(["Operations Manager", "Facility Manager", "Customs Agent"], "Operations"),
}

# Industry → keywords. Company names weigh three times as much as the description.
INDUSTRY_KEYWORDS: dict[str, list[str]] = {
    "Banking & Financial Services": [
        "bank", "banking", "microfinance", "mfb", "fintech", "loan", "loans", "lending", "credit", "payments",
        "pension", "pensions", "asset management", "investment", "capital", "securities", "wallet", "savings",
        "finance company", "insurance", "insurer", "underwriting", "brokerage", "pfa", "pos terminals",
        "financial services", "financial markets", "stock exchange", "financial institution", "mortgage",
        "payment solutions", "card payments", "wealth management", "investment bank", "bnpl", "trading platform",
    ],
    "Technology": [
        "software", "saas", "platform", "app", "apps", "startup", "tech", "technologies", "technology",
        "digital", "cloud", "api", "developer", "engineering team", "e-commerce platform", "it services",
        "internet service provider", "isp", "cybersecurity", "ict", "information technology", "it company",
        "it solutions", "infotech", "software company", "tech company", "it consulting", "saas company",
    ],
    "Healthcare": [
        "hospital", "clinic", "health", "healthcare", "medical", "pharmacy", "pharmacies", "diagnostics",
        "laboratory", "patients", "patient", "nursing", "maternity", "eye clinic", "dental", "hmo", "care home",
        "pharmaceutical", "pharmaceuticals", "pharma", "clinics", "biotech", "life sciences",
        "specialist hospital",
    ],
    "Education": [
        "school", "schools", "college", "academy", "university", "polytechnic", "tutorial", "students", "pupils",
        "learning", "education", "edtech", "lessons", "waec", "jamb", "nursery", "creche",
    ],
    "Logistics & Transport": [
        "logistics", "delivery", "deliveries", "courier", "dispatch", "haulage", "transport", "fleet", "shipping",
        "freight", "ride-hailing", "riders", "last-mile", "express", "movers", "cargo", "clearing and forwarding",
    ],
    "Retail & E-commerce": [
        "supermarket", "store", "stores", "retail", "shop", "mall", "e-commerce", "ecommerce", "online store",
        "marketplace", "outlet", "outlets", "boutique", "mart", "stores limited",
    ],
    "FMCG & Manufacturing": [
        "factory", "manufacturing", "plant", "production line", "foods", "beverages", "fmcg", "bottling",
        "packaging", "mills", "industries", "distributors", "distribution", "flour", "cement", "plastics",
        "consumer goods", "snacks", "brewery", "dairy", "manufacturer", "production", "recycling", "ethanol",
    ],
    "Oil, Gas & Energy": [
        "oil", "gas", "petroleum", "upstream", "downstream", "refinery", "energy", "solar", "power", "renewable",
        "lpg", "filling station", "petrol", "inverter", "electricity", "disco",
    ],
    "Construction & Real Estate": [
        "construction", "building", "builders", "real estate", "property", "properties", "estate", "housing",
        "contractors", "civil works", "site", "facility management", "facilities", "homes", "rentals",
    ],
    "Hospitality & Food Service": [
        "hotel", "hotels", "restaurant", "restaurants", "eatery", "kitchen", "catering", "lounge", "suites",
        "resort", "guests", "bakery", "food court", "event centre", "chops", "grills", "cafe", "qsr",
        "quick service restaurant", "food chain", "hospitality", "boutique hotel",
    ],
    "Agriculture": [
        "farm", "farmer", "agric", "agritech", "smallholder", "agriculture", "agro", "poultry", "fish", "fishery", "crops", "livestock",
        "agribusiness", "feed mill", "plantation",
    ],
    "Telecommunications": ["telecom", "telecoms", "telecommunications", "network operator", "fibre", "towers", "mobile operator"],
    "Media & Entertainment": [
        "media", "radio", "tv", "television", "fm", "studio", "studios", "film", "music", "entertainment",
        "publishing", "newspaper", "magazine", "production company", "advertising", "creative agency",
        "marketing agency", "media agency", "pr agency",
    ],
    "NGO & Development": [
        "ngo", "foundation", "non-profit", "nonprofit", "humanitarian", "donor", "usaid", "unicef", "programme",
        "beneficiaries", "initiative", "development partners", "community development", "charity",
    ],
    "Government & Public Sector": ["ministry", "government", "federal", "state government", "agency", "commission"],
    "Legal & Professional Services": [
        "law firm", "chambers", "legal", "solicitors", "consulting", "consultancy", "consultants", "advisory",
        "audit firm", "chartered accountants", "professional services", "recruitment", "staffing",
        "hr consulting", "hr solutions", "outsourcing", "recruiting firm", "management consulting",
    ],
    "Beauty & Fashion": [
        "salon", "spa", "beauty", "cosmetics", "makeup", "fashion", "clothing", "tailoring", "couture", "atelier",
        "barbershop", "hair", "skincare", "textile",
    ],
    "Security Services": ["security company", "guard force", "security services", "private security"],
    "Automotive": ["motors", "automobile", "auto", "car dealership", "vehicles", "spare parts", "automotive", "motorcycles"],
}

FUNCTION_INDUSTRY: dict[str, str] = {
    "Healthcare": "Healthcare", "Education & Training": "Education", "Banking Operations": "Banking & Financial Services",
    "Software & Engineering": "Technology", "Hospitality & Food": "Hospitality & Food Service",
    "Agriculture": "Agriculture", "Legal": "Legal & Professional Services", "Beauty & Personal Care": "Beauty & Fashion",
    "Logistics & Driving": "Logistics & Transport", "Security": "Security Services", "Retail": "Retail & E-commerce",
}


# Words of a title that name its field, tried in the order they appear in the title ("Sales and Admin
# Executive" is sales). Bare rank words (manager, officer, specialist, engineer) name no field on their own.
TITLE_WORDS: list[tuple[str, str]] = [
    ("Graduate & Internship", r"intern|internship|trainee|siwes|nysc|apprentice"),
    ("Cleaning & Domestic", r"nanny|babysitter|au pair|house ?help|housemaid|domestic|cleaner|janitor|laundry"),
    ("Sales & Business Development", r"sales|selling|business develop\w*|business dev|bdm|bde|key accounts?|"
     r"account executive|telemarketing|telesales|commercial|vendeur|comercial|growth|pre ?sales|merchandis\w*|"
     r"marketers?|partnerships?|icp|csp|territory|area manager|realtor|real estate|trader|business associate"),
    ("Software & Engineering", r"software|sw|sde|sdet|developers?|programmer|devops|sre|back ?end|front ?end|"
     r"full ?stack|web|android|ios|python|java|javascript|react(?: ?js)?|node(?: ?js)?|\.net|golang|php|django|"
     r"salesforce|sap|odoo|mlops|coder|application development|tech lead|technical lead|engineering manager|"
     r"qa|tester|test engineer|test development|automation developer|platform engineer|cloud|api|"
     r"system development|systems design|technologist"),
    ("Data & Analytics", r"data|analytics|business intelligence|bi|statistician|insights|economist|"
     r"research analyst|market research"),
    ("IT & Support", r"it(?! software)|ict|helpdesk|help desk|service desk|technical support|network support|network|"
     r"system administrator|sysadmin|infrastructure|cyber ?security|erp|application management|"
     r"application support|product support|reliability"),
    ("Product & Design", r"designer|ui|ux|ui/ux|graphics?|motion|animator|illustrator|product manager|"
     r"product owner|product lead|visuali[sz]er"),
    ("Marketing & Communications", r"marketing|brand|campaigns?|seo|search engine|social media|content|"
     r"communications?|pr|public relations|media|digital manager|influencer|advertising|creative director|"
     r"youtube|e ?commerce|creative"),
    ("Media & Writing", r"writer|copy ?writer|editor|journalist|reporter|translator|interpreter|presenter|"
     r"broadcaster|photographer|videographer|transcri\w+|proofreader"),
    ("Customer Service", r"customer|client service|client success|call cent(?:er|re)|contact cent(?:er|re)"),
    ("Healthcare", r"nurse|nursing|medical|clinical|clinics?|doctor|physician|pharmacy|pharmacist|"
     r"dermatologist|psychiatrist|psychologist|health|microbiologist|laboratory|lab scientist|dental|dentist|"
     r"therapist|caregiver|care assistant|midwife|hospital|nutrition|radiographer|optometrist|laakari|"
     r"yleislaakari"),
    ("Education & Training", r"teacher|tutor|lecturer|education|academics?|school|instructor|teaching|"
     r"curriculum|mentors?|learning and development|learning & development|l&d|trainer"),
    ("Logistics & Driving", r"driver|rider|dispatch|logistics|fleet|transport|delivery|courier|distribution|"
     r"traffic|chauffeur|haulage|shipping|station manager"),
    ("Supply Chain & Procurement", r"procurement|purchasing|sourcing|supply|inventory|store ?keeper|warehouse|"
     r"stores|tender|bid|packaging|planner|materials?"),
    ("Human Resources", r"hr|human resources?|humanresource\w*|people advisor|people partner|people operations|"
     r"talent|recruit\w*|outsourcing|payroll"),
    ("Finance & Accounting", r"accounts?|accountant|accounting|audit|auditor|tax|treasury|finance|financial|"
     r"controller|bookkeeper|fsrm|risk|actuar\w+|investment|billing|payments?|credit control"),
    ("Banking Operations", r"loan|loans|recovery|recoveries|collections|debt|teller|banking|bank|wealth|"
     r"relationship officer|kyc|aml|settlements"),
    ("Legal", r"legal|lawyer|counsel|solicitor|attorney|paralegal|company secretary|policy"),
    ("Project & Programme Management", r"project|projects|programme|program|pmo|scrum|m&e|monitoring|"
     r"evaluation|consultancy|fulfil+ment|fufilment"),
    ("Hospitality & Food", r"chef|cook|kitchen|restaurants?|food and beverage|food & beverage|f&b|hotel|"
     r"housekeeping|waiter|waitress|bartender|barista|steward|bakery|baker|catering|hospitality|guest|"
     r"front office manager|duty manager|shift manager"),
    ("Beauty & Personal Care", r"hair\w*|barber|beauty|makeup|nail|spa|salon|stylist|cosmetolog\w+|tailor|"
     r"fashion|seamstress|model"),
    ("Security", r"security guard|security officer|security supervisor|guard|executive protection|bodyguard|"
     r"investigator|gateman|watchman"),
    ("Agriculture", r"farm|farms|agric\w*|agronom\w+|poultry|fisheries|livestock|crops?|plantation|"
     r"veterinar\w+|hydrologist"),
    ("Retail", r"cashier|shop|store assistant|store attendant|sales attendant|supermarket|boutique|showroom"),
    ("Trades & Technical", r"technician|electrician|plumber|welder|mechanic|carpenter|operators?|installer|"
     r"artisan|fitter|machinist|painter|tiler|mason|fabricator|hvac|repair|installation|solar|inverter"),
    ("Engineering (Non-software)", r"civil|mechanical|electrical|chemical|petroleum|structural|instrumentation|"
     r"automation engineer|process engineer|manufacturing engineer\w*|offshore|wireline|mill engineer|"
     r"verification engineer|geolog\w+|surveyor|architect|hse|safety|quantity|construction|site engineer|scada|"
     r"aftersales|after sales|cad|draughtsman|quality|cellular|rf|telecom\w*"),
    ("Administration", r"admin|administrative|administration|office manager|office assistant|office administrator|"
     r"secretary|receptionist|front desk|front office|clerk|personal assistant|executive assistant|pa|"
     r"virtual assistant|data entry|liaison|documentation|records"),
    ("Operations", r"operations|operating officer|coo|general manager|country manager|plant manager|"
     r"business manager|facility|facilities|operations expert|coordinator"),
]
# What a bare engineer or manager works on, read from the description: software words, else the trade's.
_SOFTWARE_WORDS = re.compile(
    r"\b(?:software|python|java|javascript|typescript|react|node\.?js|api|apis|microservices|cloud|aws|azure|"
    r"kubernetes|docker|sql|git|devops|ci/cd|backend|frontend|code|coding)\b", re.I)
# The board's own category (Jobberman headers) when it names one function; broad ones ("Management &
# Business Development", "Engineering & Technology") say too little to use.
BOARD_CATEGORY_FUNCTION: dict[str, str] = {
    "sales": "Sales & Business Development", "marketing & communications": "Marketing & Communications",
    "accounting, auditing & finance": "Finance & Accounting", "medical & pharmaceutical": "Healthcare",
    "human resources": "Human Resources", "admin & office": "Administration",
    "supply chain & procurement": "Supply Chain & Procurement", "creative & design": "Product & Design",
    "customer service & support": "Customer Service", "legal services": "Legal",
    "trades & services": "Trades & Technical", "hospitality & leisure": "Hospitality & Food",
    "software & data": "Software & Engineering", "research, teaching & training": "Education & Training",
    "product & project management": "Project & Programme Management",
    "driver & transport services": "Logistics & Driving", "security": "Security",
}


@cache
def _title_word_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(function, re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])")) for function, words in TITLE_WORDS]


def _core_title(title: str) -> str:
    """"Sales Executive (Ethanol) at Acme – Lagos" → "Sales Executive": the job, not the place or firm."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", title)
    return re.split(r"\s(?:at|@|in)\s|\s[-–|]\s|\|", text)[0]


def function_from_title_words(title: str) -> str:
    """The field the title's words name, the earliest in the title winning; "" when it names none."""
    text = normalize(title)
    hits = []
    for rank, (function, pattern) in enumerate(_title_word_patterns()):
        match = pattern.search(text)
        if match:
            # "Python Developer Intern" is software: an intern's function is its field when the title names one.
            hits.append((match.start() if rank else len(text), rank, function))
    return min(hits)[2] if hits else ""


def _from_description(description: str) -> str:
    """The function the description's opening names as a title ("We are seeking a Sales Executive")."""
    for candidate in find_titles(description[:600]):
        if candidate in TITLE_FUNCTION:
            return TITLE_FUNCTION[candidate]
    return ""


def classify_function(title: str, description: str = "", *, board_category: str = "") -> str:
    """The job function: the title's group, then the fields its words name, then the board's category, then the
    description (a title it names, or software versus trade words for a bare "Engineer")."""
    core = _core_title(title)
    domestic, pattern = _title_word_patterns()[1]
    if pattern.search(normalize(core)):  # a nanny keeps a home, whatever the caregiver group says
        return domestic
    for candidate in (canonical_title(core), canonical_title(title)):
        if candidate in TITLE_FUNCTION:
            return TITLE_FUNCTION[candidate]
    by_words = function_from_title_words(core) or function_from_title_words(title)
    if by_words:
        return by_words
    for candidate in find_titles(title):
        if candidate in TITLE_FUNCTION:
            return TITLE_FUNCTION[candidate]
    if board_category.lower() in BOARD_CATEGORY_FUNCTION:
        return BOARD_CATEGORY_FUNCTION[board_category.lower()]
    if re.search(r"\bengineer", title, re.I):
        software = len(_SOFTWARE_WORDS.findall(description[:3000])) >= 3
        return "Software & Engineering" if software else "Engineering (Non-software)"
    return _from_description(description)


@cache
def _industry_matcher() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One scan for every industry's keywords (19 scans of a long posting cost more than the rest together)."""
    owners: dict[str, list[str]] = {}
    for industry, words in INDUSTRY_KEYWORDS.items():
        for word in map(normalize, words):
            if industry not in owners.setdefault(word, []):
                owners[word].append(industry)
    alternation = "|".join(re.escape(w) for w in sorted(owners, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])({alternation})s?(?![a-z0-9])"), owners


def _keyword_counts(text: str) -> dict[str, int]:
    """Industry → how many of its keywords the (normalised) text names."""
    pattern, owners = _industry_matcher()
    counts: dict[str, int] = {}
    for word in pattern.findall(text) if text else ():
        for industry in owners[word]:
            counts[industry] = counts.get(industry, 0) + 1
    return counts


# Jobberman's sector names → ours ("Recruitment" is the poster, not the client: see classify_industry).
BOARD_INDUSTRY: dict[str, str] = {
    "it & telecoms": "Technology", "banking, finance & insurance": "Banking & Financial Services",
    "recruitment": "Legal & Professional Services", "education": "Education",
    "hospitality & hotel": "Hospitality & Food Service", "healthcare": "Healthcare",
    "advertising, media & communications": "Media & Entertainment", "construction": "Construction & Real Estate",
    "real estate": "Construction & Real Estate", "energy & utilities": "Oil, Gas & Energy",
    "mining, energy & metals": "Oil, Gas & Energy", "oil & gas": "Oil, Gas & Energy",
    "manufacturing & warehousing": "FMCG & Manufacturing", "retail, fashion & fmcg": "Retail & E-commerce",
    "shipping & logistics": "Logistics & Transport", "ngo, npo & charity": "NGO & Development",
    "tourism & travel": "Hospitality & Food Service", "travel & tourism": "Hospitality & Food Service",
    "entertainment, events & sport": "Media & Entertainment", "law & compliance": "Legal & Professional Services",
    "automotive & aviation": "Automotive", "agriculture, fishing & forestry": "Agriculture",
    "agriculture": "Agriculture", "government": "Government & Public Sector",
    "consulting": "Legal & Professional Services", "telecommunications": "Telecommunications",
    "food services & catering": "Hospitality & Food Service", "media": "Media & Entertainment",
    "security": "Security Services",
}
# Sentences about the employer rather than the job: "We are a leading…", "Our client, a…", "Acme is a…".
_EMPLOYER_CUES = re.compile(
    r"\b(?:we are|we're|we have been|our client|our company|our business|our mission|our customers|"
    r"(?:is|are) an? (?:\w+[ ,-]+){0,6}?(?:company|firm|group|provider|organi[sz]ation|business|brand|"
    r"manufacturer|bank|institution|agency|startup|start-up|platform|leader|player|chain|school|hospital|"
    r"consultancy|distributor|operator|retailer|network)|leading|founded|headquartered|established in|"
    r"client in the|client,? an?|in the \w+(?: \w+)? (?:industry|sector|space))\b", re.I)
_NOT_ABOUT = re.compile(r"benefit|we offer|offers? (?:a|an|competitive)|equal opportunit|divers|inclusi|"
                        r"you will|you'll|your role|responsib", re.I)
_ABOUT_SECTIONS = re.compile(r"about|company|who we are|our client|overview|the client|organi[sz]ation", re.I)
_RECRUITER = re.compile(r"\b(?:our client|on behalf of|client of ours|recruiting for|a client)\b", re.I)


def employer_text(*, company: str, posting: Posting) -> str:
    """What the posting says about the employer: its about section and sentences that describe a company."""
    name = normalize(company).split(" ")[0] if company else ""
    out = []
    for line in posting.lines:
        about = bool(_ABOUT_SECTIONS.search(line.section))
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            lowered = sentence.lower()
            if _NOT_ABOUT.search(sentence):
                continue
            if about or _EMPLOYER_CUES.search(sentence) or (len(name) > 3 and lowered.startswith(name)):
                out.append(sentence)
    return " ".join(out)[:3000]


def classify_industry(*, company: str, description: str, job_function: str = "", title: str = "") -> str:
    """The employer's industry: its name, the board's sector, what the posting says about the employer;
    duties count for little (a hotel hiring an accountant is still a hotel). The function decides only when
    nothing else does."""
    posting = parse(description)
    about = employer_text(company=company, posting=posting)
    client = bool(_RECRUITER.search(about))
    sector = " ".join(value for label, value in posting.fields.items() if label in {"industry", "sector"})
    named, field_, titled, about_, body = (
        _keyword_counts(normalize(text)) for text in (company, sector, title, about, description[:3000]))
    scores: dict[str, float] = {}
    for industry in INDUSTRY_KEYWORDS:
        score = (3.0 * named.get(industry, 0) + 3.0 * field_.get(industry, 0) + 1.5 * titled.get(industry, 0)
                 + min(1.5 * about_.get(industry, 0), 6.0) + min(0.3 * body.get(industry, 0), 1.5))
        if score:
            scores[industry] = score
    board = BOARD_INDUSTRY.get(posting.board_industry.lower(), "")
    if board:
        # A recruiter's client, when the posting names its trade, is the employer that matters.
        weight = 1.0 if board == "Legal & Professional Services" and client else 4.0
        scores[board] = scores.get(board, 0.0) + weight
    if client and not board:
        scores.pop("Legal & Professional Services", None)
    return _best(scores, job_function)


def _best(scores: dict[str, float], job_function: str) -> str:
    preferred = FUNCTION_INDUSTRY.get(job_function, "")
    best = max(scores.values(), default=0.0)
    if best < 1.0:
        return preferred
    # Ties go to the industry the function suggests (a "Health Tech" startup hiring a nurse is Healthcare).
    tied = [name for name, score in scores.items() if score == best]
    return preferred if preferred in tied else tied[0]
