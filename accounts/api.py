from __future__ import annotations

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
        fields = ["id", "phone_number", "name", "is_active", "created_at", "last_active", "preferences"]


class SeekerViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = SeekerSerializer
    queryset = User.objects.select_related("preferences").order_by("-created_at")
    # Each seeker comes with their preferences, their own words among them: reading both takes both permissions.
    extra_view_permissions = ("accounts.view_userpreferences",)
