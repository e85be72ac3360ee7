"""Realistic generated raw job records (JobSpy's shape) with labelled cross-site copies, for the benchmarks."""

from __future__ import annotations

import random
from typing import Any

TITLES = [
    "Accountant", "Senior Accountant", "Finance Officer", "Audit Associate", "Tax Consultant", "Cashier", "Teller",
    "Customer Service Representative", "Call Centre Agent", "Customer Success Manager", "Sales Executive",
    "Sales Representative", "Business Development Manager", "Marketing Executive", "Digital Marketing Specialist",
    "Social Media Manager", "Content Writer", "Graphic Designer", "Product Designer", "Product Manager",
    "Project Manager", "Backend Developer", "Frontend Developer", "Full Stack Developer", "Software Engineer",
    "Senior Software Engineer", "Data Analyst", "Data Scientist", "DevOps Engineer", "QA Engineer",
    "IT Support Officer", "Network Engineer", "HR Officer", "HR Manager", "Recruiter", "Admin Officer",
    "Office Assistant", "Receptionist", "Front Desk Officer", "Personal Assistant", "Executive Assistant",
    "Registered Nurse", "Pharmacist", "Medical Laboratory Scientist", "Doctor", "Community Health Worker",
    "Teacher", "Mathematics Teacher", "English Teacher", "Lecturer", "Driver", "Dispatch Rider", "Delivery Driver",
    "Logistics Officer", "Warehouse Supervisor", "Store Keeper", "Procurement Officer", "Supply Chain Analyst",
    "Chef", "Cook", "Waiter", "Housekeeper", "Security Guard", "Electrician", "Plumber", "Mechanic",
    "Civil Engineer", "Mechanical Engineer", "Electrical Engineer", "Quantity Surveyor", "Architect",
    "Legal Officer", "Compliance Officer", "Risk Analyst", "Credit Officer", "Loan Officer", "Relationship Manager",
    "Operations Manager", "Branch Manager", "Store Manager", "Graduate Trainee", "Sales Intern", "Fashion Designer",
    "Tailor", "Hairstylist", "Makeup Artist", "Farm Manager", "Agronomist", "Monitoring and Evaluation Officer",
]
PLACES = [
    ("Lagos, Lagos, Nigeria", 30), ("Ikeja, Lagos, Nigeria", 6), ("Lekki, Lagos, Nigeria", 5),
    ("Victoria Island, Lagos, Nigeria", 4), ("Abuja, FCT, Nigeria", 14), ("Port Harcourt, Rivers, Nigeria", 7),
    ("Ibadan, Oyo, Nigeria", 5), ("Kano, Kano, Nigeria", 4), ("Enugu, Enugu, Nigeria", 3),
    ("Kaduna, Kaduna, Nigeria", 2), ("Benin City, Edo, Nigeria", 2), ("Abeokuta, Ogun, Nigeria", 2),
    ("Warri, Delta, Nigeria", 2), ("Uyo, Akwa Ibom, Nigeria", 1), ("Jos, Plateau, Nigeria", 1), ("Remote", 8),
    ("Nairobi, Kenya", 2), ("Accra, Greater Accra, Ghana", 2),
]
SITES = ["linkedin", "indeed", "glassdoor", "google"]
WORDS = ("Zenith Alpha Kora Sahel Delta Crest Apex Unity Royal Prime Eko Naija Green Blue Star Golden Atlantic "
         "Savannah Niger Benue Lekki Ikoyi Harbour Summit Pillar Bright Vertex Nova Ultra Fidelity Heritage "
         "Pinnacle Cedar Baobab Iroko Oasis Horizon Tide Mango Palm Kola").split()
SUFFIXES = ["Ltd", "Limited", "Plc", "Nigeria Ltd", "Group", "Foods", "Logistics", "Technologies", "Hospital",
            "Microfinance Bank", "Schools", "Energy", "Pharma", "Consulting", "Farms", "Ventures"]
PAY = ["Salary: ₦{lo:,} - ₦{hi:,} monthly", "Pay: N{k}k per month", "Salary: NGN {m}m per annum",
       "Remuneration: {k}k naira monthly", "Compensation: ${usd:,}/month", "", "", ""]
EXPERIENCE = ["{y}+ years experience", "{y}-{y2} years of experience", "Minimum of {y} years' experience",
              "Entry level", "Graduate trainee programme", ""]
BODY = ("We are a fast-growing {industry} company serving customers across Nigeria. You will join a team that "
        "values ownership and care.\n\n**Responsibilities**\n- Deliver excellent work every day\n- Report to the "
        "{boss}\n- Work with colleagues across departments\n\n**Requirements**\n- {experience}\n- Good "
        "communication skills\n- {skill}\n\n{pay}\n\nTo apply, send your CV to careers@{domain}.ng")
INDUSTRIES = ["fintech", "logistics", "FMCG", "healthcare", "education", "retail", "oil and gas", "agriculture"]
SKILLS = ["Microsoft Excel", "Python and SQL", "QuickBooks", "a valid driver's licence", "customer service",
          "React and TypeScript", "AutoCAD", "Sage", "social media marketing", "nursing licence"]


def _company(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(SUFFIXES)}"


def _description(rng: random.Random, company: str) -> str:
    lo = rng.randrange(80, 900) * 1000
    pay = rng.choice(PAY).format(lo=lo, hi=lo + rng.randrange(20, 400) * 1000, k=lo // 1000,
                                 m=round(lo * 12 / 1e6, 1), usd=rng.randrange(5, 60) * 100)
    y = rng.randrange(1, 8)
    return BODY.format(industry=rng.choice(INDUSTRIES), boss=rng.choice(["CFO", "Head of Sales", "COO", "CTO"]),
                       experience=rng.choice(EXPERIENCE).format(y=y, y2=y + 2), skill=rng.choice(SKILLS), pay=pay,
                       domain=company.split()[0].lower())


def generate(count: int, *, seed: int = 7, copy_rate: float = 0.12) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """`count` records; about `copy_rate` of them are copies of an earlier job on another board.

    Returns the records and the label of each (record id → original job number) for precision/recall.
    """
    rng = random.Random(seed)
    places, weights = zip(*PLACES, strict=True)
    records: list[dict[str, Any]] = []
    labels: dict[str, int] = {}
    originals: list[dict[str, Any]] = []
    taken: set[tuple[str, str, str]] = set()
    while len(records) < count:
        if originals and rng.random() < copy_rate:
            source = rng.choice(originals)
            record = _copy(rng, source, n=len(records))
            labels[record["id"]] = labels[source["id"]]
        else:
            record = _original(rng, n=len(records), places=places, weights=weights, taken=taken)
            labels[record["id"]] = len(originals)
            originals.append(record)
        records.append(record)
    return records, labels


def _original(rng: random.Random, *, n: int, places, weights, taken) -> dict[str, Any]:
    while True:
        title, company, location = rng.choice(TITLES), _company(rng), rng.choices(places, weights)[0]
        # One employer (whatever its suffix) posts one such role per state: the generator's ground truth.
        key = (title, company.split()[0] + company.split()[1], location.split(",")[-2:][0])
        if key not in taken:
            taken.add(key)
            break
    site = rng.choice(SITES)
    remote = location == "Remote"
    min_amount = rng.randrange(100, 900) * 1000 if rng.random() < 0.3 else None
    return {
        "id": f"{site[:2]}-{n}", "site": site, "job_url": f"https://{site}.example.com/jobs/{n}",
        "job_url_direct": f"https://careers.{company.split()[0].lower()}{company.split()[1].lower()}.ng/jobs/{n}",
        "title": title, "company": company, "location": location,
        "date_posted": f"2026-11-{rng.randrange(1, 28):02d}", "job_type": rng.choice(["fulltime", "contract", ""]),
        "interval": "monthly" if min_amount else None, "min_amount": min_amount,
        "max_amount": min_amount + 100_000 if min_amount else None, "currency": "NGN" if min_amount else None,
        "is_remote": remote, "description": _description(rng, company),
    }


def _copy(rng: random.Random, source: dict[str, Any], *, n: int) -> dict[str, Any]:
    site = rng.choice([s for s in SITES if s != source["site"]])
    title = rng.choice([source["title"], source["title"].upper(), source["title"].lower(),
                        f"Urgent: {source['title']}", f"{source['title']} (Hiring)"])
    location = source["location"]
    if location.endswith(", Nigeria") and rng.random() < 0.5:
        location = location.split(",")[1].strip() + ", Nigeria"  # "Lagos, Nigeria" for "Ikeja, Lagos, Nigeria"
    url = f"{source['job_url_direct']}?utm_source={site}&utm_medium=jobs" if rng.random() < 0.5 else (
        f"https://{site}.example.com/jobs/{n}")
    return {**source, "id": f"{site[:2]}-{n}", "site": site, "job_url": url, "job_url_direct": None, "title": title,
            "location": location}
