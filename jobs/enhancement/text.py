"""Posting text helpers: plain lines out of markdown-ish descriptions, trimming for the model, and the
WhatsApp-ready summary (a few short lines, under 600 characters, only formatting WhatsApp renders).
"""

from __future__ import annotations

import html
import re

from jobs.enhancement.posting import Posting, field_line, parse, unescape

SUMMARY_LIMIT = 600
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/li|/h\d|/div)\s*/?>|<\s*li[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{1,200}>")
# A summary goes to seekers' phones: no links, e-mail addresses or phone numbers (a posting, or a model
# misled by one, must not slip a phishing link into an alert). The alert carries the vetted apply link.
_CONTACT = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\+?\d[\d -]{8,}\d")
_RULE = re.compile(r"^\s*[-_*=~]{3,}\s*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_BOILERPLATE = re.compile(
    r"equal opportunity|we are an equal|how to apply|to apply,|send (?:your )?(?:cv|resume)|click (?:the )?apply|"
    r"only shortlisted|applications? (?:close|closing)|deadline|interested candidates|qualified candidates should|"
    r"is recruiting to fill|recruiting for the (?:position|role)|to fill the (?:position|vacant|role)|"
    r"kindly (?:apply|send|forward|submit)|interested and qualified|click here|apply (?:now|here|via|through|online)|"
    r"subject of (?:the|your) (?:mail|email)|job (?:alert|vacancy) at|see more jobs|posted \d|"
    r"application (?:link|process)|should apply|visit our (?:website|career)",
    re.I,
)
_DUTY_HEADINGS = re.compile(r"responsibilit|duties|what you.?ll do|the role|role|key tasks|job description|"
                            r"what you will|your impact|day to day|day-to-day|accountabilit", re.I)
_SKIP_HEADINGS = re.compile(r"benefit|perks|what we offer|compensation|salary|how to apply|apply|"
                            r"requirement|qualification|skills|who you are|what we.?re looking|must have|"
                            r"education|experience|nice to have|good to have|preferred|eligib|criteria|"
                            r"about (?:us|the company|the client)|company (?:description|overview)|who we are|"
                            r"our client|the company|additional information|note", re.I)
# "Basic salary: 60k", "📍 Job Location: Lagos" inside a line: pay and field labels, not the job.
_LABEL_INSIDE = re.compile(r"\b(?:salary|pay|bonus|compensation|allowance|commission|stipend|job location|location|"
                           r"job type|deadline|closing date)\s*:", re.I)
_ROLE_CUES = re.compile(r"\b(?:seek|seeking|looking for|hiring|recruit|recruiting|this role|the role|you will|"
                        r"you'll|will be responsible|responsible for|as an? |this is an? |join our|join us|"
                        r"position|to support|to lead|to manage|to drive|opportunity)\b", re.I)
_ABOUT_CUES = re.compile(r"\b(?:we are|we're|is an? (?:leading|growing|fast|reputable|renowned|nigerian|"
                         r"indian|global|top)|founded|established|our client)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def plain(text: str) -> str:
    """Markdown links, emphasis, escapes, headings, code marks and HTML tags removed; spacing kept per line."""
    text = html.unescape(_HTML_BREAK.sub("\n", text or ""))
    text = _HTML_TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", unescape(text))
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


def _sentences(posting: Posting) -> list[tuple[int, str]]:
    """(score, sentence) of the posting's prose that could open a WhatsApp message, in document order."""
    out: list[tuple[int, str]] = []
    for line in posting.lines:
        if line.bullet or _SKIP_HEADINGS.search(line.section) and not _DUTY_HEADINGS.search(line.section):
            continue
        for sentence in _SENTENCE_END.split(plain(line.text)):
            sentence = sentence.strip()
            if _usable_sentence(sentence):
                score = 2 * bool(_ROLE_CUES.search(sentence)) + bool(_DUTY_HEADINGS.search(line.section))
                out.append((score - bool(_ABOUT_CUES.search(sentence)), sentence))
    return out


def _usable_sentence(sentence: str) -> bool:
    """A whole, plain sentence: long enough to say something, not shouting, not boilerplate or a contact."""
    return (
        20 <= len(sentence) <= 320 and sentence[-1] in ".!?)" and not sentence[0].islower() and not sentence.isupper()
        and not _BOILERPLATE.search(sentence) and not _CONTACT.search(sentence) and not _LABEL_INSIDE.search(sentence)
        and field_line(sentence) is None and "=" not in sentence
    )


def _duties(posting: Posting) -> list[str]:
    """Duty bullets: those under a duties heading, or bullets under no heading at all."""
    out = []
    for line in posting.lines:
        if not line.bullet or _BOILERPLATE.search(line.text) or _CONTACT.search(line.text) \
                or _LABEL_INSIDE.search(line.text):
            continue
        if (not line.section or _DUTY_HEADINGS.search(line.section)) and not _SKIP_HEADINGS.search(line.section):
            text = plain(line.text).rstrip(":")
            if len(text) >= 6 and field_line(text) is None:
                out.append(text)
    return out


def _clip(text: str, limit: int) -> str:
    text = text.strip().rstrip(";,")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _opening(sentences: list[tuple[int, str]], budget: int) -> str:
    """Up to three sentences, the most telling first picked, kept in the posting's order."""
    ranked = sorted(range(len(sentences)), key=lambda i: (-sentences[i][0], i))
    chosen: list[int] = []
    used = 0
    for i in ranked[:6]:
        if len(chosen) == 3 or (chosen and used + len(sentences[i][1]) > budget):
            continue
        chosen.append(i)
        used += len(sentences[i][1]) + 1
    return " ".join(sentences[i][1] for i in sorted(chosen))


def fallback_sentence(*, title: str, company: str = "", location: str = "") -> str:
    """"Acme Foods is hiring a Driver in Ikeja." from the posting's own fields, nothing more."""
    title, company = plain(unescape(title)).strip(" .-"), plain(unescape(company)).strip(" .-")
    place = plain(unescape(location)).split(",")[0].strip(" .-")
    if not title or not (company or place):
        return ""
    article = "an" if title[:1].lower() in "aeiou" else "a"
    where = f" in {place}" if place and place.lower() not in title.lower() else ""
    if company:
        return f"{company} is hiring {article} {title}{where}."
    return f"{article.capitalize()} {title} is wanted{where}."


def summarize(
    *, description: str, skills: list[str] | None = None, title: str = "", company: str = "", location: str = "",
) -> str:
    """An extractive summary: a few telling sentences, up to three duties as bullets and the key skills.

    Board headers, "Label: value" lines and recruiter boilerplate never make it in; a posting with no usable
    sentence opens with one built from its own title, company and place.
    """
    posting = parse(description or "")
    duties = _duties(posting)
    opening = _opening(_sentences(posting), 230 if duties else 420)  # prose-only postings get more prose
    if not opening:
        opening = fallback_sentence(title=title, company=company, location=location)
    lines = [opening] if opening else []
    lines.extend(f"• {_clip(duty, 110)}" for duty in duties[:3])
    if skills and lines:
        lines.append(f"_Skills:_ {', '.join(skills[:6])}")
    return fit_summary("\n".join(lines))


def fit_summary(summary: str) -> str:
    """Keep whole lines while under the limit; WhatsApp renders *bold* and _italic_, not headings or links."""
    summary = _MD_LINK.sub(r"\1", unescape(summary)).replace("\\", "")
    summary = _CONTACT.sub("", summary)
    # Setext underlines and "Location: Lagos" lines are board furniture, whoever wrote the summary.
    summary = "\n".join(line for line in summary.splitlines()
                        if "===" not in line and not _RULE.match(line) and field_line(line) is None)
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
