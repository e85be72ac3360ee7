"""The seekers' web portal (preferences through a signed link)."""

urlpatterns: list = []
