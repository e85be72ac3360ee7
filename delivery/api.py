from __future__ import annotations

from datetime import timedelta

import django_filters
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from aremu.api_access import ApiViewMixin
from delivery.engagement import engagement_summary
from delivery.models import ApplyLink, UserJobHistory
from matching.selectors import stored_explanation

MAX_ENGAGEMENT_DAYS = 366


class HistorySerializer(serializers.ModelSerializer):
    job_title = serializers.CharField(source="job.title", read_only=True)
    why = serializers.SerializerMethodField(help_text="The score breakdown in the words the seeker reads.")

    class Meta:
        model = UserJobHistory
        fields = ["id", "user", "job", "job_title", "match_score", "match_breakdown", "why", "delivery_type", "status",
                  "message_sent", "shown_at", "feedback", "created_at"]

    def get_why(self, row: UserJobHistory) -> str:
        return stored_explanation(breakdown=row.match_breakdown, title=str(row.job))


class HistoryFilter(django_filters.FilterSet):
    shown_after = django_filters.IsoDateTimeFilter(field_name="shown_at", lookup_expr="gte")
    shown_before = django_filters.IsoDateTimeFilter(field_name="shown_at", lookup_expr="lt")
    min_score = django_filters.NumberFilter(field_name="match_score", lookup_expr="gte")

    class Meta:
        model = UserJobHistory
        fields = ["user", "job", "status", "delivery_type", "feedback"]


class HistoryViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    """Which job went to which seeker, how, and why it matched (by seeker id: no phone numbers here)."""

    serializer_class = HistorySerializer
    queryset = UserJobHistory.objects.select_related("job").order_by("-created_at", "-pk")
    filterset_class = HistoryFilter
    ordering_fields = ["created_at", "shown_at", "match_score"]


class EngagementSerializer(serializers.Serializer):
    days = serializers.IntegerField(min_value=1, max_value=MAX_ENGAGEMENT_DAYS, default=30)


class EngagementViewSet(ApiViewMixin, viewsets.GenericViewSet):
    """Apply taps per source, job and day, and read rates, over the last `days` days (the dashboard's figures)."""

    queryset = ApplyLink.objects.all()  # for the permission: view_applylink
    pagination_class = None
    filter_backends: list = []

    @extend_schema(parameters=[OpenApiParameter("days", int, description="1 to 366, default 30")],
                   responses=OpenApiTypes.OBJECT)
    def list(self, request: Request, *args: object, **kwargs: object) -> Response:
        params = EngagementSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        since = timezone.now() - timedelta(days=params.validated_data["days"])
        return Response(engagement_summary(since=since))
