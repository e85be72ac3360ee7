"""The project's job vocabulary: equivalent job titles, seniority words and skills with their aliases.

One table serves the offline enhancer (titles and skills of a posting), matching (a seeker's "accountant" is a
posting's "Finance Officer") and preference extraction (roles and skills in a chat message).
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

# Each group: titles a seeker or employer uses for the same work. The first is the canonical name.
TITLE_GROUPS: list[list[str]] = [
    ["Software Engineer", "Software Developer", "Programmer", "Developer", "Web Developer", "Coder"],
    ["Backend Developer", "Backend Engineer", "Back End Developer", "Python Developer", "Django Developer",
     "Node.js Developer", "PHP Developer", "Laravel Developer", "Java Developer", "Golang Developer",
     "Server Side Developer", "API Developer"],
    ["Frontend Developer", "Frontend Engineer", "Front End Developer", "React Developer", "Vue Developer",
     "Angular Developer", "UI Developer", "JavaScript Developer"],
    ["Full Stack Developer", "Fullstack Developer", "Full Stack Engineer", "MERN Stack Developer"],
    ["Mobile Developer", "Android Developer", "iOS Developer", "Flutter Developer", "React Native Developer",
     "Mobile App Developer"],
    ["Data Analyst", "Business Intelligence Analyst", "BI Analyst", "Reporting Analyst", "Data Analytics Officer"],
    ["Data Scientist", "Machine Learning Engineer", "ML Engineer", "AI Engineer"],
    ["Data Engineer", "ETL Developer", "Analytics Engineer"],
    ["DevOps Engineer", "Site Reliability Engineer", "SRE", "Cloud Engineer", "Platform Engineer",
     "Infrastructure Engineer"],
    ["QA Engineer", "Software Tester", "Quality Assurance Engineer", "Test Engineer", "QA Analyst"],
    ["Product Manager", "Product Owner", "Technical Product Manager"],
    ["Product Designer", "UI/UX Designer", "UX Designer", "UI Designer", "UX/UI Designer"],
    ["Graphic Designer", "Visual Designer", "Creative Designer"],
    ["IT Support", "IT Support Officer", "IT Support Technician", "Help Desk Technician", "Helpdesk Support",
     "Technical Support Officer", "Desktop Support Engineer", "IT Officer"],
    ["Network Engineer", "Network Administrator", "System Administrator", "Systems Administrator"],
    ["Cybersecurity Analyst", "Security Analyst", "Information Security Officer", "SOC Analyst"],
    ["Accountant", "Finance Officer", "Accounts Officer", "Financial Accountant", "Accounts Assistant",
     "Accounting Officer", "Account Officer (Finance)", "Chartered Accountant", "Accounts Executive"],
    ["Bookkeeper", "Accounts Clerk", "Accounts Payable Officer", "Accounts Receivable Officer"],
    ["Auditor", "Audit Associate", "Internal Auditor", "External Auditor", "Audit Officer"],
    ["Tax Officer", "Tax Associate", "Tax Consultant", "Tax Analyst"],
    ["Financial Analyst", "Finance Analyst", "Investment Analyst", "Credit Analyst"],
    ["Bank Teller", "Teller", "Cashier (Bank)", "Customer Service Officer (Bank)"],
    ["Relationship Manager", "Relationship Officer", "Account Officer", "Business Banker"],
    ["Sales Executive", "Sales Representative", "Sales Officer", "Sales Agent", "Sales Associate",
     "Field Sales Representative", "Sales Rep", "Marketer", "Field Marketer", "Sales Person", "Salesman"],
    ["Business Development Executive", "Business Development Manager", "Business Developer",
     "Business Development Officer", "BDM"],
    ["Digital Marketer", "Digital Marketing Executive", "Digital Marketing Specialist", "Social Media Manager",
     "Social Media Executive", "Performance Marketer", "SEO Specialist"],
    ["Marketing Executive", "Marketing Officer", "Marketing Manager", "Brand Manager", "Brand Executive"],
    ["Customer Care Representative", "Customer Service Representative", "Call Centre Agent", "Call Center Agent",
     "Customer Support Agent", "Contact Centre Agent", "Customer Care Officer", "Customer Service Officer",
     "Customer Care Agent", "Customer Service Agent", "Customer Support Representative", "Telesales Agent",
     "Customer Care Executive", "Customer Experience Associate"],
    ["Customer Success Manager", "Customer Success Associate", "Account Manager", "Client Success Manager"],
    ["Nurse", "Registered Nurse", "Staff Nurse", "Nursing Officer", "RN", "Midwife", "Nurse Midwife",
     "Clinical Nurse", "ICU Nurse", "Theatre Nurse"],
    ["Pharmacist", "Community Pharmacist", "Hospital Pharmacist", "Clinical Pharmacist"],
    ["Pharmacy Technician", "Pharmacy Attendant", "Dispensary Assistant"],
    ["Medical Laboratory Scientist", "Laboratory Scientist", "Lab Scientist", "Medical Lab Scientist",
     "Lab Technician", "Laboratory Technician"],
    ["Medical Officer", "Doctor", "Physician", "General Practitioner", "Medical Doctor", "GP", "Resident Doctor"],
    ["Community Health Worker", "Community Health Extension Worker", "CHEW", "Health Educator"],
    ["Caregiver", "Care Assistant", "Care Worker", "Nanny", "Home Care Aide", "Support Worker"],
    ["Teacher", "Secondary School Teacher", "Primary School Teacher", "Classroom Teacher", "Subject Teacher",
     "Mathematics Teacher", "English Teacher", "Science Teacher", "Educator", "Class Teacher"],
    ["Tutor", "Private Tutor", "Home Tutor", "Lesson Teacher"],
    ["Lecturer", "Assistant Lecturer", "Senior Lecturer", "University Lecturer"],
    ["Dispatch Rider", "Delivery Rider", "Motorcycle Rider", "Bike Rider", "Courier", "Okada Rider",
     "Delivery Man", "Despatch Rider"],
    ["Driver", "Delivery Driver", "Company Driver", "Chauffeur", "Truck Driver", "Van Driver", "Personal Driver",
     "Fleet Driver", "Uber Driver", "Ride-hailing Driver"],
    ["Logistics Coordinator", "Logistics Officer", "Logistics Executive", "Supply Chain Officer",
     "Supply Chain Coordinator", "Dispatch Coordinator", "Fleet Coordinator"],
    ["Warehouse Supervisor", "Warehouse Manager", "Storekeeper", "Store Keeper", "Inventory Officer",
     "Warehouse Officer", "Inventory Controller"],
    ["Warehouse Assistant", "Warehouse Worker", "Picker Packer", "Loader"],
    ["Procurement Officer", "Purchasing Officer", "Buyer", "Procurement Analyst"],
    ["Electrician", "Electrical Technician", "Electrical Fitter"],
    ["Plumber", "Plumbing Technician", "Pipe Fitter"],
    ["Welder", "Fabricator", "Welder Fabricator"],
    ["Generator Technician", "Generator Mechanic", "Power Technician", "Generator Engineer"],
    ["Mechanic", "Auto Mechanic", "Automobile Technician", "Motor Mechanic", "Vehicle Technician"],
    ["HVAC Technician", "AC Technician", "Refrigeration Technician", "Air Conditioning Technician"],
    ["Carpenter", "Furniture Maker", "Joiner"],
    ["Tailor", "Fashion Designer", "Seamstress", "Dressmaker", "Sewing Machine Operator"],
    ["Cook", "Chef", "Caterer", "Kitchen Assistant", "Commis Chef", "Sous Chef", "Catering Assistant"],
    ["Hairdresser", "Hair Stylist", "Barber", "Beautician", "Makeup Artist", "Nail Technician"],
    ["POS Operator", "POS Attendant", "POS Agent", "Mobile Money Agent", "Agent Banker"],
    ["Cashier", "Sales Attendant", "Shop Attendant", "Store Attendant", "Retail Assistant", "Sales Girl",
     "Sales Boy", "Supermarket Attendant"],
    ["Security Guard", "Security Officer", "Gateman", "Watchman", "Security Personnel"],
    ["Cleaner", "Janitor", "Housekeeper", "Office Cleaner", "Cleaning Staff"],
    ["HR Officer", "Human Resources Officer", "HR Assistant", "HR Generalist", "HR Executive",
     "People Operations Officer", "HR Business Partner", "Recruiter", "Talent Acquisition Specialist"],
    ["Administrative Officer", "Admin Officer", "Admin Assistant", "Administrative Assistant", "Office Assistant",
     "Office Administrator", "Secretary", "Clerk", "Office Manager"],
    ["Receptionist", "Front Desk Officer", "Front Desk Agent", "Front Office Executive"],
    ["Personal Assistant", "Executive Assistant", "PA"],
    ["Legal Officer", "Lawyer", "Associate Lawyer", "Legal Counsel", "Solicitor", "Legal Associate",
     "Legal Practitioner", "Barrister", "Company Secretary"],
    ["Paralegal", "Legal Assistant", "Litigation Clerk"],
    ["Civil Engineer", "Site Engineer", "Structural Engineer", "Construction Engineer"],
    ["Mechanical Engineer", "Maintenance Engineer", "Plant Engineer"],
    ["Electrical Engineer", "Electrical and Electronics Engineer", "Power Engineer"],
    ["Petroleum Engineer", "Reservoir Engineer", "Drilling Engineer", "Production Engineer (Oil & Gas)",
     "Process Engineer"],
    ["Quantity Surveyor", "Cost Engineer"],
    ["Architect", "Architectural Designer"],
    ["Project Manager", "Project Coordinator", "Project Officer", "Programme Manager"],
    ["Monitoring and Evaluation Officer", "M&E Officer", "MEAL Officer", "M&E Specialist", "Monitoring Officer"],
    ["Programme Officer", "Program Officer", "Programme Associate", "Program Assistant", "Development Officer"],
    ["Content Writer", "Copywriter", "Writer", "Content Creator", "Editor", "Journalist", "Reporter"],
    ["Farm Manager", "Farm Supervisor", "Agricultural Officer", "Agronomist", "Extension Officer",
     "Agricultural Extension Officer", "Farm Attendant", "Poultry Attendant"],
    ["Hotel Receptionist", "Guest Relations Officer", "Hotel Front Desk"],
    ["Waiter", "Waitress", "Steward", "Bartender", "Server"],
    ["Graduate Trainee", "Management Trainee", "Graduate Intern", "Trainee", "Graduate Programme"],
    ["Intern", "Internship", "Industrial Trainee", "SIWES Intern", "NYSC Corps Member"],
]

SENIORITY_WORDS = {
    "intern": "intern", "internship": "intern", "trainee": "entry", "graduate": "entry", "junior": "junior",
    "jnr": "junior", "jr": "junior", "entry": "entry", "entry-level": "entry", "assistant": "junior",
    "mid": "mid", "mid-level": "mid", "intermediate": "mid", "senior": "senior", "snr": "senior", "sr": "senior",
    "lead": "lead", "principal": "lead", "staff": "lead", "head": "head", "chief": "head", "director": "head",
    "manager": "manager", "supervisor": "manager",
}

# canonical skill → aliases (lower-case). The canonical name is also an alias of itself.
SKILLS: dict[str, list[str]] = {
    "Python": ["python", "python3"], "Django": ["django"], "Flask": ["flask"], "FastAPI": ["fastapi"],
    "JavaScript": ["javascript", "js", "es6"], "TypeScript": ["typescript", "ts"], "React": ["react", "reactjs", "react.js"],
    "Vue.js": ["vue", "vuejs", "vue.js"], "Angular": ["angular", "angularjs"], "Node.js": ["node", "nodejs", "node.js"],
    "Express": ["express", "expressjs"], "Next.js": ["next.js", "nextjs"], "PHP": ["php"], "Laravel": ["laravel"],
    "Java": ["java"], "Spring Boot": ["spring boot", "spring"], "Kotlin": ["kotlin"], "Swift": ["swift"],
    "Flutter": ["flutter"], "Dart": ["dart"], "React Native": ["react native"], "Go": ["golang", "go lang"],
    "C#": ["c#", "csharp"], ".NET": [".net", "dotnet", "asp.net"], "Ruby on Rails": ["rails", "ruby on rails"],
    "SQL": ["sql"], "PostgreSQL": ["postgresql", "postgres"], "MySQL": ["mysql"], "MongoDB": ["mongodb", "mongo"],
    "Redis": ["redis"], "REST APIs": ["rest api", "rest apis", "restful", "rest"], "GraphQL": ["graphql"],
    "Docker": ["docker"], "Kubernetes": ["kubernetes", "k8s"], "AWS": ["aws", "amazon web services"],
    "Azure": ["azure"], "Google Cloud": ["gcp", "google cloud"], "Linux": ["linux", "ubuntu"], "Git": ["git", "github"],
    "CI/CD": ["ci/cd", "continuous integration"], "Terraform": ["terraform"],
    "HTML/CSS": ["html", "css", "html5", "css3", "tailwind"], "Figma": ["figma"], "Adobe Photoshop": ["photoshop"],
    "Adobe Illustrator": ["illustrator"], "CorelDRAW": ["coreldraw", "corel draw"], "Canva": ["canva"],
    "Power BI": ["power bi", "powerbi"], "Tableau": ["tableau"], "Microsoft Excel": ["excel", "ms excel", "microsoft excel", "spreadsheets"],
    "Microsoft Office": ["microsoft office", "ms office", "word", "powerpoint"], "Data Analysis": ["data analysis", "analytics"],
    "Machine Learning": ["machine learning", "ml"], "Statistics": ["statistics", "spss", "stata"], "R": ["r programming"],
    "Accounting": ["accounting", "bookkeeping", "book keeping"], "Financial Reporting": ["financial reporting", "ifrs", "financial statements"],
    "QuickBooks": ["quickbooks"], "Sage": ["sage", "peachtree"], "SAP": ["sap"], "Taxation": ["tax", "taxation", "vat", "paye"],
    "Auditing": ["audit", "auditing"], "Budgeting": ["budgeting", "budget"], "Payroll": ["payroll"],
    "Sales": ["sales", "selling"], "Negotiation": ["negotiation"], "Business Development": ["business development"],
    "CRM": ["crm", "salesforce", "hubspot", "zoho"], "Digital Marketing": ["digital marketing"],
    "Social Media Marketing": ["social media", "social media marketing", "instagram", "tiktok"], "SEO": ["seo"],
    "Content Writing": ["content writing", "copywriting", "writing"], "Customer Service": ["customer service", "customer care", "customer support"],
    "Communication": ["communication", "communication skills"], "Telesales": ["telesales", "cold calling"],
    "Nursing": ["nursing", "patient care"], "Midwifery": ["midwifery"], "Pharmacy": ["pharmacy", "dispensing"],
    "Phlebotomy": ["phlebotomy"], "Laboratory Testing": ["laboratory", "lab tests", "microbiology", "haematology"],
    "First Aid": ["first aid", "cpr", "bls"], "Teaching": ["teaching", "lesson planning", "classroom management"],
    "Curriculum Development": ["curriculum"], "Mathematics": ["mathematics", "maths"],
    "Driving": ["driving", "driver's licence", "drivers licence", "driving licence"], "Motorcycle Riding": ["riding", "motorcycle", "okada"],
    "Route Planning": ["route planning"], "Logistics": ["logistics", "dispatch"], "Inventory Management": ["inventory", "stock control", "stock taking"],
    "Procurement": ["procurement", "purchasing"], "Supply Chain": ["supply chain"],
    "Electrical Installation": ["electrical installation", "wiring"], "Plumbing": ["plumbing"], "Welding": ["welding", "fabrication"],
    "Generator Maintenance": ["generator maintenance", "generator repair", "generator"], "Auto Repair": ["auto repair", "vehicle maintenance"],
    "Tailoring": ["tailoring", "sewing", "pattern cutting", "pattern drafting"], "Fashion Design": ["fashion design"],
    "Catering": ["catering", "cooking", "food preparation", "baking"], "Food Safety": ["food safety", "food hygiene", "haccp"],
    "Hairdressing": ["hairdressing", "hair styling", "braiding", "barbing"], "Makeup": ["makeup", "make-up"],
    "POS Operation": ["pos", "pos operation", "pos terminal"], "Cash Handling": ["cash handling", "cashiering", "cash management"],
    "Mobile Money": ["mobile money", "agent banking"], "Security": ["security", "surveillance", "cctv"],
    "Cleaning": ["cleaning", "housekeeping"], "Recruitment": ["recruitment", "recruiting", "talent acquisition"],
    "HR Management": ["human resources", "hr management", "employee relations", "onboarding"],
    "Administration": ["administration", "office administration", "filing"], "Scheduling": ["scheduling", "calendar management"],
    "Legal Research": ["legal research"], "Litigation": ["litigation"], "Contract Drafting": ["contract drafting", "drafting", "contracts"],
    "Compliance": ["compliance", "regulatory compliance", "kyc", "aml"], "AutoCAD": ["autocad"], "Revit": ["revit"],
    "Project Management": ["project management", "pmp", "prince2"], "Agile": ["agile", "scrum", "kanban", "jira"],
    "Monitoring and Evaluation": ["monitoring and evaluation", "m&e", "meal"], "Report Writing": ["report writing"],
    "Grant Writing": ["grant writing", "proposal writing"], "Research": ["research"], "Agronomy": ["agronomy", "crop production"],
    "Poultry Farming": ["poultry"], "Animal Husbandry": ["livestock", "animal husbandry"], "Hospitality": ["hospitality"],
    "Sales Reporting": ["sales reporting"], "Public Speaking": ["public speaking", "presentation"],
    "Leadership": ["leadership", "team management", "people management"], "Problem Solving": ["problem solving"],
    "Oil and Gas": ["oil and gas", "upstream", "downstream"], "HSE": ["hse", "health and safety", "osha"],
}


def normalize(text: str) -> str:
    """Lower-case ASCII words: "Front-End  Developer!" → "front end developer"."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+#&./ ]+", " ", anyascii(text or "").lower())).strip()


def strip_seniority(title: str) -> tuple[str, str]:
    """("Senior Backend Developer") → ("backend developer", "senior")."""
    words = normalize(re.sub(r"\(.*?\)", " ", title)).replace("/", " ").split()
    level = ""
    core = []
    for word in words:
        if word in SENIORITY_WORDS and not level and word not in {"manager", "supervisor", "assistant"}:
            level = SENIORITY_WORDS[word]
            continue
        core.append(word)
    return " ".join(core), level


@cache
def _title_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for group_id, group in enumerate(TITLE_GROUPS):
        for title in group:
            index.setdefault(normalize(title), group_id)
    return index


def title_group(title: str) -> int | None:
    """The equivalence group of a title (exact after normalising and dropping seniority words), or None."""
    index = _title_index()
    core, _ = strip_seniority(title)
    for candidate in (normalize(title), core):
        if candidate in index:
            return index[candidate]
    return None


def equivalent_titles(title: str) -> list[str]:
    group = title_group(title)
    return list(TITLE_GROUPS[group]) if group is not None else []


def canonical_title(title: str) -> str | None:
    group = title_group(title)
    return TITLE_GROUPS[group][0] if group is not None else None


@cache
def _skill_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for canonical, aliases in SKILLS.items():
        names = sorted({normalize(canonical), *map(normalize, aliases)}, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names if n)
        patterns.append((canonical, re.compile(rf"(?<![a-z0-9+#.])(?:{alternation})(?![a-z0-9+#])")))
    return patterns


def find_skills(text: str) -> list[str]:
    """Canonical skills mentioned in free text, in vocabulary order, without duplicates."""
    normalized = normalize(text)
    return [canonical for canonical, pattern in _skill_patterns() if pattern.search(normalized)]


def canonical_skill(text: str) -> str | None:
    """One skill as a user wrote it ("ms excel") → its canonical name ("Microsoft Excel"), or None."""
    found = find_skills(text)
    return found[0] if found else None


@cache
def _title_patterns() -> list[tuple[int, re.Pattern[str]]]:
    patterns = []
    for group_id, group in enumerate(TITLE_GROUPS):
        names = sorted({normalize(t) for t in group}, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names if len(n) > 2)
        patterns.append((group_id, re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])")))
    return patterns


def find_titles(text: str) -> list[str]:
    """Canonical titles mentioned in free text ("I'm an accountant or finance officer" → ["Accountant"])."""
    normalized = normalize(text)
    hits = []
    for group_id, pattern in _title_patterns():
        match = pattern.search(normalized)
        if match:
            hits.append((match.start(), -len(match.group(0)), TITLE_GROUPS[group_id][0]))
    return [title for _, _, title in sorted(hits)]
