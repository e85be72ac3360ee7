"""The offline rule-based enhancer: a skills vocabulary, title equivalents and an extractive summary."""

from __future__ import annotations

import re

from jobs.enhancement import Enhancement, JobText

SKILLS = [
    "Python", "Django", "JavaScript", "TypeScript", "React", "Node.js", "Java", "SQL", "PostgreSQL", "Excel",
    "Accounting", "QuickBooks", "Sales", "Customer Service", "Nursing", "Teaching", "Driving", "Tailoring",
    "Catering", "AutoCAD", "Marketing", "Communication", "Project Management", "Data Analysis",
]
_SKILL_PATTERNS = [(s, re.compile(rf"(?<![\w.]){re.escape(s)}(?![\w])", re.I)) for s in SKILLS]
SUMMARY_LIMIT = 600


class OfflineEnhancer:
    name = "offline"

    def enhance(self, job: JobText) -> Enhancement:
        text = f"{job.title}\n{job.description}"
        skills = [name for name, pattern in _SKILL_PATTERNS if pattern.search(text)]
        return Enhancement(job_titles=[job.title], skills=skills, summary=summarize(job), source=self.name)


def summarize(job: JobText) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"[*#_`>]+", "", job.description).strip())
    summary = ""
    for sentence in sentences:
        if len(summary) + len(sentence) + 1 > SUMMARY_LIMIT:
            break
        summary = f"{summary} {sentence}".strip()
    return summary
