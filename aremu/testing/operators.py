"""Operators (Django's own auth users) for tests of the admin and the API: staff with exactly these permissions."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.contrib.auth.models import User as Operator
from django.test import Client

PASSWORD = "a-long-operator-password"  # noqa: S105 - a test account's


def staff(*codenames: str, username: str = "op") -> Operator:
    """A staff operator holding only the permissions named (e.g. "view_user", "change_canonicaljob")."""
    operator = Operator.objects.create_user(username, password=PASSWORD, is_staff=True)
    operator.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return operator


def signed_in(operator: Operator) -> Client:
    client = Client()
    client.force_login(operator)
    return client


def operator(*codenames: str, superuser: bool = False) -> Client:
    """A test client signed in as a staff operator with these permissions (or as a superuser)."""
    if superuser:
        return signed_in(Operator.objects.create_superuser("root", password=PASSWORD))
    return signed_in(staff(*codenames))
