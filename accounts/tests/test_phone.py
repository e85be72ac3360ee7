from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from accounts.models import User
from accounts.phone import normalize_phone
from accounts.tests.factories import UserFactory


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


@pytest.mark.django_db
def test_an_invalid_phone_number_fails_model_validation():
    user = User(phone_number="0803-not-a-number")
    with pytest.raises(ValidationError) as info:
        user.full_clean()
    assert "phone_number" in info.value.message_dict


@pytest.mark.django_db
def test_a_non_e164_phone_number_fails_model_validation():
    with pytest.raises(ValidationError):
        User(phone_number="08031234567").full_clean()


@pytest.mark.django_db
def test_phone_numbers_are_unique():
    UserFactory(phone_number="+2348031234567")
    with pytest.raises(IntegrityError):
        UserFactory(phone_number="+2348031234567")
