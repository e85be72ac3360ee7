"""The shape of every API answer: pages of results, and errors as {"error": {"code", "message", "details"}}.

One error shape lets an integration handle every refusal the same way, whether DRF raised it (401, 403, 404,
429, 400 with field errors) or a view did. The status code stays DRF's; headers such as Retry-After are kept.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
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
    # drf-stubs leave out Throttled.wait (seconds until a retry may pass, or None).
    wait = exc.wait if isinstance(exc, exceptions.Throttled) else None  # type: ignore[attr-defined]
    if wait is not None:
        details["retry_after_seconds"] = round(wait)
    return {"code": codes if isinstance(codes, str) else exc.default_code, "message": str(exc.detail),
            "details": details}


def not_found(request: HttpRequest) -> JsonResponse:
    """Any other address under /api/ (an id that is not a number, a path that does not exist): the API's own 404,
    in its one error shape, not Django's HTML page (a schema-driven fuzz found those)."""
    return JsonResponse({"error": {"code": "not_found", "message": "Not found.", "details": {}}}, status=404)


# --- The schema says so too ------------------------------------------------------------------------------------

_ERROR_SCHEMA = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message", "details"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"},
        "details": {"type": "object", "additionalProperties": True}}}},
}
_REFUSALS = {
    "400": "Some parameters are not valid (details name them).",
    "401": "No or wrong credentials.",
    "403": "Authenticated, but without the permission this needs.",
    "404": "No such object, or no such page.",
    "429": "Too many requests: retry after details.retry_after_seconds.",
}


def error_responses_hook(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """drf-spectacular postprocessing: every operation documents the refusals every view can give, in the one
    error shape (a schema-driven fuzz flagged each 400/404 as undocumented)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = _ERROR_SCHEMA
    for path in result.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            for status, description in _REFUSALS.items():
                responses.setdefault(status, {"description": description, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
            # gunicorn's own refusal of a request line over 4,094 bytes, before Aremu sees the request.
            responses.setdefault("414", {"description": "The address is too long.",
                                         "content": {"text/html": {"schema": {"type": "string"}}}})
    return result
