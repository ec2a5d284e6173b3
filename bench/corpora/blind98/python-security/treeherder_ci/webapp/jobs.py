"""Jobs API, scoped by the project (repository name) in the url."""
from django.db import connection
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from ..log_parser import tasks
from ..model.models import Job, JobLog, Repository
from .pagination import decode_cursor, decode_cursor_json

ORDER_FIELDS = {"id": "j.id", "-id": "j.id DESC", "result": "j.result"}


class JobsProjectViewset(viewsets.ViewSet):
    def list(self, request, project):
        repository = Repository.objects.get(name=project)
        params = request.query_params
        cursor_token = params.get("cursor")
        if cursor_token and params.get("legacy_cursor"):
            state = decode_cursor(cursor_token)
        elif cursor_token:
            state = decode_cursor_json(cursor_token)
        else:
            state = {"offset": 0}
        order = params.get("order_by", "-id")
        with connection.cursor() as cur:
            if order in ORDER_FIELDS:
                cur.execute(f"SELECT j.id, j.guid, j.result FROM job j WHERE j.repository_id = %s ORDER BY {ORDER_FIELDS[order]} LIMIT 100 OFFSET %s", [repository.id, int(state["offset"])])
            else:
                # expect: sql-injection
                cur.execute(f"SELECT j.id, j.guid, j.result FROM job j WHERE j.repository_id = %s ORDER BY {order} LIMIT 100", [repository.id])
            rows = cur.fetchall()
        return Response(rows)

    @action(detail=True, methods=["post"])
    def submit_log(self, request, project, pk=None):
        job = Job.objects.get(repository__name=project, pk=pk)
        log = JobLog.objects.create(job=job, name=request.data.get("name", "live_backing_log"), url=request.data["url"])
        tasks.parse_logs.apply_async(args=[log.id], queue="log_parser")
        return Response({"id": log.id}, status=status.HTTP_201_CREATED)
