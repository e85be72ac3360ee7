"""Jobs as scammers and employers post them, for the screening tests."""

from __future__ import annotations

import factory

from jobs.tests.factories import CanonicalJobFactory


class ScamJobFactory(CanonicalJobFactory):
    """A backend job (the default seeker matches it) that asks for money: blocked on arrival."""

    company = ""
    description = factory.LazyFunction(lambda: (
        "Build APIs with Python and Django. Successful applicants pay a registration fee of N5,000. "
        "Pay N5,000 to our agent before the interview. WhatsApp 08134567890."))
    contact_whatsapp = "+2348134567890"


class SuspectJobFactory(CanonicalJobFactory):
    """A backend job with one strong sign (a pyramid pitch): held for an operator's review."""

    description = "Build APIs with Python and Django. Be your own boss and grow with our team."
