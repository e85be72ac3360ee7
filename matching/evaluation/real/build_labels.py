"""Writes labels_<split>.csv: would this seeker want this real posting? (run by hand; committed)

    .venv/bin/python -m matching.evaluation.real.build_labels [../shared/realdata] [split ...]

Name the split to write (`holdout_2`) so the labels of the others are left as committed.

Reads no score. A pair is `1` when the posting's hand-tagged occupation is one the seeker wants and the posting
is somewhere they can work, at pay and experience they would take; `?` when the occupation is only a neighbour
of theirs (`maybe`: a bank account officer and an accountant post) or the post does not say where in Nigeria it
is; `0` otherwise. The facts are the importer's hand labels (`jobs/evaluation/realdata_labels.jsonl`) where a
row has them, else what normalisation reads. `OVERRULED` holds pairs decided by reading the posting itself (by
key prefix).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from jobs.evaluation import load_labels as importer_labels
from jobs.salary import PER_MONTH
from matching.evaluation.real import HERE, SPLITS, Posting, load_postings, load_seekers, split_of

USD_TO_NGN = 1500
PLACE_TAGS = {"lagos": "lagos", "abuja": "abuja", "fct": "abuja", "port harcourt": "ph", "ibadan": "ibadan",
              "benin city": "benin", "kaduna": "kaduna", "ogun": "ogun", "abeokuta": "ogun", "shagamu": "ogun"}
# (seeker, row key) → label, with the reason, from reading the posting.
OVERRULED: dict[tuple[str, str], tuple[str, str]] = {
    ("r17", "in-b9b1ddb1"): ("0", "an internship, for an HR officer with three years"),
    ("r02", "in-e9effc3b"): ("?", "a bank relationship manager: a step above an account officer, some would apply"),
    ("r30", "in-b358bcce"): ("?", "chief accountant for a one-year accountant: the post names no years"),
    ("r30", "in-82489140"): ("?", "finance manager and senior accountant for a one-year accountant"),
    ("h2-01", "in-b358bcce"): ("?", "chief accountant for a two-year accounts officer: the post names no years"),
    ("h2-01", "in-50a08610"): ("?", "head of accounts for a two-year accounts officer"),
    ("h2-10", "in-b9b1ddb1"): ("0", "an internship, for an HR officer with four years"),
    ("h4-07", "in-5eb6cac7"): ("?", "accounts officer and store keeper in one post: half of it is a store keeper's"),
    ("h4-10", "in-b9b1ddb1"): ("0", "an internship, for an HR/admin officer with three years"),
    ("h4-11", "in-9f3a9c58"): ("0", "kitchen hands (a helper's post), for a chef with six years"),
    ("h4-14", "in-8e7bb8df"): ("0", "a consultant psychiatrist's post, for a dermatologist"),
    ("h5-01", "in-50a08610"): ("?", "head of accounts for a two-year acct officer"),
    ("h5-01", "in-b358bcce"): ("?", "chief accountant over account officers, for a two-year acct officer: no years named"),
    ("h5-11", "in-bb351a74"): ("1", "a bank's DSA in Enugu, where the seeker lives (Enugu is not in PLACE_TAGS)"),
    ("h5-21", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a creche/nursery teacher"),
    ("h5-21", "in-1a7bf2a0"): ("0", "secondary school subject teachers (CRS, biology, maths), for a nursery teacher"),
    ("h5-21", "in-27fb91c1"): ("?", "a primary school maths specialist (Key Stage 1-2), for a nursery teacher"),
    ("h5-21", "in-074a18af"): ("?", "a primary school English specialist (Key Stage 1-2), for a nursery teacher"),
    ("h5-21", "in-82eef9c9"): ("0", "a secondary further maths teacher, for a creche/nursery teacher"),
    ("h5-21", "in-2e2c7c15"): ("0", "a secondary CRS subject teacher, for a creche/nursery teacher"),
    ("h5-21", "in-b172229b"): ("0", "a secondary accounts/economics teacher, for a creche/nursery teacher"),
    ("h5-21", "in-deeda29f"): ("0", "a secondary Islamic studies teacher, for a creche/nursery teacher"),
    ("h5-23", "in-b4d1f173"): ("?", "an office administrator who drafts legal documents, for a receptionist cum admin"),
    ("h5-24", "in-b9b1ddb1"): ("0", "an internship, for an HR generalist with five years"),
    ("h5-26", "in-c6fd03ef"): ("?", "a kitchen assistant (helps the chefs), for a chef/cook with four years"),
    ("h5-28", "in-053700df"): ("0", "an unpaid volunteer post, for a digital marketer asking 200k a month"),
    ("h6-01", "in-50a08610"): ("?", "head of accounts (ICAN, leads the department), for a two-year bookkeeper"),
    ("h6-01", "in-b358bcce"): ("?", "chief accountant over account officers, for a two-year bookkeeper: no years named"),
    ("h6-04", "in-b9b1ddb1"): ("0", "an internship, for an HR & admin officer with four years"),
    ("h6-04", "in-b4d1f173"): ("?", "an office administrator who drafts legal documents, for an HR & admin officer"),
    ("h6-07", "in-053700df"): ("0", "an unpaid volunteer post, for a content creator asking 80k a month"),
    ("h6-10", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a secondary English/literature teacher"),
    ("h6-10", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for an English/literature teacher"),
    ("h6-10", "in-074a18af"): ("?", "a primary school English specialist (Key Stage 1-2), for a secondary English teacher"),
    ("h6-10", "in-82eef9c9"): ("0", "a further maths teacher, for a secondary English/literature teacher"),
    ("h6-10", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a secondary English/literature teacher"),
    ("h6-10", "in-b172229b"): ("0", "an accounts/economics teacher, for a secondary English/literature teacher"),
    ("h6-10", "in-deeda29f"): ("0", "an Islamic studies teacher, for a secondary English/literature teacher"),
    ("h6-10", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h6-13", "in-441119c4"): ("0", "a hospital in Awka, Anambra (the post's text), for a lab tech in Abeokuta/Lagos"),
    ("h6-14", "in-1d6fbb3f"): ("?", "needs ophthalmic nursing training and two years, for a nurse just out of NYSC"),
    ("h6-14", "in-513cc025"): ("?", "needs a year in a dermatology clinic, for a nurse just out of NYSC"),
    ("h6-23", "in-b0118138"): ("?", "a BDM with 3-5 years in hospitality/events, for a one-year fintech BDE"),
    ("h6-23", "in-e5cb5c6b"): ("?", "a BDE who must have solar experience, for a fintech BDE"),
    ("h6-24", "in-1c95ee5a"): ("1", "an entry-level (0-1 year) data analyst post open nationwide, for a fresh analyst"),
    ("h6-27", "in-5c6bb57c"): ("?", "a React Native / full-stack web contract role, for a native iOS (Swift) dev"),
    ("h6-30", "in-29bfba82"): ("1", "a graphics designer's post in Asaba, where the seeker lives (Asaba is not in PLACE_TAGS)"),
    ("h7-01", "in-50a08610"): ("0", "head of accounts (ICAN, leads the department), for an accounts trainee with no experience"),
    ("h7-01", "in-b358bcce"): ("0", "chief accountant over account officers, for an accounts trainee with no experience"),
    ("h7-01", "in-82489140"): ("0", "finance manager and senior accountant, for an accounts trainee with no experience"),
    ("h7-04", "in-e9effc3b"): ("?", "a trade-finance relationship manager (PO financing), for a microfinance loan officer"),
    ("h7-06", "in-1d6fbb3f"): ("?", "needs specialty training in ophthalmic nursing, for a general nurse/midwife"),
    ("h7-06", "in-513cc025"): ("?", "needs a year in a dermatology clinic, for a general nurse/midwife"),
    ("h7-09", "in-664a0e5d"): ("0", "a consultant dermatologist's post, for a psychiatrist"),
    ("h7-09", "in-889dba63"): ("0", "a consultant dermatologist's post, for a psychiatrist"),
    ("h7-10", "in-3f891093"): ("0", "six years in drug manufacturing (GMP, NAFDAC registration), for a retail pharmacist"),
    ("h7-11", "in-b5701daf"): ("1", "a pharmacy technician's post in Damasak, Borno, where the seeker works (not in PLACE_TAGS)"),
    ("h7-12", "in-441119c4"): ("0", "a hospital in Awka, Anambra (the post's text), for a lab scientist in Lagos"),
    ("h7-14", "in-ea2f9ab7"): ("0", "a two-year trainee programme (field sales), for a sales executive with five years"),
    ("h7-15", "in-ea2f9ab7"): ("1", "a field sales representative trainee programme, for a fresh marketing graduate"),
    ("h7-15", "in-b0118138"): ("0", "a business development manager's post, for a fresh marketing graduate"),
    ("h7-15", "in-1d2793e5"): ("0", "a business development manager's post, for a fresh marketing graduate"),
    ("h7-15", "in-5e38d9d0"): ("0", "a business development manager's post, for a fresh marketing graduate"),
    ("h7-15", "in-23aa329f"): ("0", "a business development manager's post, for a fresh marketing graduate"),
    ("h7-17", "in-b0118138"): ("?", "a BDM for hospitality and events, for a BD officer from logistics"),
    ("h7-17", "in-e5cb5c6b"): ("?", "a BDE who must have solar experience, for a BD officer from logistics"),
    ("h7-18", "in-ea2f9ab7"): ("1", "a field sales representative (trainee programme) in Port Harcourt, for a field marketer there"),
    ("h7-18", "in-d824b9f6"): ("1", "field/adhoc marketers in Aba, where the seeker lives (Aba is not in PLACE_TAGS)"),
    ("h7-21", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a web designer in Nigeria"),
    ("h7-22", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a junior developer in Nigeria"),
    ("h7-24", "in-5c6bb57c"): ("?", "a React Native / full-stack web contract role, for a Flutter/Kotlin dev"),
    ("h7-29", "in-3e37c25d"): ("0", "a Cambridge IGCSE (secondary) maths teacher, for a primary school class teacher"),
    ("h7-29", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Abuja"),
    ("h7-30", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a chemistry/biology teacher"),
    ("h7-30", "in-9ece01d4"): ("0", "a nursery/pre-school teacher, for a secondary chemistry/biology teacher"),
    ("h7-30", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for a chemistry/biology teacher"),
    ("h7-30", "in-074a18af"): ("0", "a primary school English specialist (Key Stage 1-2), for a chemistry/biology teacher"),
    ("h7-30", "in-82eef9c9"): ("0", "a further maths teacher, for a chemistry/biology teacher"),
    ("h7-30", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a chemistry/biology teacher"),
    ("h7-30", "in-b172229b"): ("0", "an accounts/economics teacher, for a chemistry/biology teacher"),
    ("h7-30", "in-deeda29f"): ("0", "an Islamic studies teacher, for a chemistry/biology teacher"),
    ("h7-30", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h7-31", "in-b4d1f173"): ("?", "an office administrator who drafts legal documents, for a hotel receptionist"),
    ("h7-31", "in-c7d30c68"): ("?", "an office manager over a fashion studio's tailors and production, for a hotel receptionist"),
    ("h7-32", "in-eb71e12a"): ("?", "an entry-level office assistant (one year), for an executive assistant with five years"),
    ("h7-32", "in-b9b1ddb1"): ("0", "an internship, for an executive assistant with five years"),
    ("h7-33", "in-b9b1ddb1"): ("0", "an internship, for a recruitment officer with two years"),
    ("h7-36", "in-9f3a9c58"): ("?", "kitchen hands (a helper's post), for a cook with three years"),
    ("h7-38", "in-053700df"): ("0", "an unpaid volunteer post, for a page manager asking 120k a month"),
    ("h8-01", "in-50a08610"): ("0", "head of accounts (ICAN, leads the department), for an accounts clerk with one year"),
    ("h8-01", "in-b358bcce"): ("0", "chief accountant over account officers, for an accounts clerk with one year"),
    ("h8-05", "in-e9effc3b"): ("?", "a trade-finance relationship manager (PO financing), for a two-year MFB marketer"),
    ("h8-08", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a building-materials shop salesman"),
    ("h8-10", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a van sales rep/driver"),
    ("h8-12", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a three-year medical sales rep"),
    ("h8-15", "in-467b981a"): ("1", "a BD executive post in Sapele, Delta (the post's text), an hour from Warri where the seeker lives (not in PLACE_TAGS)"),
    ("h8-15", "in-21216dce"): ("1", "a BD executive post in Sapele, Delta, an hour from Warri where the seeker lives (not in PLACE_TAGS)"),
    ("h8-21", "in-c7d30c68"): ("?", "an office manager over a fashion studio's tailors and production, for an admin assistant with one year"),
    ("h8-21", "in-b4d1f173"): ("?", "an office administrator who drafts legal documents, for an admin assistant"),
    ("h8-23", "in-b9b1ddb1"): ("0", "an internship, for an HR manager with ten years"),
    ("h8-23", "in-7f4edda6"): ("?", "a part-time HR officer post (OND minimum), for an HR manager with ten years"),
    ("h8-23", "in-32885c58"): ("?", "an HR officer post (2-4 years), for an HR manager with ten years"),
    ("h8-24", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a pre-school teacher"),
    ("h8-24", "in-1a7bf2a0"): ("0", "secondary school subject teachers (CRS, biology, maths), for a pre-school teacher"),
    ("h8-24", "in-27fb91c1"): ("?", "a primary school maths specialist (Key Stage 1-2), for a pre-school teacher"),
    ("h8-24", "in-074a18af"): ("?", "a primary school English specialist (Key Stage 1-2), for a pre-school teacher"),
    ("h8-24", "in-82eef9c9"): ("0", "a secondary further maths teacher, for a pre-school teacher"),
    ("h8-24", "in-2e2c7c15"): ("0", "a secondary CRS subject teacher, for a pre-school teacher"),
    ("h8-24", "in-b172229b"): ("0", "a secondary accounts/economics teacher, for a pre-school teacher"),
    ("h8-24", "in-deeda29f"): ("0", "a secondary Islamic studies teacher, for a pre-school teacher"),
    ("h8-24", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h8-25", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a secondary maths teacher"),
    ("h8-25", "in-27fb91c1"): ("?", "a primary school maths specialist (Key Stage 1-2), for a JSS/SSS maths teacher"),
    ("h8-25", "in-074a18af"): ("0", "an English teacher's post, for a maths teacher"),
    ("h8-25", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a maths teacher"),
    ("h8-25", "in-b172229b"): ("0", "an accounts/economics teacher, for a maths teacher"),
    ("h8-25", "in-deeda29f"): ("0", "an Islamic studies teacher, for a maths teacher"),
    ("h8-25", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h8-26", "in-1a7bf2a0"): ("0", "secondary school subject teachers (CRS, biology, maths), for a computer teacher"),
    ("h8-26", "in-9ece01d4"): ("0", "a nursery/pre-school teacher, for a computer studies teacher"),
    ("h8-26", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for a computer teacher"),
    ("h8-26", "in-074a18af"): ("0", "a primary school English specialist (Key Stage 1-2), for a computer teacher"),
    ("h8-26", "in-b6990fe1"): ("0", "a CAIE English language instructor, for a computer teacher"),
    ("h8-26", "in-82eef9c9"): ("0", "a further maths teacher, for a computer teacher"),
    ("h8-26", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a computer teacher"),
    ("h8-26", "in-b172229b"): ("0", "an accounts/economics teacher, for a computer teacher"),
    ("h8-26", "in-deeda29f"): ("0", "an Islamic studies teacher, for a computer teacher"),
    ("h8-26", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos/PH"),
    ("h8-27", "in-053700df"): ("0", "an unpaid volunteer post, for a social media exec asking 150k a month"),
    ("h8-28", "in-053700df"): ("0", "an unpaid volunteer post, for a performance marketer asking 300k a month"),
    ("h8-30", "in-7213c0ee"): ("?", "a call-centre lead post for NYSC/new doctors, for a GP with two years wanting clinical work"),
    ("h8-32", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a developer in Nigeria"),
    ("h8-40", "in-3f891093"): ("?", "a superintendent post in drug manufacturing (GMP, NAFDAC registration), for a retail superintendent pharmacist"),
    ("h9-01", "in-50a08610"): ("0", "head of accounts (ICAN chartered, leads the department), for a part-qualified accountant with two years"),
    ("h9-01", "in-b358bcce"): ("?", "chief accountant over account officers, for a two-year accountant: no years named"),
    ("h9-03", "in-06c78849"): ("0", "a trainee accountant post, for a senior accountant with seven years"),
    ("h9-03", "in-b0e5d720"): ("0", "a finance associate (budget data collection), for a senior accountant with seven years"),
    ("h9-04", "in-50a08610"): ("0", "head of accounts (ICAN chartered, leads the department), for a graduate just out of NYSC"),
    ("h9-04", "in-b358bcce"): ("0", "chief accountant over account officers, for a graduate just out of NYSC"),
    ("h9-05", "in-e9effc3b"): ("?", "a trade-finance relationship manager (PO financing), for a two-year bank teller"),
    ("h9-05", "in-843805f9"): ("?", "a mortgage loan officer over the paperwork staff, for a two-year bank teller"),
    ("h9-09", "in-9b00d192"): ("?", "a bank's field direct sales agent (DSA), for a B2B software inside sales rep"),
    ("h9-09", "in-733f65eb"): ("?", "a bank's field direct sales agent, for a B2B software inside sales rep"),
    ("h9-10", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a furniture showroom sales exec"),
    ("h9-15", "in-41c6072b"): ("0", "a print company's B2B/digital marketing specialist (three years), for a one-year merchandiser"),
    ("h9-21", "in-b9b1ddb1"): ("0", "an internship, for a people & culture officer with three years"),
    ("h9-22", "in-8e36bce0"): ("?", "an HR manager's post (2-3 years), for an HR graduate just out of NYSC"),
    ("h9-23", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a Montessori teacher"),
    ("h9-23", "in-27fb91c1"): ("?", "a primary school maths specialist (Key Stage 1-2), for a Montessori (ages 2-6) teacher"),
    ("h9-23", "in-074a18af"): ("?", "a primary school English specialist (Key Stage 1-2), for a Montessori (ages 2-6) teacher"),
    ("h9-23", "in-82eef9c9"): ("0", "a secondary further maths teacher, for a Montessori teacher"),
    ("h9-23", "in-2e2c7c15"): ("0", "a secondary CRS subject teacher, for a Montessori teacher"),
    ("h9-23", "in-b172229b"): ("0", "a secondary accounts/economics teacher, for a Montessori teacher"),
    ("h9-23", "in-deeda29f"): ("0", "a secondary Islamic studies teacher, for a Montessori teacher"),
    ("h9-23", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h9-24", "in-b1b9aefb"): ("0", "other subjects (primary maths, physics, chemistry, technical drawing) in a British-curriculum school, for an IRS & Arabic teacher"),
    ("h9-24", "in-3e37c25d"): ("0", "a Cambridge IGCSE maths teacher, for an IRS & Arabic teacher"),
    ("h9-24", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Kaduna/Abuja"),
    ("h9-25", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for an NCE primary class teacher"),
    ("h9-25", "in-1a7bf2a0"): ("0", "secondary school subject teachers (CRS, biology, maths), for an NCE primary class teacher"),
    ("h9-25", "in-9ece01d4"): ("?", "a nursery/pre-school teacher (EYFS/Montessori), for a primary class teacher"),
    ("h9-25", "in-27fb91c1"): ("?", "a primary maths specialist (British curriculum, a degree, three years), for an NCE English/social studies teacher"),
    ("h9-25", "in-82eef9c9"): ("0", "a secondary further maths teacher, for a primary class teacher"),
    ("h9-25", "in-2e2c7c15"): ("0", "a secondary CRS subject teacher, for a primary class teacher"),
    ("h9-25", "in-b172229b"): ("0", "a secondary accounts/economics teacher, for a primary class teacher"),
    ("h9-25", "in-deeda29f"): ("0", "a secondary Islamic studies teacher, for a primary class teacher"),
    ("h9-25", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Ota/Lagos"),
    ("h9-26", "in-053700df"): ("0", "an unpaid volunteer post, for a digital marketing exec asking 120k a month"),
    ("h9-28", "in-c5278117"): ("?", "a store officer's post (stock records, entry level), for a forklift operator with five years"),
    ("h9-31", "in-c6fd03ef"): ("?", "a kitchen assistant (helps the chefs: washing, peeling, chopping), for a hotel cook with five years"),
    ("h9-32", "in-7213c0ee"): ("?", "a call-centre lead post for NYSC/new doctors, for a doctor wanting clinical work"),
    ("h9-34", "in-ebfd8a0f"): ("?", "a pharmacy manager over the pharmacy's operations and technicians, for a pharmacist just out of internship"),
    ("h9-35", "in-053700df"): ("0", "an unpaid volunteer post, for a graphics/UI designer asking 200k a month"),
    ("h9-38", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a developer in Nigeria"),
    ("h9-38", "in-18e718a3"): ("?", "a TypeScript/Next.js engineer's post (five years), for a WordPress/Elementor developer"),
    ("h9-40", "in-053700df"): ("0", "an unpaid volunteer post, for a video editor asking 150k a month"),
    ("h10-01", "in-50a08610"): ("0", "head of accounts (ICAN chartered, leads the department), for an HND accounts staff with three years"),
    ("h10-01", "in-b358bcce"): ("?", "chief accountant over account officers, for a three-year accounts staff: no years named"),
    ("h10-02", "in-357f94bc"): ("?", "a hotel accountant (hospitality experience required), for a school bursar with one year"),
    ("h10-02", "in-514bed7e"): ("0", "an accountant/financial controller with 3-4 years in hotels, for a school bursar with one year"),
    ("h10-02", "in-1337cbd2"): ("?", "a senior accountant coordinating the accounting functions, for a school bursar with one year"),
    ("h10-03", "in-06c78849"): ("0", "a trainee accountant post, for a chartered financial controller with ten years"),
    ("h10-03", "in-b0e5d720"): ("0", "a finance associate (budget data collection, entry level), for a financial controller with ten years"),
    ("h10-03", "in-82489140"): ("?", "finance manager of an MFB (MFB and BankOne experience required), for a financial controller from outside banking"),
    ("h10-04", "in-50a08610"): ("0", "head of accounts (ICAN chartered, leads the department), for a junior auditor with one year"),
    ("h10-04", "in-b358bcce"): ("0", "chief accountant over account officers, for a junior auditor with one year"),
    ("h10-04", "in-da867a0f"): ("?", "an internal control manager (audit plan, reports to the MD), for a junior auditor with one year"),
    ("h10-05", "in-6207987a"): ("0", "audits of international trade and customs compliance (six years), for a revenue assurance officer"),
    ("h10-05", "in-06c78849"): ("0", "a trainee accountant post, for a revenue assurance officer with five years"),
    ("h10-05", "in-b0e5d720"): ("0", "a finance associate (entry level), for a revenue assurance officer with five years"),
    ("h10-08", "in-9b00d192"): ("0", "a bank's field direct sales agent, for a bank NPL recoveries officer with six years"),
    ("h10-10", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a car dealership sales consultant"),
    ("h10-10", "in-7456dd9a"): ("?", "a meat outlet's sales & cash officer (entry level), for a car sales consultant with four years"),
    ("h10-10", "in-d5becd41"): ("?", "a supermarket's entry-level sales/customer service post, for a car sales consultant with four years"),
    ("h10-10", "in-43ad79ee"): ("0", "seven years in industrial automation sales (DCS, PLC), for a car sales consultant"),
    ("h10-10", "in-49df9705"): ("0", "a microgrid sales manager (energy project development and financing), for a car sales consultant"),
    ("h10-12", "in-9a643eb5"): ("?", "a sales executive post asking a university degree and 2-4 years, for an OND holder with one year"),
    ("h10-13", "in-441119c4"): ("0", "a hospital in Awka, Anambra (the post's text), for a lab scientist in Lagos"),
    ("h10-14", "in-43ad79ee"): ("0", "seven years in industrial automation sales (DCS, PLC), for an FMCG territory manager"),
    ("h10-14", "in-49df9705"): ("0", "a microgrid sales manager (energy project development and financing), for an FMCG territory manager"),
    ("h10-14", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for an FMCG territory manager"),
    ("h10-14", "in-6d383e19"): ("1", "an FMCG trade BDM growing volume through a distributor in Lagos: a territory manager's work"),
    ("h10-15", "in-b0118138"): ("?", "a BDM for hospitality and events, for an insurance new-business exec"),
    ("h10-15", "in-244ff436"): ("?", "a BDM for oil & gas asset-management consulting (five years), for an insurance new-business exec"),
    ("h10-15", "in-e5cb5c6b"): ("?", "a BDE who must have solar experience, for an insurance new-business exec"),
    ("h10-15", "in-6d383e19"): ("0", "five years as a BDM in FMCG trade required, for an insurance new-business exec with three"),
    ("h10-16", "in-053700df"): ("0", "an unpaid volunteer post, for a motion/graphic designer asking 150k a month"),
    ("h10-17", "in-41c6072b"): ("0", "a print company's B2B/digital marketing specialist (three years), for a door-to-door field marketer"),
    ("h10-18", "in-43e60334"): ("?", "a restaurant's marketing campaigns and content post (not field activation), for a promo girl"),
    ("h10-22", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for an economics/commerce teacher"),
    ("h10-22", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for a secondary economics teacher"),
    ("h10-22", "in-074a18af"): ("0", "a primary school English specialist (Key Stage 1-2), for a secondary economics teacher"),
    ("h10-22", "in-82eef9c9"): ("0", "a further maths teacher, for an economics/commerce teacher"),
    ("h10-22", "in-2e2c7c15"): ("0", "a CRS subject teacher, for an economics/commerce teacher"),
    ("h10-22", "in-deeda29f"): ("0", "an Islamic studies teacher, for an economics/commerce teacher"),
    ("h10-22", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h10-23", "in-b1b9aefb"): ("0", "other subjects (primary maths, physics, chemistry, technical drawing) in a British-curriculum school, for an English teacher"),
    ("h10-23", "in-3e37c25d"): ("0", "a Cambridge IGCSE maths teacher, for an English/literacy teacher"),
    ("h10-23", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Abuja"),
    ("h10-24", "in-1a7bf2a0"): ("?", "a CRS post among others, but only for teachers living around Agege/Ikeja, for one in Ikotun"),
    ("h10-24", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a CRS/civic education teacher"),
    ("h10-24", "in-9ece01d4"): ("0", "a nursery/pre-school teacher, for a secondary CRS/civic education teacher"),
    ("h10-24", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for a CRS teacher"),
    ("h10-24", "in-074a18af"): ("0", "a primary school English specialist (Key Stage 1-2), for a CRS teacher"),
    ("h10-24", "in-82eef9c9"): ("0", "a further maths teacher, for a CRS teacher"),
    ("h10-24", "in-b172229b"): ("0", "an accounts/economics teacher, for a CRS teacher"),
    ("h10-24", "in-deeda29f"): ("0", "an Islamic studies teacher, for a CRS teacher"),
    ("h10-24", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h10-25", "in-a99efec2"): ("0", "a school in Isolo, Lagos (the post's text; tagged Ogun), for an admin staff in Abeokuta"),
    ("h10-25", "in-1edd6e14"): ("?", "an admin/PA post asking HND or a degree and bookkeeping, for an OND admin staff"),
    ("h10-26", "in-eb71e12a"): ("?", "an entry-level office assistant (one year), for a PA/executive secretary with six years"),
    ("h10-26", "in-b9b1ddb1"): ("0", "an internship, for a PA/executive secretary with six years"),
    ("h10-27", "in-b9b1ddb1"): ("0", "an internship, for a talent acquisition specialist with four years"),
    ("h10-27", "in-7f4edda6"): ("?", "a part-time HR officer post (OND minimum), for a talent acquisition specialist asking 350k"),
    ("h10-29", "in-053700df"): ("0", "an unpaid volunteer post, for a community manager asking 150k a month"),
    ("h10-31", "in-e69aac2e"): ("1", "a driver's post in Ibadan (the post's text; tagged Oyo town), where the seeker lives"),
    ("h10-32", "in-c7d30c68"): ("0", "an office manager over a fashion studio's tailors and production, for an office boy with one year"),
    ("h10-32", "in-b4d1f173"): ("0", "an office administrator who drafts legal documents (legal background), for an office boy"),
    ("h10-32", "in-8b62717e"): ("1", "office assistant/cleaner (errands, filing, photocopying): an office boy's post"),
    ("h10-32", "in-a99efec2"): ("?", "a school's admin officer in Isolo, Lagos (tagged Ogun) asking marketing experience, for an office boy"),
    ("h10-36", "in-cea011d1"): ("?", "a central kitchen supervisor over cooks and chefs, for a shawarma/grill cook with two years"),
    ("h10-37", "in-513cc025"): ("?", "needs a year in a dermatology clinic, for an eye-clinic nurse"),
    ("h10-39", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a developer in Nigeria"),
    ("h10-40", "in-33309681"): ("1", "a full-stack web post (JS/React, two years) in Enugu, where the seeker lives (Enugu is not in PLACE_TAGS)"),
    ("h11-01", "in-50a08610"): ("0", "head of accounts (ICAN chartered, leads the department), for a two-year accountant at ICAN stage 2"),
    ("h11-01", "in-b358bcce"): ("?", "chief accountant over account officers, for a two-year accountant: no years named"),
    ("h11-02", "in-357f94bc"): ("?", "a hotel accountant (hospitality experience required), for an AP/AR officer from outside hotels"),
    ("h11-02", "in-514bed7e"): ("0", "an accountant/financial controller with 3-4 years in hotels, for an AP/AR officer from outside hotels"),
    ("h11-03", "in-06c78849"): ("0", "a trainee accountant post, for a chartered accountant with twelve years"),
    ("h11-03", "in-b0e5d720"): ("0", "a finance associate (budget data collection, entry level), for a chartered accountant with twelve years"),
    ("h11-03", "in-82489140"): ("?", "finance manager of an MFB (MFB and BankOne experience required), for a chartered accountant from outside banking"),
    ("h11-03", "in-b73b97f0"): ("?", "a mid-level (three years) hotel finance officer, for a chartered accountant with twelve years asking 900k"),
    ("h11-05", "in-e9effc3b"): ("?", "a trade-finance relationship manager (PO financing), for a two-year MFB SME loan officer"),
    ("h11-05", "in-843805f9"): ("?", "a mortgage loan officer over the paperwork staff, for a two-year MFB SME loan officer"),
    ("h11-05", "in-9b00d192"): ("?", "a bank's field direct sales agent (DSA), for an MFB loan officer who appraises and books loans"),
    ("h11-07", "in-be3c9c9c"): ("?", "real-estate sales experience required, for a provision store attendant"),
    ("h11-08", "in-2bcea6d0"): ("0", "five years in the ethanol/CO2 industry required, for a courier/logistics B2B sales exec"),
    ("h11-08", "in-9b00d192"): ("?", "a bank's field direct sales agent, for a B2B corporate sales exec with five years"),
    ("h11-08", "in-be3c9c9c"): ("?", "real-estate sales experience required, for a courier/logistics B2B sales exec"),
    ("h11-08", "in-e277f0ad"): ("?", "a retail shop-floor sales post, for a B2B corporate sales exec with five years asking 300k"),
    ("h11-11", "in-234cc194"): ("1", "a bank's DSA in Awka, where the seeker lives (Awka is not in PLACE_TAGS)"),
    ("h11-12", "in-41c6072b"): ("0", "a print company's B2B/digital marketing specialist (three years), for a one-year market outreach agent"),
    ("h11-13", "in-e5cb5c6b"): ("?", "a BDE who must have solar experience, for an agro/food-processing BD exec"),
    ("h11-13", "in-b0118138"): ("?", "a BDM for hospitality and events, for an agro/food-processing BD exec"),
    ("h11-13", "in-244ff436"): ("?", "a BDM for oil & gas asset-management consulting (five years), for an agro/food-processing BD exec"),
    ("h11-13", "in-1d2793e5"): ("?", "a part-time BDM for a small creative agency, for a full-time BD exec asking 350k"),
    ("h11-14", "in-e5cb5c6b"): ("?", "a BDE who must have solar experience, for a hotels/events corporate sales lead"),
    ("h11-14", "in-244ff436"): ("?", "a BDM for oil & gas asset-management consulting, for a hotels/events corporate sales lead"),
    ("h11-14", "in-6d383e19"): ("0", "five years as a BDM in FMCG trade required, for a hotels/events corporate sales lead"),
    ("h11-15", "in-43ad79ee"): ("0", "seven years in industrial automation sales (DCS, PLC), for a telecom trade area manager"),
    ("h11-15", "in-49df9705"): ("0", "a microgrid sales manager (energy project development and financing), for a telecom trade area manager"),
    ("h11-18", "in-c7d30c68"): ("?", "an office manager over a fashion studio's tailors and production, for a front office executive"),
    ("h11-18", "in-b4d1f173"): ("?", "an office administrator who drafts legal documents (legal background), for a front office executive"),
    ("h11-21", "in-b9b1ddb1"): ("0", "an internship, for an HR officer with two years"),
    ("h11-21", "in-8e36bce0"): ("?", "an HR manager's post (2-3 years), for a two-year HR officer"),
    ("h11-22", "in-26a64867"): ("0", "an ICT teacher's post (computer background), for a biology/basic science teacher"),
    ("h11-22", "in-9ece01d4"): ("0", "a nursery/pre-school teacher, for a secondary biology/basic science teacher"),
    ("h11-22", "in-27fb91c1"): ("0", "a primary school maths specialist (Key Stage 1-2), for a biology teacher"),
    ("h11-22", "in-074a18af"): ("0", "a primary school English specialist (Key Stage 1-2), for a biology teacher"),
    ("h11-22", "in-82eef9c9"): ("0", "a further maths teacher, for a biology/basic science teacher"),
    ("h11-22", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a biology/basic science teacher"),
    ("h11-22", "in-b172229b"): ("0", "an accounts/economics teacher, for a biology/basic science teacher"),
    ("h11-22", "in-deeda29f"): ("0", "an Islamic studies teacher, for a biology/basic science teacher"),
    ("h11-22", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h11-23", "in-b6990fe1"): ("0", "a CAIE English language instructor, for a kids' coding/robotics instructor"),
    ("h11-23", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Port Harcourt"),
    ("h11-24", "in-b1b9aefb"): ("?", "primary maths among other subjects (physics, chemistry, technical drawing), for a secondary IGCSE/WAEC maths teacher"),
    ("h11-24", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Abuja"),
    ("h11-27", "in-1c95ee5a"): ("0", "an entry-level junior analyst post, for an M&E data officer with four years asking 350k"),
    ("h11-29", "in-e947da47"): ("?", "a warehouse supervisor's post (three years), for a two-year loader/attendant"),
    ("h11-29", "in-31bb8465"): ("?", "a warehouse supervisor's post (three years), for a two-year loader/attendant"),
    ("h11-30", "in-d1437dda"): ("1", "security guards in Umuahia, where the seeker lives (Umuahia is not in PLACE_TAGS)"),
    ("h11-34", "in-7213c0ee"): ("?", "a call-centre lead post for NYSC/new doctors, for a doctor wanting clinical work"),
    ("h11-35", "in-3f891093"): ("0", "six years in drug manufacturing (GMP, NAFDAC registration), for a hospital/retail pharmacist"),
    ("h11-36", "in-441119c4"): ("0", "a hospital in Awka, Anambra (the post's text), for a lab scientist in Lagos"),
    ("h11-36", "in-4cfc0954"): ("?", "a microbiologist's post, for a chemical pathology/haematology lab scientist"),
    ("h11-37", "li-4305310829"): ("?", "a remote post 'preferably Gujarat' (India), for a developer in Nigeria"),
    ("h11-40", "in-5c6bb57c"): ("?", "a React Native / full-stack web contract role, for a Flutter developer"),
    ("h12-01", "in-db9611ab"): ("0", "a fashion shop's store assistant (shop floor, till, 75-150k), for a last-mile logistics coordinator asking 180k"),
    ("h12-02", "in-5bddbadf"): ("0", "a graduate transport officer's post (eight years, downstream oil & gas), for a trailer/tanker driver"),
    ("h12-02", "in-39bd1947"): ("0", "a graduate logistics officer's post (fleet and dispatch planning, four years), for a trailer/tanker driver"),
    ("h12-03", "in-8df7b549"): ("?", "a two-month contract at 75k, for a Bolt driver asking 100k"),
    ("h12-05", "in-9f3a9c58"): ("?", "a kitchen hand's post at a cake company (washing, peeling, cleaning, 70k), for a pastry chef/baker"),
    ("h12-05", "in-cea011d1"): ("0", "a rice restaurant's central kitchen supervisor (two years supervising cooks), for a pastry chef/baker"),
    ("h12-06", "in-70a4bf57"): ("0", "an outbound sales-target post (two years in sales, trading/crypto), for a hotel receptionist"),
    ("h12-07", "in-9b67256b"): ("?", "a plain guard's post at a music school, no pay named, for a security supervisor asking 200k"),
    ("h12-07", "in-67f54133"): ("?", "a plain guard's post (2 weeks in, 1 off), no pay named, for a security supervisor asking 200k"),
    ("h12-10", "in-82489140"): ("0", "finance manager/senior accountant of an MFB (MFB and BankOne required), for a group CFO asking 3m"),
    ("h12-10", "in-06c78849"): ("0", "a trainee accountant post, for a CFO with eighteen years"),
    ("h12-10", "in-b73b97f0"): ("0", "a mid-level (three years) hotel finance officer, for a CFO with eighteen years asking 3m"),
    ("h12-10", "in-b0e5d720"): ("0", "a finance associate (entry level), for a CFO with eighteen years"),
    ("h12-10", "in-728cc1e7"): ("0", "an accountant post (5-8 years) at a remittance company, for a CFO with eighteen years asking 3m"),
    ("h12-10", "in-6207987a"): ("0", "a senior internal auditor's post (six years), for a CFO with eighteen years asking 3m"),
    ("h12-10", "in-0f2c34f4"): ("0", "an internal control and audit lead (five years), for a CFO with eighteen years asking 3m"),
    ("h12-10", "in-8c15c156"): ("0", "head of internal audit who must come from downstream oil & gas, for a CFO wanting finance leadership"),
    ("h12-12", "in-c7d30c68"): ("0", "an office manager over a fashion studio's tailors and production, for a legal secretary/paralegal"),
    ("h12-13", "in-5bddbadf"): ("0", "a transport officer's post (eight years, downstream oil & gas), for a manufacturing procurement officer"),
    ("h12-15", "in-d5becd41"): ("?", "a supermarket shop-floor sales post (75-150k), for a bank customer service officer"),
    ("h12-17", "in-9b00d192"): ("0", "a microfinance bank's direct sales agent, for a corporate-banking RM with seven years asking 700k"),
    ("h12-17", "in-da76d52d"): ("0", "a real-estate firm's loan officer (underwriting, origination), for a corporate-banking RM with seven years asking 700k"),
    ("h12-17", "in-244ff436"): ("0", "a BDM for oil & gas asset-management consulting, for a corporate-banking RM"),
    ("h12-17", "in-23aa329f"): ("0", "a BD executive/analyst for an HR consulting firm (2-3 years), for a corporate-banking RM with seven years"),
    ("h12-17", "in-6d383e19"): ("0", "five years as a BDM in FMCG (dairy) trade required, for a corporate-banking RM"),
    ("h12-17", "in-ee222c14"): ("0", "a regional sales manager for motorcycles (automobile industry), for a corporate-banking RM"),
    ("h12-17", "in-49df9705"): ("0", "a microgrid sales manager (energy project development and financing), for a corporate-banking RM"),
    ("h12-17", "in-43ad79ee"): ("0", "seven years in industrial automation sales (DCS, PLC), for a corporate-banking RM"),
    ("h12-23", "in-441119c4"): ("0", "a hospital in Awka, Anambra (the post's text), for a lab scientist in Lagos/Ogun"),
    ("h12-27", "in-843805f9"): ("?", "a mortgage loan officer over the paperwork staff, for a fresh economics graduate"),
    ("h12-27", "in-da76d52d"): ("?", "a real-estate firm's loan officer wanting underwriting experience, for a fresh economics graduate"),
    ("h12-28", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Abeokuta"),
    ("h12-29", "in-26a64867"): ("0", "an ICT teacher's post, for a French teacher"),
    ("h12-29", "in-27fb91c1"): ("0", "a primary school maths specialist, for a French teacher"),
    ("h12-29", "in-074a18af"): ("0", "a primary school English specialist, for a French teacher"),
    ("h12-29", "in-82eef9c9"): ("0", "a further maths teacher, for a French teacher"),
    ("h12-29", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a French teacher"),
    ("h12-29", "in-b172229b"): ("0", "an accounts/economics teacher, for a French teacher"),
    ("h12-29", "in-deeda29f"): ("0", "an Islamic studies teacher, for a French teacher"),
    ("h12-29", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a teacher in Lagos"),
    ("h12-30", "in-26a64867"): ("0", "an ICT teacher's post, for a JAMB/WAEC maths & English tutor"),
    ("h12-30", "in-9ece01d4"): ("0", "a nursery/pre-school teacher, for a JAMB/WAEC maths & English tutor"),
    ("h12-30", "in-1a7bf2a0"): ("?", "secondary maths/literature among other subjects at 60-65k for 0-2 years, residents of Agege/Ikeja only, for a five-year tutor in Gbagada"),
    ("h12-30", "in-27fb91c1"): ("?", "a primary school maths specialist (Key Stage 1-2), for a JAMB/WAEC maths tutor"),
    ("h12-30", "in-074a18af"): ("?", "a primary school English specialist (Key Stage 1-2), for a JAMB/WAEC English tutor"),
    ("h12-30", "in-2e2c7c15"): ("0", "a CRS subject teacher, for a maths & English tutor"),
    ("h12-30", "in-b172229b"): ("0", "an accounts/economics teacher, for a maths & English tutor"),
    ("h12-30", "in-deeda29f"): ("0", "an Islamic studies teacher, for a maths & English tutor"),
    ("h12-30", "in-fe207bb9"): ("0", "a school in Owo, Ondo State (the post's text), for a tutor in Lagos"),
    ("h12-31", "in-053700df"): ("0", "a volunteer (unpaid) post, for a designer asking 300k"),
    ("h12-32", "in-053700df"): ("0", "a volunteer (unpaid) post, for a videographer asking 150k"),
    ("h12-32", "in-5cecd3ce"): ("0", "a digital marketer's post (SEO, PPC, email campaigns), for a videographer/editor"),
    ("h12-33", "li-4365357068"): ("0", "an unpaid internship, for a backend developer with four years"),
    ("h12-33", "li-4250602171"): ("0", "a core-Java SCADA developer post in India, for a Python/Django developer"),
    ("h12-35", "in-eb71e12a"): ("0", "an entry-level office assistant, for an executive assistant with eight years asking 500k"),
    ("h12-36", "in-c7d30c68"): ("0", "an office manager over a fashion studio's tailors and production, for a one-year data entry clerk"),
    ("h12-36", "in-b4d1f173"): ("0", "an office administrator with a legal background (law degree), for a data entry clerk"),
    ("h12-37", "in-1c95ee5a"): ("0", "an entry-level junior analyst post, for a five-year programme officer asking 450k"),
    ("h12-39", "in-c7d30c68"): ("?", "an office manager over a fashion studio's tailors and production, for a fresh OND secretarial graduate"),
    ("h12-39", "in-a99efec2"): ("?", "a school's admin officer who must have marketing experience, for a fresh OND secretarial graduate"),
    ("h12-39", "in-1edd6e14"): ("?", "admin/PA post asking HND or degree, proven experience and bookkeeping, for a fresh OND secretarial graduate"),
    ("h12-39", "in-b4d1f173"): ("0", "an office administrator with a legal background (law degree, two years), for a fresh OND secretarial graduate"),
    ("h12-40", "in-9157f8fd"): ("0", "a real-estate senior sales executive (three years), for a pharma regional sales manager with ten years asking 900k"),
}
# Turing's remote full-stack contract (one post under many keys) asks for experienced developers and names no years.
TURING = ("li-4307878952 li-4307878959 li-4307879659 li-4307881882 li-4307883541 li-4307883746 li-4307885615 "
          "li-4307886620 li-4307886621 li-4307886725 li-4307892730 li-4307893580 li-4307894449 li-4307896401 "
          "li-4307896655 li-4307897470 li-4307897512 li-4307898407 li-4307898427 li-4307899620 li-4308000375 "
          "li-4308000397 li-4308000613 li-4308001345 li-4308001431")
OVERRULED |= {("h7-22", key): ("?", "Turing's remote contract for experienced full-stack developers, for a bootcamp junior")
              for key in TURING.split()}
OVERRULED |= {("h10-40", key): ("?", "Turing's remote contract for experienced Python/JS full-stack developers, for a two-year Laravel dev")
              for key in TURING.split()}


def facts(posting: Posting, hand: dict[str, Any] | None) -> dict[str, Any]:
    job = posting.job
    pay = hand.get("pay") if hand else None
    if hand:
        monthly = pay and float(pay["max"]) * PER_MONTH.get(pay.get("period") or "monthly", 1.0)
        return {"country": hand.get("country") or "", "city": hand.get("city") or "", "state": "",
                "arrangement": hand.get("arrangement") or "onsite", "years": hand.get("years_min"),
                "pay": monthly, "currency": (pay or {}).get("currency", "")}
    return {"country": job.country, "city": job.city, "state": job.state, "arrangement": job.work_arrangement,
            "years": job.years_experience_min, "pay": job.salary_monthly_max, "currency": job.salary_currency}


def place(seeker: dict[str, Any], f: dict[str, Any]) -> str:
    """1 the seeker can work there, 0 not, ? the post does not say where in Nigeria."""
    arrangements = seeker["arrangements"] or ["onsite", "hybrid", "remote"]
    if f["arrangement"] == "remote":
        if "remote" not in arrangements:
            return "0"
        return "1" if f["country"] in {"NG", ""} else "?"  # remote from an Indian board: rarely open to Nigeria
    if f["arrangement"] not in arrangements or f["country"] != "NG":
        return "0"
    tag = PLACE_TAGS.get(f["city"].lower()) or PLACE_TAGS.get(f["state"].lower())
    if "*ng" in seeker["places"]:
        return "1"
    if tag is None and not f["city"]:
        return "?"
    return "1" if tag in seeker["places"] else "0"


def fits(seeker: dict[str, Any], f: dict[str, Any]) -> bool:
    pay = f["pay"] and f["pay"] * (USD_TO_NGN if f["currency"] == "USD" else 1)
    if seeker["salary_min"] and pay and pay < 0.75 * seeker["salary_min"]:
        return False
    need = f["years"]
    return need is None or not (need - seeker["years"] >= 3 and need >= 2 * seeker["years"])


def label(seeker: dict[str, Any], posting: Posting, f: dict[str, Any]) -> str:
    overruled = next((v for (who, key), v in OVERRULED.items() if who == seeker["id"]
                      and posting.key.startswith(key)), None)
    if overruled:
        return overruled[0]
    occupations = set(posting.occupation.split("+"))  # "customer_care+sales": a post of both
    if not occupations & set(seeker["wants"] + seeker["maybe"]):
        return "0"
    where = place(seeker, f)
    if where == "0" or not fits(seeker, f):
        return "0"
    return "?" if where == "?" or not occupations & set(seeker["wants"]) else "1"


def main() -> None:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/realdata")
    hand = {(row["file"], row["key"]): row for row in importer_labels()}
    postings = [(p, facts(p, hand.get((p.file, p.key)))) for p in load_postings(data_dir)]
    for split in sys.argv[2:] or SPLITS:
        seekers = [s for s in load_seekers() if split_of(s["id"]) == split]
        with (HERE / f"labels_{split}.csv").open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["seeker", "file", "key", "relevant"])
            counts = {"1": 0, "0": 0, "?": 0}
            for seeker in seekers:
                for posting, f in postings:
                    value = label(seeker, posting, f)
                    counts[value] += 1
                    writer.writerow([seeker["id"], posting.file, posting.key, value])
        print(f"{split}: {len(seekers)} seekers × {len(postings)} postings: {counts}")


if __name__ == "__main__":
    main()
