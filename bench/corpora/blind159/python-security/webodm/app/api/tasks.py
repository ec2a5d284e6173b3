"""Task endpoints: downloads, raw assets and imports from a URL."""
import logging
import os

from django.http import FileResponse
from rest_framework import exceptions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from app import models, pending_actions
from app.api.common import get_and_check_project, get_asset_download_filename
from worker import tasks as worker_tasks

logger = logging.getLogger("app.logger")


def get_task(project_pk, pk, request):
    project = get_and_check_project(request, project_pk, ("view_project",))
    try:
        return models.Task.objects.get(pk=pk, project=project)
    except (models.Task.DoesNotExist, ValueError):
        raise exceptions.NotFound()


class TaskDownloads(APIView):
    def get(self, request, pk=None, project_pk=None, asset=""):
        task = get_task(project_pk, pk, request)
        if asset not in task.available_assets:
            raise exceptions.NotFound("Asset does not exist")
        asset_fs = task.get_asset_download_path(asset)
        return FileResponse(open(asset_fs, "rb"), as_attachment=True, filename=get_asset_download_filename(task, asset))


class TaskAssets(APIView):
    def get(self, request, pk=None, project_pk=None, unsafe_asset_path=""):
        task = get_task(project_pk, pk, request)
        asset_path = task.assets_path(unsafe_asset_path)
        return FileResponse(task.open_asset(asset_path), content_type="application/octet-stream")


class TaskAssetsChecked(APIView):
    def get(self, request, pk=None, project_pk=None, unsafe_asset_path=""):
        task = get_task(project_pk, pk, request)
        asset_path = task.checked_assets_path(unsafe_asset_path)
        if asset_path is None:
            raise exceptions.NotFound("Asset does not exist")
        return FileResponse(open(asset_path, "rb"), content_type="application/octet-stream")


class TaskViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["post"], url_path="import")
    def import_url(self, request, project_pk=None):
        project = get_and_check_project(request, project_pk, ("change_project",))
        import_url = request.data.get("url", None)
        task_name = request.data.get("name", "Imported Task")
        if not import_url:
            raise exceptions.ValidationError(detail="Cannot import task: no URL specified")
        task = models.Task.objects.create(
            project=project, auto_processing_node=False, name=task_name,
            import_url=import_url, status=None, pending_action=pending_actions.IMPORT,
        )
        worker_tasks.process_task.delay(task.id)
        return Response({"id": str(task.id)}, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def restart(self, request, pk=None, project_pk=None):
        task = get_task(project_pk, pk, request)
        task.pending_action = pending_actions.RESTART
        task.save()
        worker_tasks.process_task.delay(task.id)
        return Response({"success": True})
