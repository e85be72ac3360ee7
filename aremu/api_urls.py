"""The DRF API, for operators and integrations (staff only)."""

from rest_framework.routers import DefaultRouter

from accounts.api import SeekerViewSet
from jobs.api import JobViewSet

router = DefaultRouter()
router.register("jobs", JobViewSet, basename="job")
router.register("seekers", SeekerViewSet, basename="seeker")
urlpatterns = router.urls
