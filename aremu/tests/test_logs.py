from __future__ import annotations

import json
import logging

from aremu.logs import JsonFormatter, PlainFormatter, mask_phones


def _record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("conversations.inbound", logging.INFO, __file__, 1, message, args, None)


def test_phone_numbers_are_masked_but_other_numbers_are_kept():
    assert mask_phones("reply to +2348031234567 and 0803 123 4567") == "reply to +234•••4567 and 080•••4567"
    assert mask_phones("job 1234 matched 12 users in 2026-12-01 15:52:23,476") == (
        "job 1234 matched 12 users in 2026-12-01 15:52:23,476")


def test_json_logs_are_one_object_a_line_with_the_number_masked():
    line = JsonFormatter().format(_record("inbound from %s: %s", "2348031234567", "help"))
    entry = json.loads(line)
    assert entry["message"] == "inbound from 234•••4567: help"
    assert (entry["level"], entry["logger"]) == ("INFO", "conversations.inbound")
    assert "\n" not in line


def test_plain_logs_mask_numbers_too():
    assert "8031234567" not in PlainFormatter("%(message)s").format(_record("from +2348031234567"))
