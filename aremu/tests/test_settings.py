"""Settings are read once at import, so each case loads them in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from django.conf import settings

SNIPPET = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "engine": s.DATABASES["default"]["ENGINE"], "name": str(s.DATABASES["default"]["NAME"]),
    "host": s.DATABASES["default"].get("HOST", ""), "cache": s.CACHES["default"]["BACKEND"],
    "q_broker": "redis" if "django_redis" in s.Q_CLUSTER else ("orm" if "orm" in s.Q_CLUSTER else "?"),
    "transport": s.WHATSAPP_TRANSPORT, "threshold": s.MATCH_THRESHOLD, "debug": s.DEBUG,
}))
"""
CLEAR = ["DATABASE_URL", "REDIS_URL", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_TRANSPORT",
         "DEBUG", "SECRET_KEY", "MATCH_THRESHOLD", "PYTEST_VERSION", "Q_INTERACTIVE_CLUSTER"]


def load(**env: str) -> subprocess.CompletedProcess[str]:
    """Settings as a process outside the test run gets them (no PYTEST_VERSION, so no test allowances)."""
    environment = {k: v for k, v in os.environ.items() if k not in CLEAR}
    environment.update(env, DJANGO_SETTINGS_MODULE="aremu.settings")
    return subprocess.run(
        [sys.executable, "-c", SNIPPET], env=environment, cwd=settings.BASE_DIR, capture_output=True, text=True,
        timeout=60,
    )


def values(**env: str) -> dict:
    result = load(**{"DEBUG": "True", **env})  # as `./dev start` runs it
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_need_no_servers_and_no_keys():
    got = values()
    assert got["engine"] == "django.db.backends.sqlite3"
    assert got["name"].endswith("db.sqlite3")
    assert got["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert got["q_broker"] == "orm"
    assert got["transport"] == "outbox"
    assert got["threshold"] == 39.0


def test_database_url_and_redis_url_select_postgresql_and_redis():
    got = values(DATABASE_URL="postgres://aremu:pw@db.internal:5432/aremu", REDIS_URL="redis://cache:6379/2")
    assert got["engine"] == "django.db.backends.postgresql"
    assert (got["name"], got["host"]) == ("aremu", "db.internal")
    assert got["cache"] == "django_redis.cache.RedisCache"
    assert got["q_broker"] == "redis"


def test_whatsapp_credentials_select_the_cloud_transport():
    got = values(WHATSAPP_ACCESS_TOKEN="token", WHATSAPP_PHONE_NUMBER_ID="123")
    assert got["transport"] == "cloud"


def test_match_threshold_is_configurable():
    assert values(MATCH_THRESHOLD="55")["threshold"] == 55.0


def test_the_development_secret_key_is_refused_when_debug_is_off():
    result = load(DEBUG="False")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    assert values(DEBUG="False", SECRET_KEY="a-real-secret")["debug"] is False


def test_debug_is_off_unless_set_so_a_forgotten_setting_fails_closed():
    unset = load()
    assert unset.returncode != 0 and "SECRET_KEY must be set" in unset.stderr
    assert values(DEBUG="", SECRET_KEY="a-real-secret")["debug"] is False


PRODUCTION = {
    "DEBUG": "False", "SECRET_KEY": "k3y-" + "x9Q2vL7pR4tZ8mN1bW6cY3hJ5fD0sA" * 2, "ALLOWED_HOSTS": "jobs.example.ng",
    "CSRF_TRUSTED_ORIGINS": "https://jobs.example.ng", "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
    "SECURE_SSL_REDIRECT": "True", "SECURE_HSTS_SECONDS": "31536000", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True",
    "SECURE_HSTS_PRELOAD": "True", "WHATSAPP_APP_SECRET": "app-secret",
}


def test_the_production_profile_passes_djangos_deployment_checks():
    environment = {k: v for k, v in os.environ.items() if k not in CLEAR}
    environment.update(PRODUCTION, DJANGO_SETTINGS_MODULE="aremu.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], env=environment,
        cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_sqlite_waits_instead_of_failing_when_locked():
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert options["transaction_mode"] == "IMMEDIATE"
        assert "journal_mode=WAL" in options["init_command"]
        assert options["timeout"] >= 5
