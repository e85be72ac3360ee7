"""Raw record → canonical fields. Pure functions: a JobSpy-shaped dict in, typed fields out."""

from jobs.dedupe import fingerprint
from jobs.normalize.fields import (
    RecordError,
    employment_type,
    experience_level,
    parse_amount,
    parse_date,
    work_arrangement,
    years_of_experience,
)
from jobs.normalize.record import NormalizedJob, normalize_record, split_location
from jobs.normalize.text import canonical_url, clean_text, find_emails, find_whatsapp, html_to_text

__all__ = [
    "NormalizedJob", "RecordError", "canonical_url", "clean_text", "employment_type", "experience_level",
    "find_emails", "find_whatsapp", "fingerprint", "html_to_text", "normalize_record", "parse_amount", "parse_date",
    "split_location", "work_arrangement", "years_of_experience",
]
