from __future__ import annotations

import django_filters
from django.db.models import QuerySet
from rest_framework import serializers, viewsets

from accounts.models import User, UserPreferences
from aremu.api_access import ApiViewMixin


class PreferencesSerializer(serializers.ModelSerializer):
    class Meta:
        model = UserPreferences
        exclude = ["id", "user"]


class SeekerSerializer(serializers.ModelSerializer):
    preferences = PreferencesSerializer(read_only=True)

    class Meta:
        model = User
        fields = ["id", "phone_number", "name", "language", "is_active", "created_at", "last_active", "paused_until",
                  "blocked_at", "preferences"]


class SeekerFilter(django_filters.FilterSet):
    blocked = django_filters.BooleanFilter(method="by_blocked")
    confirmed = django_filters.BooleanFilter(field_name="preferences__preferences_confirmed")
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    active_after = django_filters.IsoDateTimeFilter(field_name="last_active", lookup_expr="gte")

    class Meta:
        model = User
        fields = ["is_active", "language"]

    def by_blocked(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(blocked_at__isnull=not value)


class SeekerViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = SeekerSerializer
    queryset = User.objects.select_related("preferences").order_by("-created_at")
    # Each seeker comes with their preferences, their own words among them: reading both takes both permissions.
    extra_view_permissions = ("accounts.view_userpreferences",)
    filterset_class = SeekerFilter
    ordering_fields = ["created_at", "last_active"]


class PreferencesListSerializer(PreferencesSerializer):
    class Meta(PreferencesSerializer.Meta):
        exclude = ["id"]


class PreferencesViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    """Preferences on their own (by seeker id, no phone numbers): what matching reads."""

    serializer_class = PreferencesListSerializer
    queryset = UserPreferences.objects.order_by("-updated_at")
    filterset_fields = ["user", "preferences_confirmed", "salary_currency"]
    ordering_fields = ["updated_at", "created_at"]
