"""Chat words the shared job vocabulary does not hold: role words that are not titles, Pidgin, experience
phrasing and work styles. Patterns run on `jobs.vocabulary.normalize`d text (lower-case ASCII)."""

from __future__ import annotations

# regex (on normalised text) → canonical title from jobs.vocabulary.TITLE_GROUPS
ROLE_WORDS: dict[str, str] = {
    r"nursing|hospital work|hospital jobs?|clinic work|clinic jobs?|health work|healthcare work": "Nurse",
    r"teaching(?! hospitals?)|teach": "Teacher",  # a teaching hospital is a doctor's workplace
    r"driving|drive|driver work": "Driver",
    r"cooking|catering|cook work": "Cook",
    r"sewing|tailoring|fashion designing": "Tailor",
    r"barbing|hair dressing|hairdressing|hair making|make hair|hair styling": "Hairdresser",
    r"accounting|accounts|account work": "Accountant",
    r"bookkeeping|book keeping": "Bookkeeper",
    r"auditing|audit": "Auditor",
    r"sales|selling": "Sales Executive",
    r"marketing": "Marketing Executive",
    r"digital marketing|social media marketing|social media management": "Digital Marketer",
    r"customer care|customer service|customer support|call centre|call center|customer representative|"
    r"(?:live )?chat support": "Customer Care Representative",
    r"security work|security job|security jobs|security guard work": "Security Guard",
    r"cleaning|cleaner work": "Cleaner",
    r"dispatch|delivery rider|okada|bike delivery|rider": "Dispatch Rider",
    r"pos": "POS Operator",
    r"data analysis|data analytics": "Data Analyst",
    r"data science": "Data Scientist",
    r"data engineering": "Data Engineer",
    r"software development|software engineering|coding|programming": "Software Engineer",
    r"backend|back end|back-end": "Backend Developer",
    r"frontend|front end|front-end": "Frontend Developer",
    r"full stack|fullstack|full-stack": "Full Stack Developer",
    r"mobile app development|app development|(?:mobile )?app developers?": "Mobile Developer",
    r"devops": "DevOps Engineer",
    r"cybersecurity|cyber security": "Cybersecurity Analyst",
    r"ui/ux|ui ux|ux design|product design": "Product Designer",
    r"graphic design|graphics design": "Graphic Designer",
    r"admin|administration|administrative": "Administrative Officer",
    r"hr|human resources?": "HR Officer",
    r"pharmacy": "Pharmacist",
    r"lab work|laboratory work": "Medical Laboratory Scientist",
    r"farming|agric|agriculture": "Farm Manager",
    r"farm work|farm hand": "Farm Attendant",  # the work of the farm's hands ("I fit clear, plant, weed, harvest")
    r"welding": "Welder",
    r"plumbing": "Plumber",
    r"electrical work|wiring": "Electrician",
    r"carpentry": "Carpenter",
    r"caregiving|care work|caregiver work": "Caregiver",
    r"legal|law firm": "Legal Officer",
    r"content writing|copywriting": "Content Writer",
    r"product management": "Product Manager",
    r"project management": "Project Manager",
    r"procurement": "Procurement Officer",
    r"logistics": "Logistics Coordinator",
    r"m&e|monitoring and evaluation": "Monitoring and Evaluation Officer",
    r"qa|software testing": "QA Engineer",
    r"bank work|banking": "Bank Teller",
    r"tutoring|lesson teacher work": "Tutor",
    r"waitering|restaurant work": "Waiter",
    r"receptionist work|front desk": "Receptionist",
    r"virtual assistant|(?:pa|ea) to (?:the )?(?:ceo|md|chairman|director|executive director|gmd|coo|cfo)": "Personal Assistant",
    r"business development|biz growth": "Business Development Executive",
    r"talent acquisition": "Recruiter",
    r"(?:debt|loan|npl) (?:recovery|recoveries|collection|collections)|recovery officer": "Collections Officer",
    r"telesales|tele sales|telemarketing": "Customer Care Representative",
    r"front office": "Receptionist",
    r"loss prevention|site security": "Security Guard",
    r"accounts payable|accounts receivable|ap/ar|ap ar|credit control": "Bookkeeper",
    r"fmcg representative": "Sales Executive",
    r"mdcn|gp": "Medical Officer",
    r"secretarial|office jobs?|office work": "Administrative Officer",
    r"warehouse": "Warehouse Assistant",
    # lines the helpers' sign-ups named in their own words and nothing read (2026-12-04, signups_tune)
    r"solar install(?:ation|er|ers)?|solar (?:work|panel installation)": "Solar Installer",
    # a bakery, a factory or an insurance company is also where a driver or an accountant works: only work asked there
    r"bake|baking|bakery (?:work|jobs?)|(?:work|job) (?:for|in|at) (?:a |one |the )?bakery": "Baker",
    r"phone repair(?:ing|er|s)?|repair(?:ing)? (?:of )?(?:all kind (?:of )?)?phones?|phone engineer(?:ing)?": "Phone Repair Technician",
    r"keke(?: work| riding)?": "Tricycle Rider",
    r"generator repair(?:ing)?|generator work|gen (?:work|repair)": "Generator Technician",
    r"factory (?:work|jobs?)|(?:work|job) (?:for|in|at) (?:a |one |the )?factory": "Production Operator",
    r"qc|quality control": "Quality Control Officer",
    r"data entry": "Data Entry Clerk",
    r"pr|public relations": "Public Relations Officer",
    r"secretary": "Personal Assistant",  # an office's secretary; "company secretary" is the longer title
    r"security": "Security Guard",  # "cyber security" is the longer match
    r"insurance (?:sales|marketing|work|jobs?)": "Insurance Agent",
    r"bank marketing": "Relationship Manager",
    r"bank jobs?": "Bank Teller",
    r"house work|housework|domestic work|anything in (?:the )?house": "Housemaid",
    r"nursery (?:school )?(?:teacher|teaching)|creche": "Nursery Teacher",
}

# Chat shorthand → the word the vocabularies know (applied to normalised text, whole words).
ABBREVIATIONS: dict[str, str] = {
    "dev": "developer", "devs": "developers", "engr": "engineer", "mgr": "manager",
    "acct": "accountant", "accts": "accounts", "sec guard": "security guard", "salesgirl": "sales girl",
    "salesboy": "sales boy", "hr mgr": "hr manager", "rep": "representative", "reps": "representatives",
    "admin officer": "administrative officer", "cust care": "customer care", "snr": "senior", "jnr": "junior",
    "asst": "assistant", "bizdev": "business development", "biz dev": "business development", "bus. dev": "business development",
    "bus dev": "business development", "bd": "business development", "mktg": "marketing",
    "drivr": "driver", "manger": "manager", "pharm tech": "pharmacy technician", "pharm technician": "pharmacy technician",
    "lab tech": "lab technician", "cust service": "customer service", "cx": "customer service",
    # a computer system's administrator, no office's admin officer (matching.profiles reads them so too)
    "network admin": "network administrator", "system admin": "system administrator",
    "systems admin": "systems administrator", "sys admin": "system administrator",
    "database admin": "database administrator", "db admin": "database administrator",
    "cso": "customer service officer",  # a bank's or a telco's front line, as matching.profiles reads it
    "call senta": "call centre",
    "pharma rep": "pharmaceutical representative", "pharma reps": "pharmaceutical representatives",
}

# Endings of a word that names a job, for titles the vocabulary does not know ("forklift operator").
ROLE_SUFFIXES = ("er", "or", "ist", "ant", "ian", "man", "woman", "nurse", "guard", "chef", "cook", "officer",
                 "assistant", "agent", "operator", "worker", "entry", "keeper", "maker", "artist", "clerk")

# Words that end a "looking for X work" phrase without being a role.
ROLE_PHRASE_STOPWORDS = {
    "good", "new", "better", "any", "some", "fresh", "graduate", "student", "corper", "remote", "hybrid", "onsite",
    "part", "full", "time", "paying", "well", "the", "this", "that", "my", "your", "office", "weekend", "night",
    "whatever", "anything", "kind", "type", "available", "other",
}

ZERO_EXPERIENCE = [
    "fresh graduate", "fresh grad", "fresher", "no experience", "no work experience", "zero experience",
    "entry level", "entry-level", "just graduated", "just finished school", "new graduate", "recent graduate",
    "school leaver", "no experience yet", "never worked", "i never work",
]
# Service year words: no experience unless the message states years ("3yrs post NYSC" is three).
SERVICE_YEAR = ["nysc", "corper", "corps member"]

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

ARRANGEMENT_PATTERNS: list[tuple[str, str]] = [
    ("remote", r"\b(remote(ly)?|work from (home|house)|wfh|from (home|house)|home based|home-based|online work)\b"),
    ("hybrid", r"\bhybrid\b"),
    ("onsite", r"\b(on ?site|on-site|in office|in-office|office based|office jobs?|office work|physical(ly)?|in person)\b"),
]

COUNTRY_NAMES = {
    "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "ZA": "South Africa", "RW": "Rwanda", "EG": "Egypt",
    "UG": "Uganda", "TZ": "Tanzania", "GB": "United Kingdom", "US": "United States", "CA": "Canada",
    "DE": "Germany", "AE": "United Arab Emirates",
}
