from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_health_reports_database_cache_and_queue(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {"database", "cache", "queue"} <= set(body["checks"])
    assert all(body["checks"][name]["ok"] for name in ("database", "cache", "queue"))


def test_health_answers_503_when_the_database_check_fails(client, monkeypatch):
    from aremu import health

    def broken() -> dict:
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/health/")
    assert response.status_code == 503
    assert "disk on fire" in response.json()["checks"]["database"]["error"]
