"""Writes postings.json, seekers.json and labels.csv of the matching evaluation set (run by hand; output committed).

    .venv/bin/python -m matching.evaluation.build_dataset

Every posting's occupation and place tag and every seeker's accepted occupations and places are written by hand
below; the generator only combines them with a fixed seed. Labels then follow what a person answers to "would
this seeker want this alert?" (see README.md beside this file); edit labels.csv by hand to overrule any pair.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).parent

# occupation → (posting titles as employers write them, titles an enhancer adds, skills, monthly NGN pay band)
OCCUPATIONS: dict[str, tuple[list[str], list[str], list[str], tuple[int, int]]] = {
    "accountant": (["Finance Officer", "Accounts Officer", "Senior Accountant", "Accounting Officer (IFRS)",
                    "Chartered Accountant - Manufacturing"], ["Accountant"],
                   ["Accounting", "Financial Reporting", "Microsoft Excel", "QuickBooks", "Taxation"], (250_000, 600_000)),
    "auditor": (["Internal Auditor", "Audit Associate", "External Audit Senior", "Audit Officer",
                 "Internal Control and Audit Officer"], ["Auditor"], ["Auditing", "Financial Reporting", "Compliance"],
                (300_000, 700_000)),
    "customer_care": (["Call Centre Agent", "Customer Service Representative", "Contact Centre Agent (Night Shift)",
                       "Customer Support Agent", "Customer Experience Associate"], ["Customer Care Representative"],
                      ["Customer Service", "Communication", "CRM"], (90_000, 200_000)),
    "backend": (["Backend Engineer (Python)", "Django Developer", "Node.js Developer", "Senior Backend Developer",
                 "API Developer (Golang)"], ["Backend Developer", "Software Engineer"],
                ["Python", "Django", "REST APIs", "PostgreSQL", "Docker", "Node.js"], (600_000, 1_800_000)),
    "frontend": (["Frontend Engineer", "React Developer", "Vue.js Developer", "Frontend Developer (Angular)",
                  "UI Developer"], ["Frontend Developer", "Software Engineer"],
                 ["JavaScript", "React", "TypeScript", "HTML/CSS"], (500_000, 1_500_000)),
    "mobile": (["Android Developer", "Flutter Developer", "iOS Engineer", "React Native Developer",
                "Mobile App Developer"], ["Mobile Developer"], ["Kotlin", "Flutter", "Dart", "Swift", "React Native"],
               (600_000, 1_600_000)),
    "data_analyst": (["Data Analyst", "Business Intelligence Analyst", "Reporting Analyst (Power BI)",
                      "Junior Data Analyst", "Data Analytics Officer"], ["Data Analyst"],
                     ["SQL", "Microsoft Excel", "Power BI", "Data Analysis", "Tableau"], (300_000, 900_000)),
    "devops": (["DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer (AWS)", "Platform Engineer",
                "Infrastructure Engineer"], ["DevOps Engineer"], ["AWS", "Docker", "Kubernetes", "Terraform", "Linux"],
               (800_000, 2_000_000)),
    "nurse": (["Registered Nurse", "Staff Nurse", "ICU Nurse", "Nursing Officer", "Midwife"], ["Nurse"],
              ["Nursing", "Patient Care", "First Aid", "Midwifery"], (150_000, 350_000)),
    "pharmacist": (["Community Pharmacist", "Hospital Pharmacist", "Superintendent Pharmacist", "Clinical Pharmacist",
                    "Pharmacist (Retail Chain)"], ["Pharmacist"], ["Pharmacy", "Dispensing", "Inventory Management"],
                   (250_000, 550_000)),
    "lab_scientist": (["Medical Laboratory Scientist", "Lab Scientist", "Laboratory Technician",
                       "Medical Lab Scientist (Haematology)", "Laboratory Scientist - Microbiology"],
                      ["Medical Laboratory Scientist"], ["Laboratory Testing", "Phlebotomy"], (180_000, 400_000)),
    "doctor": (["Medical Officer", "General Practitioner", "Resident Doctor", "Physician (Family Medicine)",
                "Medical Doctor - Clinic"], ["Medical Officer"], ["Patient Care", "First Aid"], (500_000, 1_200_000)),
    "teacher": (["Mathematics Teacher", "Secondary School Teacher (English)", "Primary School Teacher",
                 "Science Teacher (Physics)", "Class Teacher - Nursery"], ["Teacher"],
                ["Teaching", "Lesson Planning", "Classroom Management", "Mathematics"], (80_000, 250_000)),
    "sales": (["Sales Representative", "Field Sales Executive", "Sales Officer (FMCG)", "Medical Sales Representative",
               "Sales Agent"], ["Sales Executive"], ["Sales", "Negotiation", "CRM"], (100_000, 300_000)),
    "bizdev": (["Business Development Manager", "Business Development Executive", "Business Developer (SaaS)",
                "Business Development Officer", "Partnerships and Business Development Lead"],
               ["Business Development Executive"], ["Business Development", "Sales", "Negotiation"],
               (300_000, 900_000)),
    "digital_marketing": (["Digital Marketing Executive", "Social Media Manager", "SEO Specialist",
                           "Performance Marketer", "Digital Marketing Specialist"], ["Digital Marketer"],
                          ["Digital Marketing", "Social Media Marketing", "SEO", "Content Writing"], (150_000, 500_000)),
    "driver": (["Company Driver", "Delivery Driver", "Truck Driver", "Personal Driver", "Van Driver (Distribution)"],
               ["Driver"], ["Driving", "Route Planning"], (80_000, 180_000)),
    "dispatch": (["Dispatch Rider", "Delivery Rider", "Courier (Motorcycle)", "Bike Rider", "Despatch Rider"],
                 ["Dispatch Rider"], ["Motorcycle Riding", "Route Planning"], (60_000, 150_000)),
    "logistics": (["Logistics Officer", "Supply Chain Coordinator", "Logistics Coordinator", "Fleet Coordinator",
                   "Logistics Executive"], ["Logistics Coordinator"], ["Logistics", "Supply Chain", "Microsoft Excel"],
                  (150_000, 400_000)),
    "warehouse": (["Storekeeper", "Warehouse Supervisor", "Inventory Officer", "Warehouse Manager",
                   "Inventory Controller"], ["Warehouse Supervisor"], ["Inventory Management", "Microsoft Excel"],
                  (100_000, 350_000)),
    "electrician": (["Electrician", "Electrical Technician", "Industrial Electrician", "Electrical Fitter",
                     "Maintenance Electrician"], ["Electrician"], ["Electrical Installation", "Wiring"],
                    (80_000, 250_000)),
    "plumber": (["Plumber", "Plumbing Technician", "Pipe Fitter", "Site Plumber", "Plumber (Residential Estates)"],
                ["Plumber"], ["Plumbing"], (70_000, 200_000)),
    "mechanic": (["Auto Mechanic", "Automobile Technician", "Motor Mechanic", "Vehicle Technician",
                  "Heavy Duty Mechanic"], ["Mechanic"], ["Auto Repair"], (80_000, 250_000)),
    "legal": (["Legal Officer", "Associate Lawyer", "Legal Counsel", "Litigation Lawyer", "Legal Practitioner"],
              ["Legal Officer", "Lawyer"], ["Legal Research", "Litigation", "Contract Drafting"], (200_000, 700_000)),
    "hr": (["HR Officer", "Human Resources Generalist", "HR Executive", "Recruiter", "Talent Acquisition Specialist"],
           ["HR Officer"], ["Recruitment", "HR Management", "Payroll"], (200_000, 500_000)),
    "admin": (["Admin Officer", "Office Administrator", "Administrative Assistant", "Office Assistant", "Secretary"],
              ["Administrative Officer"], ["Administration", "Microsoft Office", "Scheduling"], (80_000, 250_000)),
    "chef": (["Chef", "Cook", "Sous Chef", "Kitchen Assistant", "Caterer (Events)"], ["Cook"],
             ["Catering", "Food Safety", "Cooking"], (70_000, 250_000)),
    "security": (["Security Guard", "Security Officer", "Security Personnel", "Gateman", "Night Watchman"],
                 ["Security Guard"], ["Security"], (50_000, 120_000)),
    "civil_engineer": (["Site Engineer", "Civil Engineer", "Structural Engineer", "Construction Engineer",
                        "Civil Engineer (Roads and Bridges)"], ["Civil Engineer"], ["AutoCAD", "Project Management"],
                       (300_000, 800_000)),
    "tailor": (["Tailor", "Fashion Designer", "Seamstress", "Sewing Machine Operator", "Bespoke Tailor"], ["Tailor"],
               ["Tailoring", "Sewing", "Pattern Cutting"], (60_000, 180_000)),
    "pos": (["POS Operator", "POS Attendant", "Agent Banker", "Mobile Money Agent", "POS Agent"], ["POS Operator"],
            ["POS Operation", "Cash Handling", "Mobile Money"], (40_000, 100_000)),
}

# (location as the posting writes it, place tag a person would read it as)
LOCATIONS = [
    ("Lagos, Nigeria", "lagos"), ("Lekki Phase 1, Lagos", "lagos:lekki"), ("Ikeja, Lagos", "lagos:ikeja"),
    ("Victoria Island, Lagos", "lagos:vi"), ("Yaba, Lagos", "lagos:yaba"), ("Ikorodu, Lagos", "lagos:ikorodu"),
    ("Lagos Island", "lagos:island"), ("Port Harcourt, Rivers", "ph"), ("PH", "ph"),
    ("Trans Amadi, Port Harcourt", "ph"), ("Abuja, FCT", "abuja"), ("FCT", "abuja"), ("Wuse, Abuja", "abuja"),
    ("Garki, Abuja", "abuja"), ("Ibadan, Oyo", "ibadan"), ("Kano", "kano"), ("Enugu", "enugu"),
    ("Benin City, Edo", "benin"), ("Warri, Delta", "warri"), ("Kaduna", "kaduna"), ("Abeokuta, Ogun", "abeokuta"),
    ("Nairobi, Kenya", "nairobi"), ("Accra, Ghana", "accra"), ("Nigeria", "ng"),
]
REMOTE_LOCATIONS = [("Remote", "remote"), ("Remote (Nigeria)", "remote"), ("Remote - Africa", "remote"),
                    ("Remote (Kenya only)", "remote:ke")]
REMOTE_FRIENDLY = {"backend", "frontend", "mobile", "data_analyst", "devops", "customer_care", "digital_marketing",
                   "bizdev", "hr", "accountant", "legal"}

# Seekers as they describe themselves, with what a person would accept (occupations, place tags) written by hand.
SEEKERS = [
    dict(id="s01", roles=["Accountant"], skills=["accounting", "excel", "quickbooks"], locations=["PH"],
         arrangements=["onsite", "hybrid"], years=3, salary_min=250_000, wants=["accountant"], places=["ph"]),
    dict(id="s02", roles=["customer care"], skills=["customer service"], locations=["Lagos"],
         arrangements=["onsite", "hybrid", "remote"], years=1, salary_min=80_000, wants=["customer_care"],
         places=["lagos", "lagos:*"]),
    dict(id="s03", roles=["Backend developer"], skills=["python", "django", "postgres"], locations=["Lagos"],
         arrangements=["remote"], years=4, salary_min=700_000, wants=["backend"], places=[]),
    dict(id="s04", roles=["Nurse"], skills=["nursing"], locations=["FCT"], arrangements=["onsite"], years=2,
         salary_min=150_000, wants=["nurse"], places=["abuja"]),
    dict(id="s05", roles=["Dispatch rider", "delivery driver"], skills=["driving", "riding"], locations=["Eko"],
         arrangements=["onsite"], years=2, salary_min=70_000, wants=["dispatch", "driver"], places=["lagos", "lagos:*"]),
    dict(id="s06", roles=["Software developer"], skills=["javascript", "react", "node"], locations=["Abuja"],
         arrangements=["onsite", "hybrid", "remote"], years=3, salary_min=None,
         wants=["backend", "frontend", "mobile"], places=["abuja"]),
    dict(id="s07", roles=["Data analyst"], skills=["sql", "power bi", "excel"], locations=["Lagos", "Remote"],
         arrangements=[], years=2, salary_min=300_000, wants=["data_analyst"], places=["lagos", "lagos:*"]),
    dict(id="s08", roles=["Pharmacist"], skills=["dispensing"], locations=["Ibadan", "Abeokuta"],
         arrangements=["onsite"], years=5, salary_min=250_000, wants=["pharmacist"], places=["ibadan", "abeokuta"]),
    dict(id="s09", roles=["Teacher"], skills=["teaching", "maths"], locations=["Enugu"], arrangements=["onsite"],
         years=6, salary_min=90_000, wants=["teacher"], places=["enugu"]),
    dict(id="s10", roles=["Sales rep"], skills=["sales", "negotiation"], locations=["Kano", "Kaduna"],
         arrangements=["onsite"], years=2, salary_min=100_000, wants=["sales"], places=["kano", "kaduna"]),
    dict(id="s11", roles=["Electrician"], skills=["wiring"], locations=["Port Harcourt", "Warri"],
         arrangements=["onsite"], years=7, salary_min=100_000, wants=["electrician"], places=["ph", "warri"]),
    dict(id="s12", roles=["Lawyer"], skills=["litigation", "contract drafting"], locations=["Abuja", "Lagos"],
         arrangements=["onsite", "hybrid"], years=4, salary_min=300_000, wants=["legal"],
         places=["abuja", "lagos", "lagos:*"]),
    dict(id="s13", roles=["HR"], skills=["recruitment"], locations=["Lagos"], arrangements=["hybrid", "remote"],
         years=3, salary_min=250_000, wants=["hr"], places=["lagos", "lagos:*"]),
    dict(id="s14", roles=["Secretary", "office assistant"], skills=["ms office"], locations=["Ibadan"],
         arrangements=["onsite"], years=1, salary_min=70_000, wants=["admin"], places=["ibadan"]),
    dict(id="s15", roles=["Cook"], skills=["cooking", "food hygiene"], locations=["Lekki"], arrangements=["onsite"],
         years=3, salary_min=80_000, wants=["chef"], places=["lagos:lekki", "lagos"]),
    dict(id="s16", roles=["Security"], skills=[], locations=["Benin"], arrangements=["onsite"], years=5,
         salary_min=50_000, wants=["security"], places=["benin"]),
    dict(id="s17", roles=["Site engineer"], skills=["autocad"], locations=["Abuja", "Kaduna"],
         arrangements=["onsite"], years=2, salary_min=250_000, wants=["civil_engineer"], places=["abuja", "kaduna"]),
    dict(id="s18", roles=["DevOps"], skills=["aws", "docker", "kubernetes"], locations=["Remote"],
         arrangements=["remote"], years=6, salary_min=1_000_000, wants=["devops"], places=[]),
    dict(id="s19", roles=["Flutter developer"], skills=["flutter", "dart"], locations=["Lagos"],
         arrangements=["hybrid", "remote"], years=2, salary_min=500_000, wants=["mobile"],
         places=["lagos", "lagos:*"]),
    dict(id="s20", roles=["Storekeeper"], skills=["inventory"], locations=["Abeokuta", "Lagos"],
         arrangements=["onsite"], years=3, salary_min=90_000, wants=["warehouse"],
         places=["abeokuta", "lagos", "lagos:*"]),
    dict(id="s21", roles=["Auditor"], skills=["audit", "ifrs"], locations=["Lagos"], arrangements=["onsite", "hybrid"],
         years=4, salary_min=350_000, wants=["auditor", "accountant"], places=["lagos", "lagos:*"]),
    dict(id="s22", roles=["Lab scientist"], skills=["haematology", "microbiology"], locations=["Enugu", "PH"],
         arrangements=["onsite"], years=3, salary_min=180_000, wants=["lab_scientist"], places=["enugu", "ph"]),
    dict(id="s23", roles=["Doctor"], skills=[], locations=["Kano"], arrangements=["onsite"], years=2,
         salary_min=400_000, wants=["doctor"], places=["kano"]),
    dict(id="s24", roles=["Social media manager"], skills=["social media", "seo"], locations=["Lagos"],
         arrangements=["remote", "hybrid"], years=3, salary_min=200_000, wants=["digital_marketing"],
         places=["lagos", "lagos:*"]),
    dict(id="s25", roles=["Truck driver"], skills=["driving"], locations=["Kano", "Kaduna", "Abuja"],
         arrangements=["onsite"], years=8, salary_min=90_000, wants=["driver"], places=["kano", "kaduna", "abuja"]),
    dict(id="s26", roles=["Logistics officer"], skills=["logistics", "supply chain"], locations=["Ikeja"],
         arrangements=["onsite", "hybrid"], years=2, salary_min=150_000, wants=["logistics"],
         places=["lagos:ikeja", "lagos"]),
    dict(id="s27", roles=["Tailor"], skills=["sewing"], locations=["Abuja", "Kaduna"], arrangements=["onsite"],
         years=4, salary_min=60_000, wants=["tailor"], places=["abuja", "kaduna"]),
    dict(id="s28", roles=["Plumber"], skills=["plumbing"], locations=["anywhere"], arrangements=["onsite"], years=5,
         salary_min=70_000, wants=["plumber"], places=["*ng"]),
    dict(id="s29", roles=["Business development"], skills=["sales", "negotiation"], locations=["Lagos", "Abuja"],
         arrangements=["onsite", "hybrid", "remote"], years=5, salary_min=400_000, wants=["bizdev", "sales"],
         places=["lagos", "lagos:*", "abuja"]),
    dict(id="s30", roles=["POS attendant"], skills=["pos"], locations=["PH"], arrangements=["onsite"], years=1,
         salary_min=40_000, wants=["pos"], places=["ph"]),
    dict(id="s31", roles=["Mechanic"], skills=["auto repair"], locations=["Warri", "Benin City"],
         arrangements=["onsite"], years=10, salary_min=100_000, wants=["mechanic"], places=["warri", "benin"]),
    dict(id="s32", roles=["Frontend developer"], skills=["react", "typescript"], locations=["Nigeria"],
         arrangements=["remote", "hybrid", "onsite"], years=1, salary_min=300_000, wants=["frontend"],
         places=["*ng"]),
]
NG_TAGS = {tag for _, tag in LOCATIONS if tag not in {"nairobi", "accra"}}
SENIOR_WORDS = ("senior", "lead", "superintendent", "manager", "head")


def build_postings(rng: random.Random) -> list[dict]:
    postings: list[dict] = []
    for occupation, (titles, ai_titles, skills, (low, high)) in OCCUPATIONS.items():
        for index, title in enumerate(titles * 3):
            postings.append(_posting(rng, len(postings) + 1, occupation, title, ai_titles, skills, low, high, index))
    return postings


def _posting(rng, pid, occupation, title, ai_titles, skills, low, high, index) -> dict:  # noqa: ANN001
    remote = occupation in REMOTE_FRIENDLY and rng.random() < 0.35
    # Half the on-site posts in the three big markets, as on Nigerian job boards.
    pool = REMOTE_LOCATIONS if remote else (LOCATIONS[:14] if rng.random() < 0.5 else LOCATIONS)
    location, tag = rng.choice(pool)
    arrangement = "remote" if remote else rng.choice(["onsite", "onsite", "onsite", "hybrid"])
    senior = any(word in title.lower() for word in SENIOR_WORDS)
    years = rng.choice([5, 6, 8]) if senior else rng.choice([None, None, 0, 1, 2, 3, 4])
    pay = None if rng.random() < 0.35 else rng.randrange(low, high, 10_000)
    currency = "NGN"
    if pay and remote and rng.random() < 0.5:
        pay, currency = round(pay / 1500, -1), "USD"
    return {
        "id": pid, "occupation": occupation, "title": title, "company": f"{occupation.title()} Co {index + 1}",
        "location": location, "place_tag": tag, "work_arrangement": arrangement,
        "salary_monthly_max": pay, "salary_currency": currency if pay else "", "years_experience_min": years,
        "ai_job_titles": [title, *ai_titles], "ai_skills": rng.sample(skills, k=min(len(skills), rng.randint(1, 3))),
        "description": f"{title} needed. Skills: {', '.join(skills)}.",
    }


def place_ok(seeker: dict, posting: dict) -> bool:
    arrangements = seeker["arrangements"] or ["onsite", "hybrid", "remote"]
    tag = posting["place_tag"]
    if posting["work_arrangement"] == "remote":
        return "remote" in arrangements and tag == "remote"
    if posting["work_arrangement"] not in arrangements:
        return False
    if "*ng" in seeker["places"]:
        return tag in NG_TAGS
    if tag == "ng":
        return False  # "somewhere in Nigeria" is not where a city-bound seeker said they can work
    city = tag.split(":")[0]
    return tag in seeker["places"] or (f"{city}:*" in seeker["places"]) or (
        ":" not in tag and any(p.startswith(f"{city}:") for p in seeker["places"]))


def pay_ok(seeker: dict, posting: dict) -> bool:
    if not seeker["salary_min"] or posting["salary_monthly_max"] is None:
        return True
    naira = posting["salary_monthly_max"] * (1500 if posting["salary_currency"] == "USD" else 1)
    return naira >= 0.75 * seeker["salary_min"]


def experience_ok(seeker: dict, posting: dict) -> bool:
    need = posting["years_experience_min"]
    return need is None or not (need - seeker["years"] >= 3 and need >= 2 * seeker["years"])


def label(seeker: dict, posting: dict) -> int:
    return int(posting["occupation"] in seeker["wants"] and place_ok(seeker, posting) and pay_ok(seeker, posting)
               and experience_ok(seeker, posting))


def main() -> None:
    postings = build_postings(random.Random(5))
    (HERE / "postings.json").write_text(json.dumps(postings, indent=1, ensure_ascii=False) + "\n")
    (HERE / "seekers.json").write_text(json.dumps(SEEKERS, indent=1, ensure_ascii=False) + "\n")
    with (HERE / "labels.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["seeker", "posting", "relevant"])
        for seeker in SEEKERS:
            for posting in postings:
                writer.writerow([seeker["id"], posting["id"], label(seeker, posting)])
    positives = sum(label(s, p) for s in SEEKERS for p in postings)
    print(f"{len(SEEKERS)} seekers × {len(postings)} postings, {positives} relevant pairs")


if __name__ == "__main__":
    main()
