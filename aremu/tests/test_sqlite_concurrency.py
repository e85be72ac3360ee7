"""The embedded default must hold up with the web server and a task cluster writing at once."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings

WRITER = """
import django, sys
django.setup()
from django.db import transaction
from accounts.models import User
from delivery.windows import window_touch
worker = int(sys.argv[1])
for i in range(150):
    with transaction.atomic():
        user = User.objects.create(phone_number=f"+23480{worker}{i:07d}")
        window_touch(user=user)
print("ok")
"""


@pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3", reason="SQLite only")
def test_two_processes_writing_at_once_never_hit_database_is_locked(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}", "DJANGO_SETTINGS_MODULE": "aremu.settings"}
    env.pop("PYTEST_VERSION", None)
    env.setdefault("SECRET_KEY", "test-only-not-a-secret")  # a process as deployed: DEBUG off needs a key
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=settings.BASE_DIR, env=env, check=True, timeout=120)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(n)], cwd=settings.BASE_DIR, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in (1, 2, 3)
    ]
    results = [w.communicate(timeout=180) for w in writers]
    for (out, err), writer in zip(results, writers, strict=True):
        assert writer.returncode == 0, err
        assert "database is locked" not in err
        assert out.strip() == "ok"
