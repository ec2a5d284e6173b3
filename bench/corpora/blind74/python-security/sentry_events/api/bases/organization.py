"""Organization-scoped endpoints resolve the slug into an organization."""
from datetime import timedelta

from django.utils import timezone
from rest_framework.exceptions import ParseError, ResourceDoesNotExist

from sentry.models import Organization

from ..base import Endpoint

MAX_STATS_PERIOD = timedelta(days=90)


class OrganizationEndpoint(Endpoint):
    def convert_args(self, request, organization_slug=None, *args, **kwargs):
        try:
            organization = Organization.objects.get_from_cache(slug=organization_slug)
        except Organization.DoesNotExist:
            raise ResourceDoesNotExist
        kwargs["organization"] = organization
        return (args, kwargs)

    def get_filter_params(self, request, organization):
        stats_period = request.GET.get("statsPeriod", "14d")
        try:
            days = int(stats_period.rstrip("d"))
        except ValueError:
            raise ParseError(detail="Invalid statsPeriod")
        end = timezone.now()
        start = end - min(timedelta(days=days), MAX_STATS_PERIOD)
        project_ids = []
        for raw in request.GET.getlist("project"):
            try:
                project_ids.append(int(raw))
            except ValueError:
                raise ParseError(detail="Invalid project parameter. Values must be numbers.")
        params = {"start": start, "end": end, "project_id": project_ids, "organization_id": organization.id}
        environments = [e for e in request.GET.getlist("environment") if e]
        if environments:
            params["environment"] = environments
        return params
