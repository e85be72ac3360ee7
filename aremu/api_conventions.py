"""The shape of every API answer: pages of results, and errors as {"error": {"code", "message", "details"}}.

One error shape lets an integration handle every refusal the same way, whether DRF raised it (401, 403, 404,
429, 400 with field errors) or a view did. The status code stays DRF's; headers such as Retry-After are kept.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler


class Pages(PageNumberPagination):
    """`?page=2&page_size=100`: 50 a page by default, at most 500, so one request never reads a whole table."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


def error_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response  # an unexpected error: Django's 500, logged as always
    response.data = {"error": _error(exc)}
    return response


def _error(exc: exceptions.APIException) -> dict[str, Any]:
    if isinstance(exc, exceptions.ValidationError):
        return {"code": "invalid", "message": "Some parameters are not valid.", "details": exc.detail}
    codes = exc.get_codes()
    details: dict[str, Any] = {}
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        details["retry_after_seconds"] = round(exc.wait)
    return {"code": codes if isinstance(codes, str) else exc.default_code, "message": str(exc.detail),
            "details": details}
