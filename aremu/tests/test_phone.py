"""Phone parsing on the ground floor: every seeker is keyed by an E.164 number."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from aremu.phone import normalize_phone


@pytest.mark.parametrize(
    "raw",
    ["+234 803 123 4567", "08031234567", "2348031234567", "+2348031234567", "(0803) 123-4567"],
)
def test_it_normalises_nigerian_numbers_to_e164(raw):
    assert normalize_phone(raw) == "+2348031234567"


@pytest.mark.parametrize("raw", ["", "hello", "123", "+99912345"])
def test_it_rejects_what_is_not_a_phone_number(raw):
    with pytest.raises(ValidationError):
        normalize_phone(raw)
