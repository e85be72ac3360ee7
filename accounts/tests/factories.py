from __future__ import annotations

import factory

from accounts.models import User, UserPreferences


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    phone_number = factory.Sequence(lambda n: f"+234803{n:07d}")
    name = factory.Faker("name")


class UserPreferencesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UserPreferences

    user = factory.SubFactory(UserFactory)
    job_roles = factory.LazyFunction(lambda: ["Backend Developer"])
    technical_skills = factory.LazyFunction(lambda: ["Python", "Django"])
    preferred_locations = factory.LazyFunction(lambda: ["Lagos"])
    work_arrangements = factory.LazyFunction(lambda: ["onsite", "hybrid", "remote"])
    years_of_experience = 3
    salary_currency = "NGN"
    preferences_confirmed = True
