from delivery.tests.conftest import clock, seeker  # noqa: F401 - shared fixtures: a frozen clock, seekers in their window
