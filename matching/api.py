from __future__ import annotations

from django.conf import settings
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from aremu.api_access import ApiViewMixin
from jobs.models import CanonicalJob
from matching.explain import render_explanation
from matching.services import match_score_for_user


class PairSerializer(serializers.Serializer):
    seeker = serializers.IntegerField(min_value=1)
    job = serializers.IntegerField(min_value=1)


class MatchExplanationViewSet(ApiViewMixin, viewsets.GenericViewSet):
    """How a job scores for a seeker now (`?seeker=<id>&job=<id>`), part by part and in the seeker's words."""

    queryset = User.objects.all()  # view_user, plus what the answer reads from:
    extra_view_permissions = ("accounts.view_userpreferences", "jobs.view_canonicaljob")
    pagination_class = None
    filter_backends: list = []

    @extend_schema(parameters=[OpenApiParameter("seeker", int, required=True),
                               OpenApiParameter("job", int, required=True)], responses=OpenApiTypes.OBJECT)
    def list(self, request: Request, *args: object, **kwargs: object) -> Response:
        pair = PairSerializer(data=request.query_params)
        pair.is_valid(raise_exception=True)
        user = get_object_or_404(User, pk=pair.validated_data["seeker"])
        job = get_object_or_404(CanonicalJob, pk=pair.validated_data["job"])
        result = match_score_for_user(user=user, job=job)
        if result is None:
            return Response({"seeker": user.pk, "job": job.pk, "score": None, "passes": False,
                             "explanation": "The seeker has no preferences yet."})
        threshold = settings.MATCH_THRESHOLD
        return Response({"seeker": user.pk, "job": job.pk, "score": result.total, "passes": result.passes(threshold),
                         "threshold": threshold, **result.as_dict(),
                         "explanation": render_explanation(result, title=str(job), threshold=threshold)})
