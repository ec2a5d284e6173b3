"""Task list API used by the data manager."""
from django.db import connection
from rest_framework import generics
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core.utils.common import int_from_request
from data_manager.functions import apply_filters, apply_filters_orm, computed_values, literal_values
from projects.models import Task

ORDER_COLUMNS = {"id": "id", "-id": "id DESC", "created": "created_at", "-created": "created_at DESC"}


class TaskListAPI(generics.ListAPIView):
    permission_classes = [IsAuthenticated]

    def list(self, request, *args, **kwargs):
        project_id = int_from_request(request.GET, "project", 0)
        page_size = int_from_request(request.GET, "page_size", 30)
        queryset = Task.objects.filter(project_id=project_id)
        if request.data.get("legacy_filters"):
            queryset = apply_filters(queryset, request.data.get("filters", {}))
        else:
            queryset = apply_filters_orm(queryset, request.data.get("filters", {}))
        ids = list(queryset.values_list("id", flat=True)[:page_size])
        return Response({"ids": ids, "project": project_id})


class TaskIdsAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, *args, **kwargs):
        project_id = int_from_request(request.GET, "project", 0)
        ordering = request.GET.get("ordering", "id")
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT id FROM tasks_task WHERE project_id = {project_id} ORDER BY {ordering}")
            rows = cursor.fetchall()
        return Response({"ids": [r[0] for r in rows]})


class TaskIdsSortedAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, *args, **kwargs):
        project_id = int_from_request(request.GET, "project", 0)
        order_sql = ORDER_COLUMNS.get(request.GET.get("ordering", "id"), "id")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id FROM tasks_task WHERE project_id = %s ORDER BY {order_sql}", [project_id])
            rows = cursor.fetchall()
        return Response({"ids": [r[0] for r in rows]})


class TaskComputedColumnAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        project_id = int_from_request(request.GET, "project", 0)
        tasks = Task.objects.filter(project_id=project_id)[:500]
        column = request.data.get("column", {})
        if column.get("kind") == "literal":
            values = literal_values(tasks, column.get("value", "0"))
        else:
            values = computed_values(tasks, column.get("expression", "0"))
        return Response({"values": values})
