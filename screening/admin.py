"""Operators' side of screening: the review queue (held and reported jobs, their reasons, Approve / Block in one
click per row or as list actions), every screening, seekers' reports and the blocklist. Each action calls a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from screening import services
from screening.models import Blocklist, JobReport, JobScreening, ReviewQueueItem
from screening.selectors import review_queue


def _reasons(obj: JobScreening) -> str:
    return format_html("<ul style='margin:0;padding-left:1em'>{}</ul>",
                       format_html_join("", "<li>{}</li>", ((r,) for r in obj.reasons or ["(none)"])))


class _Decisions:
    """Approve / block actions shared by the queue and the full list."""

    @admin.action(description="Approve: let the selected jobs reach seekers")
    def approve(self, request: HttpRequest, queryset: QuerySet[JobScreening]) -> None:
        done = sum(services.screening_approve(job_id=pk, operator_id=request.user.pk)
                   for pk in queryset.values_list("pk", flat=True))
        messages.success(request, f"{done} job(s) approved.")

    @admin.action(description="Block: keep the selected jobs from everyone")
    def block(self, request: HttpRequest, queryset: QuerySet[JobScreening]) -> None:
        done = sum(services.screening_block(job_id=pk, operator_id=request.user.pk)
                   for pk in queryset.values_list("pk", flat=True))
        messages.success(request, f"{done} job(s) blocked.")

    @admin.action(description="Block, and block their company and contacts for future postings")
    def block_sources(self, request: HttpRequest, queryset: QuerySet[JobScreening]) -> None:
        entries = [e for pk in queryset.values_list("pk", flat=True)
                   for e in services.job_sources_block(job_id=pk, operator_id=request.user.pk)]
        messages.success(request, f"{queryset.count()} job(s) blocked; blocklist: "
                                  f"{', '.join(str(e) for e in entries) or 'nothing to add'}.")


@admin.register(ReviewQueueItem)
class ReviewQueueAdmin(_Decisions, admin.ModelAdmin):
    list_display_links = None
    list_filter = ["status", "source"]
    search_fields = ["job__title", "job__company", "job__contact_email", "job__contact_whatsapp"]
    actions = ["approve", "block", "block_sources"]
    list_per_page = 50

    def get_queryset(self, request: HttpRequest) -> QuerySet[JobScreening]:
        return review_queue()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_list_display(self, request: HttpRequest) -> list[str | Callable[[Any], str | bool]]:
        def decide(obj: JobScreening) -> str:
            # One click per row. The rows already sit inside the changelist's own POST form (with its CSRF token),
            # and a form inside a form is dropped by browsers: each button sends that form to its decision view.
            return format_html(
                "<button type='submit' formmethod='post' formaction='{}'>Approve</button> "
                "<button type='submit' formmethod='post' formaction='{}'>Block</button>",
                reverse("admin:screening_reviewqueueitem_approve", args=[obj.pk]),
                reverse("admin:screening_reviewqueueitem_block", args=[obj.pk]),
            )

        decide.short_description = "decide"  # type: ignore[attr-defined]
        return ["job_link", "company", "status", "score", "reasons_list", "reports", "source", "screened_at", decide]

    @admin.display(description="job")
    def job_link(self, obj: JobScreening) -> str:
        job = obj.job
        return format_html("<a href='{}'>{}</a><br><small>{} · <a href='{}' target='_blank' rel='noopener'>posting"
                           "</a></small>", reverse("admin:jobs_canonicaljob_change", args=[job.pk]), job.title,
                           job.location, job.job_url)

    @admin.display(description="company")
    def company(self, obj: JobScreening) -> str:
        job = obj.job
        return format_html("{}<br><small>{} {}</small>", job.company or "—", job.contact_email, job.contact_whatsapp)

    @admin.display(description="reasons")
    def reasons_list(self, obj: JobScreening) -> str:
        return _reasons(obj)

    def get_urls(self) -> list:
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/approve/", view(self.approve_view), name="screening_reviewqueueitem_approve"),
            path("<int:pk>/block/", view(self.block_view), name="screening_reviewqueueitem_block"),
            *super().get_urls(),
        ]

    def approve_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide(request, pk, services.screening_approve, "approved: it continues to matching")

    def block_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide(request, pk, services.screening_block, "blocked")

    def _decide(self, request: HttpRequest, pk: int, decision: Callable[..., bool], done: str) -> HttpResponse:
        if request.method != "POST" or not self.has_change_permission(request):
            raise PermissionDenied
        if decision(job_id=pk, operator_id=request.user.pk):
            messages.success(request, f"Job {pk} {done}.")
        else:
            messages.info(request, f"Job {pk} was already decided.")
        return HttpResponseRedirect(reverse("admin:screening_reviewqueueitem_changelist"))


@admin.register(JobScreening)
class JobScreeningAdmin(_Decisions, admin.ModelAdmin):
    list_display = ["job", "verdict", "status", "score", "reports", "source", "screened_at", "reviewed_by"]
    list_filter = ["status", "verdict", "source"]
    search_fields = ["job__title", "job__company"]
    list_select_related = ["job", "reviewed_by"]
    actions = ["approve", "block", "block_sources"]
    readonly_fields = ["job", "verdict", "status", "score", "reasons_list", "source", "screened_at", "reports",
                       "reviewed_by", "reviewed_at"]
    exclude = ["reasons"]

    @admin.display(description="reasons")
    def reasons_list(self, obj: JobScreening) -> str:
        return _reasons(obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(JobReport)
class JobReportAdmin(admin.ModelAdmin):
    list_display = ["job", "user", "created_at"]
    list_select_related = ["job", "user"]
    search_fields = ["job__title", "job__company"]
    raw_id_fields = ["job", "user"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: JobReport | None = None) -> bool:
        return False


@admin.register(Blocklist)
class BlocklistAdmin(admin.ModelAdmin):
    list_display = ["kind", "value", "reason", "created_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["value", "reason"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request: HttpRequest, obj: Blocklist, form, change: bool) -> None:
        if not change and request.user.is_authenticated:  # always, in the admin
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
