"""Issue endpoints of a project."""
import json

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rest_framework import status
from rest_framework.response import Response

from plane.db.models import Issue

from ...bgtasks.tasks import export_issues_task, issue_activity
from ...utils.issue_filters import issue_filters, target_date_clauses
from ..serializers.issue import IssueCreateSerializer
from .base import BaseViewSet


class IssueViewSet(BaseViewSet):
    model = Issue

    def list(self, request, slug, project_id):
        filters = issue_filters(request.query_params, "GET")
        queryset = Issue.objects.filter(workspace__slug=slug, project_id=project_id, **filters)
        extra_where = target_date_clauses(request.query_params)
        if extra_where:
            # expect: sql-injection
            queryset = queryset.extra(where=extra_where)
        return Response(list(queryset.values("id", "name", "priority")))

    def list_checked(self, request, slug, project_id):
        filters = issue_filters(request.query_params, "GET")
        queryset = Issue.objects.filter(workspace__slug=slug, project_id=project_id, **filters)
        return Response(list(queryset.values("id", "name")))

    def create(self, request, slug, project_id):
        serializer = IssueCreateSerializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)
        issue = Issue.objects.create(project_id=project_id, **{k: v for k, v in serializer.validated_data.items() if k != "export_name"})
        issue_activity.delay(
            type="issue.activity.created",
            requested_data=json.dumps(self.request.data),
            actor_id=str(request.user.id),
            issue_id=str(issue.id),
        )
        return Response({"id": str(issue.id)}, status=status.HTTP_201_CREATED)

    def preview(self, request, slug, project_id):
        serializer = IssueCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        card = "<article><h3>%s</h3>%s</article>" % (data["name"], data["description_html"])
        # expect: xss
        return HttpResponse(mark_safe(card))

    def preview_escaped(self, request, slug, project_id):
        serializer = IssueCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        name = serializer.validated_data["name"]
        return HttpResponse(mark_safe("<article><h3>%s</h3></article>" % escape(name)))

    def export(self, request, slug, project_id):
        serializer = IssueCreateSerializer(data={**request.data, "name": "export"})
        serializer.is_valid(raise_exception=True)
        export_name = serializer.validated_data["export_name"] or f"{slug}-issues"
        export_issues_task.delay(project_id=str(project_id), file_name=export_name + ".csv")
        return Response({"message": "Export started"}, status=status.HTTP_202_ACCEPTED)
