from __future__ import annotations

import factory

from jobs.models import CanonicalJob


class CanonicalJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CanonicalJob

    title = "Backend Developer"
    company = factory.Sequence(lambda n: f"Company {n}")
    location = "Lagos, Lagos, Nigeria"
    city = "Lagos"
    state = "Lagos"
    country = "NG"
    work_arrangement = "onsite"
    job_url = factory.Sequence(lambda n: f"https://jobs.example.com/{n}")
    description = "Build APIs with Python and Django."
    ai_job_titles = factory.LazyFunction(lambda: ["Backend Developer", "Python Developer"])
    ai_skills = factory.LazyFunction(lambda: ["Python", "Django"])
    source = "test"
    source_job_id = factory.Sequence(lambda n: f"t-{n}")
    fingerprint = factory.Sequence(lambda n: f"fp-{n:08d}")
