"""Run endpoints: list, create from a polyaxonfile, artifacts and tensorboards."""
import logging

from django.http import FileResponse
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from haupt.apis.endpoints.project import ProjectResourceEndpoint
from haupt.db.models import Run
from services import artifacts, runs_queries, specs, tensorboards

logger = logging.getLogger("haupt.apis.runs")


class RunListView(ProjectResourceEndpoint, APIView):
    def get(self, request, owner_name, project_name):
        sort = request.query_params.get("sort", "-created_at")
        rows = runs_queries.list_runs(project=self.project, sort=sort)
        return Response({"results": rows, "count": len(rows)})


class RunSearchView(ProjectResourceEndpoint, APIView):
    def get(self, request, owner_name, project_name):
        name = request.query_params.get("name", "")
        rows = runs_queries.search_runs(project=self.project, name=name)
        return Response({"results": rows})


class RunCreateView(ProjectResourceEndpoint, APIView):
    def post(self, request, owner_name, project_name):
        content = request.data.get("content")
        if not content:
            raise ValidationError("A polyaxonfile content is required.")
        legacy = request.data.get("legacy_format", False)
        spec = specs.read_legacy(content) if legacy else specs.read(content)
        run = Run.objects.create(project=self.project, user=request.user, content=spec)
        return Response({"uuid": run.uuid.hex}, status=status.HTTP_201_CREATED)


class RunArtifactView(ProjectResourceEndpoint, APIView):
    def get(self, request, owner_name, project_name, run_uuid):
        run = self.get_run(run_uuid)
        path = request.query_params.get("path", "")
        if request.query_params.get("safe"):
            return FileResponse(artifacts.open_checked(run, path))
        return FileResponse(artifacts.open_artifact(run, path))


class RunTensorboardView(ProjectResourceEndpoint, APIView):
    def post(self, request, owner_name, project_name, run_uuid):
        run = self.get_run(run_uuid)
        logdir = request.data.get("logdir") or run.outputs_path
        port = int(request.data.get("port", 6006))
        tensorboards.start(run, logdir=logdir, port=port)
        tensorboards.start_argv(run, logdir=logdir, port=port)
        return Response({"port": port}, status=status.HTTP_202_ACCEPTED)


class ProjectNotificationView(ProjectResourceEndpoint, APIView):
    def put(self, request, owner_name, project_name):
        self.project.settings = dict(self.project.settings or {}, webhook_url=request.data.get("webhook_url"))
        self.project.save(update_fields=["settings"])
        return Response(status=status.HTTP_204_NO_CONTENT)
