"""Industry and job-function classification from keywords: pure, fast and explainable.

The function follows the posting's title group (an accountant at a hospital still does finance); the
industry follows the employer (company name first, then the description's vocabulary).
"""

from __future__ import annotations

import re
from functools import cache

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
        "DevOps Engineer", "QA Engineer", "Data Engineer", "Embedded Systems Engineer", "Blockchain Developer",
        "Game Developer", "WordPress Developer", "Engineering Manager",
    ], "Software & Engineering"),
    **dict.fromkeys(["Data Analyst", "Data Scientist", "Business Analyst", "Supply Chain Analyst"], "Data & Analytics"),
    **dict.fromkeys(["Product Manager", "Product Designer", "Graphic Designer", "Video Editor", "Photographer",
                     "Animator"], "Product & Design"),
    **dict.fromkeys(["IT Support", "Network Engineer", "Cybersecurity Analyst", "Database Administrator",
                     "Phone Repair Technician", "CCTV Installer", "Solar Installer"], "IT & Support"),
    **dict.fromkeys(["Accountant", "Bookkeeper", "Auditor", "Tax Officer", "Financial Analyst", "Finance Manager",
                     "Risk Analyst", "Loan Officer", "Insurance Agent", "Actuarial Analyst", "Treasury Officer"],
                    "Finance & Accounting"),
    **dict.fromkeys(["Bank Teller", "Relationship Manager", "Branch Manager", "Compliance Officer"],
                    "Banking Operations"),
    **dict.fromkeys(["Sales Executive", "Business Development Executive", "Sales Manager", "Medical Sales Representative",
                     "Real Estate Agent", "Merchandiser"], "Sales & Business Development"),
    **dict.fromkeys(["Digital Marketer", "Marketing Executive", "Public Relations Officer", "Event Planner",
                     "Usher"], "Marketing & Communications"),
    **dict.fromkeys(["Customer Care Representative", "Customer Success Manager", "Virtual Assistant"],
                    "Customer Service"),
    **dict.fromkeys(["Nurse", "Pharmacist", "Pharmacy Technician", "Medical Laboratory Scientist", "Medical Officer",
                     "Community Health Worker", "Caregiver", "Physiotherapist", "Radiographer", "Optometrist",
                     "Dentist", "Dental Assistant", "Nutritionist", "Health Records Officer", "Psychologist",
                     "Social Worker", "Veterinary Doctor"], "Healthcare"),
    **dict.fromkeys(["Teacher", "Tutor", "Lecturer", "Nursery Teacher", "School Administrator", "Trainer"],
                    "Education & Training"),
    **dict.fromkeys(["Dispatch Rider", "Driver", "Logistics Coordinator", "Tricycle Rider", "Forklift Operator"],
                    "Logistics & Driving"),
    **dict.fromkeys(["Warehouse Supervisor", "Warehouse Assistant", "Procurement Officer"],
                    "Supply Chain & Procurement"),
    **dict.fromkeys(["Electrician", "Plumber", "Welder", "Generator Technician", "Mechanic", "HVAC Technician",
                     "Carpenter", "Mason", "Painter", "Tiler", "Aluminium Fabricator", "Machine Operator",
                     "Production Operator", "Quality Control Officer", "Instrumentation Technician",
                     "Maintenance Technician"], "Trades & Technical"),
    **dict.fromkeys(["Civil Engineer", "Mechanical Engineer", "Electrical Engineer", "Petroleum Engineer",
                     "Quantity Surveyor", "Architect", "Chemical Engineer", "HSE Officer", "Surveyor",
                     "Telecom Engineer"], "Engineering (Non-software)"),
    **dict.fromkeys(["Administrative Officer", "Receptionist", "Personal Assistant", "Data Entry Clerk"],
                    "Administration"),
    **dict.fromkeys(["HR Officer", "Recruiter"], "Human Resources"),
    **dict.fromkeys(["Legal Officer", "Paralegal"], "Legal"),
    **dict.fromkeys(["Project Manager", "Monitoring and Evaluation Officer", "Programme Officer"],
                    "Project & Programme Management"),
    **dict.fromkeys(["Cook", "Waiter", "Hotel Receptionist", "Baker", "Housekeeping Attendant", "Restaurant Manager"],
                    "Hospitality & Food"),
    **dict.fromkeys(["Hairdresser", "Tailor"], "Beauty & Personal Care"),
    **dict.fromkeys(["Security Guard"], "Security"),
    **dict.fromkeys(["Cleaner", "Housemaid", "Gardener", "Laundry Attendant"], "Cleaning & Domestic"),
    **dict.fromkeys(["Farm Manager", "Fisheries Officer"], "Agriculture"),
    **dict.fromkeys(["Content Writer", "Radio Presenter", "Translator"], "Media & Writing"),
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
    ],
    "Technology": [
        "software", "saas", "platform", "app", "apps", "startup", "tech", "technologies", "technology",
        "digital", "cloud", "api", "developer", "engineering team", "e-commerce platform", "it services",
        "internet service provider", "isp", "cybersecurity",
    ],
    "Healthcare": [
        "hospital", "clinic", "health", "healthcare", "medical", "pharmacy", "pharmacies", "diagnostics",
        "laboratory", "patients", "patient", "nursing", "maternity", "eye clinic", "dental", "hmo", "care home",
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
        "resort", "guests", "bar", "bakery", "food court", "events", "event centre", "chops", "grills",
    ],
    "Agriculture": [
        "farm", "farmer", "agric", "agritech", "smallholder", "agriculture", "agro", "poultry", "fish", "fishery", "crops", "livestock",
        "agribusiness", "feed mill", "plantation",
    ],
    "Telecommunications": ["telecom", "telecoms", "telecommunications", "network operator", "fibre", "towers", "sim"],
    "Media & Entertainment": [
        "media", "radio", "tv", "television", "fm", "studio", "studios", "film", "music", "entertainment",
        "publishing", "newspaper", "magazine", "production company",
    ],
    "NGO & Development": [
        "ngo", "foundation", "non-profit", "nonprofit", "humanitarian", "donor", "usaid", "unicef", "programme",
        "beneficiaries", "initiative", "development partners", "community development", "charity",
    ],
    "Government & Public Sector": ["ministry", "government", "federal", "state government", "agency", "commission"],
    "Legal & Professional Services": [
        "law firm", "chambers", "legal", "solicitors", "consulting", "consultancy", "consultants", "advisory",
        "audit firm", "chartered accountants", "partners", "associates", "professional services",
    ],
    "Beauty & Fashion": [
        "salon", "spa", "beauty", "cosmetics", "makeup", "fashion", "clothing", "tailoring", "couture", "atelier",
        "barbershop", "hair", "skincare", "textile",
    ],
    "Security Services": ["security company", "guard force", "security services", "private security"],
    "Automotive": ["motors", "automobile", "auto", "car dealership", "vehicles", "workshop", "spare parts"],
}

FUNCTION_INDUSTRY: dict[str, str] = {
    "Healthcare": "Healthcare", "Education & Training": "Education", "Banking Operations": "Banking & Financial Services",
    "Software & Engineering": "Technology", "Hospitality & Food": "Hospitality & Food Service",
    "Agriculture": "Agriculture", "Legal": "Legal & Professional Services", "Beauty & Personal Care": "Beauty & Fashion",
    "Logistics & Driving": "Logistics & Transport", "Security": "Security Services", "Retail": "Retail & E-commerce",
}


@cache
def _industry_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for industry, words in INDUSTRY_KEYWORDS.items():
        alternation = "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))
        patterns.append((industry, re.compile(rf"(?<![a-z0-9])(?:{alternation})s?(?![a-z0-9])")))
    return patterns


def classify_function(title: str, description: str = "") -> str:
    """The job function of a posting: its title's group, else the first title named in the description."""
    for candidate in (canonical_title(title), *find_titles(title), *find_titles(description[:400])):
        if candidate and candidate in TITLE_FUNCTION:
            return TITLE_FUNCTION[candidate]
    return ""


def classify_industry(*, company: str, description: str, job_function: str = "") -> str:
    """The employer's industry by weighted keyword votes; the function decides only when nothing else does."""
    company_text, body = normalize(company), normalize(description[:2000])
    scores: dict[str, float] = {}
    for industry, pattern in _industry_patterns():
        score = 3.0 * len(pattern.findall(company_text)) + min(len(pattern.findall(body)), 6)
        if score:
            scores[industry] = score
    if not scores:
        return FUNCTION_INDUSTRY.get(job_function, "")
    best = max(scores.values())
    # Ties go to the industry the function suggests (a "Health Tech" startup hiring a nurse is Healthcare).
    tied = [name for name, score in scores.items() if score == best]
    preferred = FUNCTION_INDUSTRY.get(job_function)
    return preferred if preferred in tied else tied[0]
