from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet
from rest_framework import serializers, viewsets

from aremu.api_access import ApiViewMixin
from jobs.models import CanonicalJob


class JobSerializer(serializers.ModelSerializer):
    class Meta:
        model = CanonicalJob
        fields = [
            "id", "title", "company", "location", "city", "state", "country", "salary_min", "salary_max",
            "salary_currency", "salary_period", "employment_type", "work_arrangement", "experience_level",
            "posted_date", "apply_by", "job_url", "ai_job_titles", "ai_skills", "ai_industry", "ai_job_function",
            "ai_summary", "source", "status", "created_at",
        ]


class JobFilter(django_filters.FilterSet):
    place = django_filters.CharFilter(method="by_place", help_text="City, state, country or any part of the location.")
    arrangement = django_filters.CharFilter(field_name="work_arrangement", help_text="remote, hybrid or onsite.")
    posted_after = django_filters.DateFilter(field_name="posted_date", lookup_expr="gte")
    posted_before = django_filters.DateFilter(field_name="posted_date", lookup_expr="lte")
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    q = django_filters.CharFilter(method="by_words", help_text="Words in the title or the company.")

    class Meta:
        model = CanonicalJob
        fields = ["status", "source", "country"]

    def by_place(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(city__iexact=value) | Q(state__iexact=value) | Q(country__iexact=value)
                               | Q(location__icontains=value))

    def by_words(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(title__icontains=value) | Q(company__icontains=value))


class JobViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = JobSerializer
    queryset = CanonicalJob.objects.order_by("-created_at")
    filterset_class = JobFilter
    ordering_fields = ["created_at", "posted_date", "salary_min"]
