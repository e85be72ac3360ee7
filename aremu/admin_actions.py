"""Admin actions that ask for something first (a reason, a number of days): one small form page between the
changelist and the service, as Django's own "delete selected" confirmation does."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse


def action_form(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet, *, form_class: type[forms.Form],
    title: str,
) -> tuple[forms.Form | None, TemplateResponse | None]:
    """(the valid form, None) once the operator has filled it in; else (None, the page that asks)."""
    if "apply" in request.POST:
        form = form_class(request.POST)
        if form.is_valid():
            return form, None
    else:
        form = form_class()
    context: dict[str, Any] = {
        **modeladmin.admin_site.each_context(request), "title": title, "form": form, "opts": modeladmin.model._meta,
        "objects": queryset[:20], "count": queryset.count(), "action": request.POST.get("action", ""),
        "selected": request.POST.getlist(ACTION_CHECKBOX_NAME), "select_across": request.POST.get("select_across", "0"),
        "checkbox_name": ACTION_CHECKBOX_NAME,
    }
    return None, TemplateResponse(request, "admin/operator_action.html", context)
