"""Free text in postings: HTML/markdown to plain text, URLs without tracking, contact details."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.core.exceptions import ValidationError

from aremu.phone import normalize_phone

TRACKING_PARAMS = re.compile(
    r"^(utm_|ref$|refid|trk|trackingid|tracking_id|src$|source$|from$|fbclid|gclid|mc_[ce]id|_hs|li_fat_id"
    r"|campaign|medium|position$|pagenum$|originalsubdomain|currentjobid|lipi|gh_src|lever-source)",
    re.I,
)
_NULLS = {"nan", "none", "null", "n/a", "<na>", "nat"}

_BLOCK_TAGS = re.compile(r"<\s*(br|/p|/div|/h[1-6]|/tr|p|div|h[1-6]|tr)\b[^>]*>", re.I)
_LIST_ITEM = re.compile(r"<\s*li\b[^>]*>", re.I)
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_MD_MARKS = re.compile(r"(\*\*|__|`|^#{1,6}\s*|^\s*>\s?)", re.M)
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation may be escaped
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# "WhatsApp: 0803 123 4567", "whatsapp +234 803…", "send CV via WhatsApp to 08031234567".
WHATSAPP_RE = re.compile(r"whats\s?app\D{0,30}?(\+?\d[\d\s().-]{8,17}\d)", re.I)
WA_LINK_RE = re.compile(r"wa\.me/(\d{10,15})", re.I)


def clean_text(value: Any) -> str:
    """A field value as text; pandas NaN, None and "null" become empty. NUL characters (which PostgreSQL cannot
    store) are dropped."""
    if value is None:
        return ""
    text = str(value).strip()
    if "\x00" in text:
        text = text.replace("\x00", "").strip()
    return "" if text.lower() in _NULLS else text


def html_to_text(value: str) -> str:
    """HTML or markdown (JobSpy's default) → plain text with paragraphs and bullets kept."""
    text = value
    if "&lt;" in text and "<" not in text:
        text = html.unescape(text)  # Greenhouse sends escaped HTML
    if "<" in text:
        text = _DROP.sub("", text)
        text = _LIST_ITEM.sub("\n- ", text)
        text = _BLOCK_TAGS.sub("\n", text)
        text = _TAG.sub("", text)
    text = html.unescape(text) if "&" in text else text
    # Each pass scans the whole text; skip the ones whose marker is absent (most plain postings).
    text = _MD_LINK.sub(r"\1", text) if "](" in text else text
    text = _stray_backslashes(_MD_ESCAPE.sub(r"\1", text)) if "\\" in text else text
    text = _MD_MARKS.sub("", text) if any(mark in text for mark in ("**", "__", "`", "#", ">")) else text
    lines = (line.strip() for line in _SPACES.sub(" ", text.replace("\r", "")).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _stray_backslashes(text: str) -> str:
    """What markdown unescaping leaves: a scraped "\\n", a typed "CI\\CD". A backslash reaches no seeker."""
    text = re.sub(r"\\[nr](?![a-z])", "\n", text)
    text = re.sub(r"(?<=\w)\\(?=\w)", "/", text)
    return text.replace("\\", "")


def canonical_url(url: str) -> str:
    """The URL without tracking parameters, fragment or "www.", so copies of one posting compare equal."""
    url = clean_text(url)
    if not url:
        return ""
    if "?" not in url and "#" not in url and url.startswith(("https://", "http://")):
        scheme, _, rest = url.partition("://")  # the common case, without urllib's general parsing
        host, slash, path = rest.partition("/")
        return f"https://{host.lower().removeprefix('www.')}{slash}{path}".rstrip("/")
    parts = urlsplit(url)
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("https" if parts.scheme in {"http", "https"} else parts.scheme.lower(), host,
                       parts.path.rstrip("/"), urlencode(query), ""))


def find_emails(*texts: str) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for email in EMAIL_RE.findall(text or ""):
            seen.setdefault(email.strip(".").lower(), None)
    return list(seen)


def find_whatsapp(text: str, *, region: str = "NG") -> str:
    """A WhatsApp number written in the posting, as E.164, or ""."""
    candidates = [m.group(1) for m in WHATSAPP_RE.finditer(text or "")]
    candidates += [f"+{m.group(1)}" for m in WA_LINK_RE.finditer(text or "")]
    for raw in candidates:
        try:
            return normalize_phone(re.sub(r"[^\d+]", "", raw), region=region)
        except ValidationError:
            continue
    return ""
