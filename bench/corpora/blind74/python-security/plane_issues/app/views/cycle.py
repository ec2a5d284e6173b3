"""Cycle issues, paginated with the cursor decorators."""
from rest_framework.response import Response

from plane.db.models import CycleIssue

from ...utils.paginator import with_parsed_cursor, with_raw_cursor
from .base import BaseAPIView

BASE_SQL = "SELECT id, issue_id, cycle_id FROM cycle_issues WHERE cycle_id = %s"


class CycleIssueListEndpoint(BaseAPIView):
    @with_raw_cursor
    def get(self, request, slug, project_id, cycle_id, cursor="", per_page="100"):
        sql = BASE_SQL
        if cursor:
            value = cursor.split(":")[0]
            sql += " AND sort_order > " + value
        sql += " ORDER BY sort_order LIMIT " + per_page
        # expect: sql-injection
        rows = CycleIssue.objects.raw(sql, [cycle_id])
        return Response([{"id": str(r.id), "issue_id": str(r.issue_id)} for r in rows])


class CycleIssueListParsedEndpoint(BaseAPIView):
    @with_parsed_cursor
    def get(self, request, slug, project_id, cycle_id, cursor=None, per_page=100):
        sql = BASE_SQL + " AND sort_order > %s ORDER BY sort_order LIMIT %s"
        rows = CycleIssue.objects.raw(sql, [cycle_id, cursor.value, per_page])
        return Response([{"id": str(r.id)} for r in rows])
