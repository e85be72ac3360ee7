"""Log formatting: plain lines by default, one JSON object a line with LOG_FORMAT=json (for a log shipper).

Phone numbers are masked in both: logs are read by people and kept by services that have no business holding
seekers' numbers. "+2348031234567" becomes "+234•••4567": the country and the last four digits, enough to
tell two seekers apart in a log.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime

# International (+234…, 234… as WhatsApp ids) and Nigerian local (080…) forms, with spaces or dashes inside.
_PHONE = re.compile(r"(?<![\w.])(\+?\d{3})[\d \-]{4,12}?(\d{4})(?![\w.])")


def mask_phones(text: str) -> str:
    return _PHONE.sub(lambda m: f"{m.group(1)}{'•' * 3}{m.group(2)}" if _digits(m.group()) >= 10 else m.group(),
                      text)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


class PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_phones(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_phones(record.getMessage()),
            "process": record.process,
        }
        if record.exc_info:
            entry["exception"] = mask_phones(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
