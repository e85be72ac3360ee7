"""Enhancement in the jobs admin: token and cost totals, provider/error filters and a re-enhance action."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, Q, QuerySet, Sum
from django.http import HttpRequest, HttpResponse

from jobs.admin import CanonicalJobAdmin
from jobs.enhancement.services import jobs_request_reenhancement
from jobs.models import CanonicalJob


class EnhancementErrorFilter(admin.SimpleListFilter):
    title = "enhancement problems"
    parameter_name = "enhancement_problem"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("failed", "Provider failed (offline fields)"), ("partial", "Some fields fell back"),
                ("none", "No problem")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[CanonicalJob]) -> QuerySet[CanonicalJob]:
        if self.value() == "failed":
            return queryset.filter(needs_reenhancement=True)
        if self.value() == "partial":
            return queryset.filter(needs_reenhancement=False).exclude(enhancement_error="")
        if self.value() == "none":
            return queryset.filter(enhancement_error="")
        return queryset


class EnhancedJobAdmin(CanonicalJobAdmin):
    change_list_template = "admin/jobs/canonicaljob/enhancement_change_list.html"
    actions = [*(CanonicalJobAdmin.actions or []), "reenhance"]

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        return [*super().get_list_display(request), "enhancement_source", "needs_reenhancement", "ai_tokens",
                "ai_cost_usd"]

    def get_list_filter(self, request: HttpRequest) -> list[Any]:
        return [*super().get_list_filter(request), EnhancementErrorFilter, "needs_reenhancement", "ai_industry",
                "ai_job_function"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [*super().get_readonly_fields(request, obj), "enhancement_hash", "enhancement_error", "ai_tokens",
                "ai_cost_usd"]

    @admin.action(description="Re-enhance selected jobs (in the task queue)", permissions=["change"])
    def reenhance(self, request: HttpRequest, queryset: QuerySet[CanonicalJob]) -> None:
        count = jobs_request_reenhancement(job_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, f"{count} job(s) queued for re-enhancement.", messages.SUCCESS)

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None)  # a TemplateResponse; a redirect has none
        changelist = context.get("cl") if context is not None else None
        if context is not None and changelist is not None:
            context["enhancement_totals"] = changelist.queryset.aggregate(
                jobs=Count("pk"), tokens=Sum("ai_tokens"), cost=Sum("ai_cost_usd"),
                pending=Count("pk", filter=Q(needs_reenhancement=True)),
            )
        return response


admin.site.unregister(CanonicalJob)
admin.site.register(CanonicalJob, EnhancedJobAdmin)
