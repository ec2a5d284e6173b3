"""Insight endpoints: trends, property values, event names and CSV export."""
import logging

from rest_framework import request, response, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated

from posthog_insights import tasks
from posthog_insights.api.routing import TeamAndOrgViewSetMixin
from posthog_insights.models.filters import Filter
from posthog_insights.queries import trends

logger = logging.getLogger(__name__)


class InsightViewSet(TeamAndOrgViewSetMixin, viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated]

    @action(methods=["GET"], detail=False)
    def trend(self, request: request.Request, **kwargs):
        filter = Filter.from_request(request.GET.dict())
        result = trends.TrendsQuery(filter, self.team_id).run()
        return response.Response({"result": result, "filter": filter.to_dict()})

    @action(methods=["GET"], detail=False)
    def property_values(self, request: request.Request, **kwargs):
        key = request.query_params.get("key", "")
        values = trends.property_values(self.team_id, key, request.query_params.get("value", ""))
        return response.Response([{"name": v[0]} for v in values])

    @action(methods=["GET"], detail=False)
    def event_names(self, request: request.Request, **kwargs):
        search = request.query_params.get("search") or ""
        return response.Response({"results": [r[0] for r in trends.event_names(self.team_id, search)]})

    @action(methods=["GET"], detail=False)
    def persons(self, request: request.Request, **kwargs):
        count = trends.person_count(self.team_id, request.query_params.get("date_from", "-7d"))
        return response.Response({"count": count})

    @action(methods=["POST"], detail=False)
    def export(self, request: request.Request, **kwargs):
        filter_dict = {"properties": request.data.get("properties", [])}
        name = request.data.get("filename", "export.csv")
        tasks.export_events_csv.delay(self.team_id, filter_dict, name)
        logger.info("export queued for team %s", self.team_id)
        return response.Response({"status": "queued"}, status=202)
