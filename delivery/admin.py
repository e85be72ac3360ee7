from __future__ import annotations

from functools import partial

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone
from django.utils.html import format_html, linebreaks
from django_q.tasks import async_task

from aremu.csv_export import csv_stream, queryset_rows
from delivery import policy
from delivery.history import history_hold, history_resend
from delivery.models import ApplyLink, ConversationWindow, OutboundMessage, UserJobHistory
from jobs.enhancement.admin import EnhancedJobAdmin
from jobs.models import CanonicalJob
from matching.selectors import stored_explanation


class ReadOnlyAdmin(admin.ModelAdmin):
    """What happened, as it happened: never added or edited by hand. Delete stays with the model's delete
    permission, so an operator can still erase a seeker (the admin refuses a delete that would cascade into
    rows the operator may not delete)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


HISTORY_COLUMNS = [
    ("id", lambda h: h.pk), ("user_id", lambda h: h.user_id), ("phone_number", lambda h: h.user.phone_number),
    ("job_id", lambda h: h.job_id), ("job_title", lambda h: h.job.title), ("company", lambda h: h.job.company),
    ("match_score", lambda h: round(h.match_score, 1)), ("status", lambda h: h.status),
    ("delivery_type", lambda h: h.delivery_type), ("message_sent", lambda h: h.message_sent),
    ("shown_at", lambda h: h.shown_at), ("feedback", lambda h: h.feedback), ("created_at", lambda h: h.created_at),
]


@admin.register(UserJobHistory)
class UserJobHistoryAdmin(ReadOnlyAdmin):
    list_display = ["user", "job", "match_score", "delivery_type", "status", "message_sent", "shown_at", "feedback"]
    list_filter = ["status", "delivery_type", "message_sent", "feedback"]
    search_fields = ["user__phone_number", "job__title", "job__company"]
    list_select_related = ["user", "job"]
    fields = readonly_fields = (
        "user", "job", "match_score", "why", "delivery_type", "status", "message_sent", "shown_at", "outbound_message",
        "feedback", "attempts", "next_attempt_at", "created_at", "updated_at",
    )
    actions = ["resend", "hold", "export_csv"]

    @admin.display(description="why (as the seeker reads it)")
    def why(self, row: UserJobHistory) -> str:
        return format_html("<div>{}</div>", linebreaks(stored_explanation(breakdown=row.match_breakdown,
                                                                          title=str(row.job))))

    @admin.action(description="Send the job again (normal rules: window, pause, quiet hours)", permissions=["act"])
    def resend(self, request: HttpRequest, queryset: QuerySet[UserJobHistory]) -> None:
        count = history_resend(history_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, f"{count} job(s) queued to be sent again.", messages.SUCCESS)

    @admin.action(description="Hold: don't send now, keep for the digest", permissions=["act"])
    def hold(self, request: HttpRequest, queryset: QuerySet[UserJobHistory]) -> None:
        count = history_hold(history_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, f"{count} waiting job(s) held.", messages.SUCCESS)

    @admin.action(description="Export selected as CSV", permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[UserJobHistory]) -> StreamingHttpResponse:
        rows = queryset_rows(queryset.select_related("user", "job").order_by("pk"), HISTORY_COLUMNS)
        return csv_stream(name="history", header=[name for name, _ in HISTORY_COLUMNS], rows=rows)

    def has_act_permission(self, request: HttpRequest) -> bool:
        # The form is read-only, but changing what happens next to a row is still the model's change permission.
        return request.user.has_perm("delivery.change_userjobhistory")


@admin.register(OutboundMessage)
class OutboundMessageAdmin(ReadOnlyAdmin):
    list_display = ["to", "purpose", "kind", "status", "transport", "error_code", "created_at", "sent_at"]
    list_filter = ["status", "purpose", "kind", "transport", "error_code"]
    search_fields = ["to", "preview", "provider_message_id"]
    raw_id_fields = ["user"]


@admin.register(ApplyLink)
class ApplyLinkAdmin(ReadOnlyAdmin):
    list_display = ["job", "user", "source", "clicks", "first_clicked_at", "last_clicked_at", "created_at"]
    list_filter = ["source", "created_at"]
    search_fields = ["job__title", "job__company", "user__phone_number"]
    list_select_related = ["job", "user"]
    exclude = ["token"]  # the token opens the link for anyone: not shown


@admin.register(ConversationWindow)
class ConversationWindowAdmin(admin.ModelAdmin):
    list_display = ["user", "window_status", "hours_left", "window_start", "last_activity", "four_hour_reminder_sent",
                    "battery_warning_sent", "reengagement_sent", "messages_in_window"]
    list_filter = ["window_status", "four_hour_reminder_sent", "battery_warning_sent", "reengagement_sent"]

    @admin.display(description="hours left")
    def hours_left(self, window: ConversationWindow) -> int:
        return policy.hours_left(last_activity=window.last_activity, now=timezone.now())
    search_fields = ["user__phone_number"]
    raw_id_fields = ["user"]


class DeliveryJobAdmin(EnhancedJobAdmin):
    """Jobs, with the delivery chain's own action: match the job against every seeker again now."""

    actions = [*EnhancedJobAdmin.actions, "rematch"]

    @admin.action(description="Re-run matching and alert new matches (in the task queue)", permissions=["change"])
    def rematch(self, request: HttpRequest, queryset: QuerySet[CanonicalJob]) -> None:
        # job_deliver skips seekers who already have a row for the job: each still gets it once at most.
        for pk in queryset.values_list("pk", flat=True):
            transaction.on_commit(partial(async_task, "delivery.tasks.deliver_job", pk))
        self.message_user(request, f"{queryset.count()} job(s) queued for matching.", messages.SUCCESS)


admin.site.unregister(CanonicalJob)
admin.site.register(CanonicalJob, DeliveryJobAdmin)
