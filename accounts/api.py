from __future__ import annotations

from rest_framework import serializers, viewsets

from accounts.models import User, UserPreferences


class PreferencesSerializer(serializers.ModelSerializer):
    class Meta:
        model = UserPreferences
        exclude = ["id", "user"]


class SeekerSerializer(serializers.ModelSerializer):
    preferences = PreferencesSerializer(read_only=True)

    class Meta:
        model = User
        fields = ["id", "phone_number", "name", "is_active", "created_at", "last_active", "preferences"]


class SeekerViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = SeekerSerializer
    queryset = User.objects.select_related("preferences").order_by("-created_at")
