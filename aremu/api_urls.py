"""The DRF API, for operators and integrations: staff, each list behind its model's view permission."""

from __future__ import annotations

from rest_framework import routers
from rest_framework.request import Request

from accounts.api import PreferencesViewSet, SeekerViewSet
from aremu.api_access import ApiViewMixin, view_permission
from delivery.api import EngagementViewSet, HistoryViewSet
from jobs.api import JobViewSet
from matching.api import MatchExplanationViewSet


class ApiRootView(ApiViewMixin, routers.APIRootView):
    """The index. DRF opens it to anyone signed in; here it takes leave to read at least one of its lists."""

    def check_permissions(self, request: Request) -> None:
        super().check_permissions(request)
        # Every viewset registered below has a queryset; the router's stub types them as bare ViewSetMixins.
        readable = [view_permission(viewset.queryset.model)  # type: ignore[attr-defined]
                    for _, viewset, _ in router.registry]
        if not any(request.user.has_perm(permission) for permission in readable):
            self.permission_denied(request)


class ApiRouter(routers.DefaultRouter):
    APIRootView = ApiRootView


router = ApiRouter()
router.register("jobs", JobViewSet, basename="job")
router.register("seekers", SeekerViewSet, basename="seeker")
router.register("preferences", PreferencesViewSet, basename="preferences")
router.register("history", HistoryViewSet, basename="history")
router.register("match-explanation", MatchExplanationViewSet, basename="match-explanation")
router.register("engagement", EngagementViewSet, basename="engagement")
urlpatterns = router.urls
