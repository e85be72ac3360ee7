"""Phone numbers: every seeker is keyed by an E.164 number (`+2348031234567`)."""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError

DEFAULT_REGION = "NG"


def normalize_phone(raw: str, *, region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form of `raw`, or raise ValidationError.

    Accepts `+234 803 123 4567`, `08031234567` (read as Nigerian) and WhatsApp's `wa_id`
    form `2348031234567` (digits with the country code but no plus).
    """
    text = (raw or "").strip()
    if not text:
        raise ValidationError("A phone number is required.", code="required")
    digits = "".join(ch for ch in text if ch.isdigit())
    if not text.startswith("+") and not digits.startswith("0") and len(digits) > 10:
        text = "+" + digits  # a wa_id: country code without the plus
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"{raw!r} is not a phone number.", code="invalid") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(f"{raw!r} is not a valid phone number.", code="invalid")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def validate_e164(value: str) -> None:
    """Model validator: the stored value must already be in E.164 form."""
    if normalize_phone(value) != value:
        raise ValidationError(f"{value!r} is not in E.164 form (like +2348031234567).", code="invalid")
