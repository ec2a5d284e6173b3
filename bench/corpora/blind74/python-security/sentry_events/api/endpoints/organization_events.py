"""GET /organizations/{slug}/events/"""
from rest_framework.exceptions import ParseError

from ..bases.organization import OrganizationEndpoint
from ...search.builder import QueryBuilder


class OrganizationEventsEndpoint(OrganizationEndpoint):
    def get(self, request, organization):
        params = self.get_filter_params(request, organization)
        query = request.GET.get("query", "")
        builder = QueryBuilder(
            params,
            query=query,
            selected_columns=request.GET.getlist("field"),
            orderby=request.GET.get("sort"),
        )
        try:
            per_page = int(request.GET.get("per_page", 50))
        except ValueError:
            raise ParseError(detail="per_page must be an integer")
        rows = builder.run_query(limit=min(per_page, 100))
        return self.respond({"data": [dict(zip(builder.columns, r)) for r in rows]})


class OrganizationEventsCountEndpoint(OrganizationEndpoint):
    def get(self, request, organization):
        params = self.get_filter_params(request, organization)
        params.pop("environment", None)
        builder = QueryBuilder(params, query=request.GET.get("query", ""), selected_columns=["count"])
        rows = builder.run_query_bound(limit=1)
        return self.respond({"count": rows[0][0] if rows else 0})
