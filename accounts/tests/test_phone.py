"""The users table keeps E.164 numbers only, once each (parsing itself: aremu/tests/test_phone.py)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from accounts.models import User
from accounts.tests.factories import UserFactory


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
