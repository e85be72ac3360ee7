"""A schema-driven fuzz of the operator API (issue 15): schemathesis against Aremu as production serves it.

    .venv/bin/python bench/api_fuzz.py                    # 120 s of fuzzing, every GET and write the schema lists
    .venv/bin/python bench/api_fuzz.py --max-time 600

Starts, in processes of its own (bench/prodstack.py): `manage.py migrate` on a fresh SQLite file, `manage.py demo`
(demo seekers and the sample jobs through the whole chain, so lists and filters have rows), an operator with every
view/change permission of the API's models and a DRF token, and gunicorn on `aremu.wsgi` with DEBUG off. Then
`schemathesis run {server}/api/schema/` with that token, checking that no answer is a server error, that every
status code and content type is one the schema declares, and that bodies match their schema. schemathesis prints
its own summary; the exit code is schemathesis's (non-zero when a check failed). Nothing reaches the internet: the
WhatsApp transport is a local stand-in and no job board is scraped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prodstack  # noqa: E402
from prodstack import Processes  # noqa: E402

# lazy: Django and the apps are imported inside the functions that use them, because Django is set up only at
# run time, once the arguments have chosen the database and the settings.

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
API_APPS = ("accounts", "jobs", "delivery", "matching", "conversations")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-time", type=int, default=120, help="Seconds schemathesis may spend.")
    parser.add_argument("--checks", default=CHECKS)
    args = parser.parse_args()
    code = [0]
    prodstack.run_stopping_all(lambda a, procs: code.__setitem__(0, run(a, procs)), args)
    sys.exit(code[0])


def run(args: argparse.Namespace, procs: Processes) -> int:
    graph = prodstack.standin_start(procs, "graph")
    database_url = prodstack.database_fresh(postgres=False, name="")
    # The throttle would answer most of the fuzz with 429 (600/min per user): it is tested elsewhere.
    env = prodstack.stack_env(database_url=database_url, redis_url="", split=False, graph_port=graph,
                              extra={"API_THROTTLE_USER": "100000/min"})
    prodstack.migrate(env)
    subprocess.run(prodstack.manage("demo", "--show", "0"), cwd=prodstack.ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    prodstack.django_setup(env)
    token = operator_token()
    web = prodstack.gunicorn_start(procs, env, port=prodstack.free_port())
    schemathesis = Path(prodstack.PYTHON).with_name("schemathesis")
    command = [str(schemathesis), "run", f"{web}/api/schema/", "--header", f"Authorization: Token {token}",
               "--checks", args.checks, "--max-time", str(args.max_time), "--workers", "2"]
    print("running:", " ".join(command).replace(token, "…"), flush=True)
    return subprocess.run(command, cwd=prodstack.ROOT).returncode


def operator_token() -> str:
    """A staff operator with every view/change permission of the API's apps, and their API token."""
    from django.contrib.auth.models import Permission, User
    from rest_framework.authtoken.models import Token

    operator = User.objects.create_user("fuzz-operator", password=None, is_staff=True)
    operator.user_permissions.set(Permission.objects.filter(
        content_type__app_label__in=API_APPS, codename__regex=r"^(view|change)_"))
    return Token.objects.create(user=operator).key


if __name__ == "__main__":
    main()
