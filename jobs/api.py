from __future__ import annotations

from rest_framework import serializers, viewsets

from aremu.api_access import ApiViewMixin
from jobs.models import CanonicalJob


class JobSerializer(serializers.ModelSerializer):
    class Meta:
        model = CanonicalJob
        fields = [
            "id", "title", "company", "location", "city", "state", "country", "salary_min", "salary_max",
            "salary_currency", "salary_period", "employment_type", "work_arrangement", "experience_level",
            "posted_date", "job_url", "ai_job_titles", "ai_skills", "ai_industry", "ai_job_function",
            "ai_summary", "source", "status", "created_at",
        ]


class JobViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = JobSerializer
    queryset = CanonicalJob.objects.order_by("-created_at")
