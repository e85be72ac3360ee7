"""Posting text helpers: plain lines out of markdown-ish descriptions, trimming for the model, and the
WhatsApp-ready summary (a few short lines, under 600 characters, only formatting WhatsApp renders).
"""

from __future__ import annotations

import html
import re

SUMMARY_LIMIT = 600
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/li|/h\d|/div)\s*/?>|<\s*li[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{1,200}>")
# A summary goes to seekers' phones: no links, e-mail addresses or phone numbers (a posting, or a model
# misled by one, must not slip a phishing link into an alert). The alert carries the vetted apply link.
_CONTACT = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\+?\d[\d -]{8,}\d")
_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?\*{0,2}\s*([A-Za-z][A-Za-z &/'()-]{1,40}?)\s*:?\s*\*{0,2}\s*:?\s*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_BOILERPLATE = re.compile(
    r"equal opportunity|we are an equal|how to apply|to apply,|send (?:your )?(?:cv|resume)|click (?:the )?apply|"
    r"only shortlisted|applications? (?:close|closing)|deadline|interested candidates|qualified candidates should",
    re.I,
)
_DUTY_HEADINGS = re.compile(r"responsibilit|duties|what you.?ll do|the role|role|key tasks|job description", re.I)
_SKIP_HEADINGS = re.compile(r"benefit|perks|what we offer|compensation|salary|about us|how to apply|apply", re.I)


def plain(text: str) -> str:
    """Markdown links, emphasis, headings, code marks and HTML tags removed; spacing kept per line."""
    text = html.unescape(_HTML_BREAK.sub("\n", text or ""))
    text = _HTML_TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = re.sub(r"[*_`#>~]+", "", text)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def trim_for_model(text: str, limit: int) -> str:
    """The description without boilerplate, cut at a line or sentence end near `limit` characters.

    Postings put the role and requirements first and the how-to-apply last, so the head is what matters.
    """
    lines = [line for line in plain(text).splitlines() if line and not _BOILERPLATE.search(line)]
    kept = "\n".join(lines)
    if len(kept) <= limit:
        return kept
    cut = kept[:limit]
    boundary = max(cut.rfind("\n"), cut.rfind(". "))
    return cut[: boundary + 1] if boundary > limit * 0.6 else cut


def _sections(description: str) -> tuple[list[str], list[str]]:
    """(prose sentences, duty bullets) of a posting."""
    prose: list[str] = []
    duties: list[str] = []
    section = ""
    for raw in (description or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading and not _BULLET.match(line) and len(line) < 45:
            section = heading.group(1).lower()
            continue
        text = plain(_BULLET.sub("", line))
        if not text or _BOILERPLATE.search(text) or _SKIP_HEADINGS.search(section):
            continue
        if _BULLET.match(line):
            if not section or _DUTY_HEADINGS.search(section):
                duties.append(text)
        else:
            prose.extend(s for s in re.split(r"(?<=[.!?])\s+", text) if s)
    return prose, duties


def _clip(text: str, limit: int) -> str:
    text = text.strip().rstrip(";,")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def summarize(*, description: str, skills: list[str] | None = None) -> str:
    """An extractive summary: the opening sentences, up to three duties as bullets and the key skills."""
    prose, duties = _sections(description)
    lines = []
    opening = ""
    budget = 230 if duties else 420  # prose-only postings get more of their prose
    for sentence in prose[:4]:
        if len(opening) + len(sentence) > budget:
            break
        opening = f"{opening} {sentence}".strip()
    if not opening and prose:
        opening = _clip(prose[0], 230)
    if opening:
        lines.append(opening)
    lines.extend(f"• {_clip(duty, 110)}" for duty in duties[:3])
    if skills:
        lines.append(f"_Skills:_ {', '.join(skills[:6])}")
    return fit_summary("\n".join(lines))


def fit_summary(summary: str) -> str:
    """Keep whole lines while under the limit; WhatsApp renders *bold* and _italic_, not headings or links."""
    summary = _MD_LINK.sub(r"\1", summary)
    summary = _CONTACT.sub("", summary)
    summary = re.sub(r"\*\*(.+?)\*\*", r"*\1*", summary)
    summary = re.sub(r"^\s*#{1,6}\s*", "", summary, flags=re.M)
    summary = re.sub(r"^\s*[-*]\s+", "• ", summary, flags=re.M)
    summary = re.sub(r"\n{2,}", "\n", summary).strip()
    out = ""
    for line in summary.splitlines():
        candidate = f"{out}\n{line}" if out else line
        if len(candidate) > SUMMARY_LIMIT:
            break
        out = candidate
    return out or _clip(summary, SUMMARY_LIMIT)
