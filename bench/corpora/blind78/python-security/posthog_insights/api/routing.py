"""Nested routing mixin: every viewset is scoped to the team in the URL."""
from django.shortcuts import get_object_or_404
from rest_framework.exceptions import NotFound

from posthog_insights.models.team import Team


class TeamAndOrgViewSetMixin:
    """Resolve ``self.team`` from the URL and filter querysets by it."""

    scope_object = "INTERNAL"

    @property
    def team_id(self) -> int:
        raw = self.kwargs.get("parent_lookup_team_id") or self.kwargs.get("project_id")
        if raw == "@current":
            return self.request.user.current_team_id
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise NotFound("Project not found.")

    @property
    def team(self) -> Team:
        return get_object_or_404(Team, id=self.team_id, organization__members=self.request.user)

    def filter_queryset_by_parents_lookups(self, queryset):
        return queryset.filter(team_id=self.team_id)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["team_id"] = self.team_id
        return context
