from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse

from accounts.models import User, UserPreferences
from accounts.services import MAX_PAUSE_DAYS, user_block, user_pause, user_unblock
from aremu.admin_actions import action_form
from aremu.csv_export import csv_stream, queryset_rows


class PreferencesInline(admin.StackedInline):
    model = UserPreferences
    extra = 0


class BlockForm(forms.Form):
    reason = forms.CharField(max_length=200, help_text="Kept on the seeker's row, for the next operator.")


class PauseForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=MAX_PAUSE_DAYS, initial=7)


def _prefs(user: User) -> UserPreferences | None:
    try:
        return user.preferences
    except UserPreferences.DoesNotExist:
        return None


# Seekers' CSV: who they are, their state, and the preferences alerts follow.
SEEKER_COLUMNS = [
    ("id", lambda u: u.pk), ("phone_number", lambda u: u.phone_number), ("name", lambda u: u.name),
    ("language", lambda u: u.language), ("is_active", lambda u: u.is_active), ("created_at", lambda u: u.created_at),
    ("last_active", lambda u: u.last_active), ("opted_out_at", lambda u: u.opted_out_at),
    ("paused_until", lambda u: u.paused_until), ("blocked_at", lambda u: u.blocked_at),
    ("blocked_reason", lambda u: u.blocked_reason), ("unreachable_at", lambda u: u.unreachable_at),
    ("preferences_confirmed", lambda u: bool((p := _prefs(u)) and p.preferences_confirmed)),
    ("roles", lambda u: "; ".join(p.job_roles) if (p := _prefs(u)) else ""),
    ("locations", lambda u: "; ".join(p.preferred_locations) if (p := _prefs(u)) else ""),
    ("work_arrangements", lambda u: "; ".join(p.work_arrangements) if (p := _prefs(u)) else ""),
]


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ["phone_number", "name", "is_active", "created_at", "last_active", "paused_until", "blocked_at"]
    list_filter = ["is_active", "created_at", ("blocked_at", admin.EmptyFieldListFilter)]
    search_fields = ["phone_number", "name"]
    readonly_fields = ["created_at", "last_active", "blocked_at", "blocked_reason"]
    inlines = [PreferencesInline]
    actions = ["block", "unblock", "pause", "export_csv"]

    @admin.action(description="Block: send nothing, ignore their messages", permissions=["change"])
    def block(self, request: HttpRequest, queryset: QuerySet[User]) -> HttpResponse | None:
        form, page = action_form(self, request, queryset, form_class=BlockForm, title="Block these seekers")
        if form is None:
            return page
        done = sum(user_block(user=user, reason=form.cleaned_data["reason"]) for user in queryset)
        self.message_user(request, f"{done} seeker(s) blocked.", messages.SUCCESS)
        return None

    @admin.action(description="Unblock", permissions=["change"])
    def unblock(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        done = sum(user_unblock(user=user) for user in queryset.filter(blocked_at__isnull=False))
        self.message_user(request, f"{done} seeker(s) unblocked.", messages.SUCCESS)

    @admin.action(description="Pause alerts for N days", permissions=["change"])
    def pause(self, request: HttpRequest, queryset: QuerySet[User]) -> HttpResponse | None:
        form, page = action_form(self, request, queryset, form_class=PauseForm, title="Pause alerts")
        if form is None:
            return page
        for user in queryset:
            user_pause(user=user, days=form.cleaned_data["days"])
        self.message_user(request, f"Alerts paused for {form.cleaned_data['days']} day(s).", messages.SUCCESS)
        return None

    @admin.action(description="Export selected as CSV", permissions=["export"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[User]) -> StreamingHttpResponse:
        rows = queryset_rows(queryset.select_related("preferences").order_by("pk"), SEEKER_COLUMNS)
        return csv_stream(name="seekers", header=[name for name, _ in SEEKER_COLUMNS], rows=rows)

    def has_export_permission(self, request: HttpRequest) -> bool:
        # The file carries preferences too, so it takes both view permissions, as the API's seekers list does.
        return request.user.has_perms(["accounts.view_user", "accounts.view_userpreferences"])


@admin.register(UserPreferences)
class UserPreferencesAdmin(admin.ModelAdmin):
    list_display = ["user", "preferences_confirmed", "years_of_experience", "salary_min", "salary_currency", "updated_at"]
    list_filter = ["preferences_confirmed", "schooling", "salary_currency", "salary_period"]
    search_fields = ["user__phone_number", "user__name"]
    raw_id_fields = ["user"]
