"""Task and content viewsets (DRF) in Kolibri's style."""
import uuid

from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from . import tasks
from .models import NetworkLocation
from .tasks_utils import lookup_public_channels, validate_remote_import_task

KINDS = {"video", "audio", "exercise", "document", "html5", "topic"}


class TasksViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["post"])
    def startremotechannelimport(self, request):
        task = validate_remote_import_task(request, request.data)
        return Response(task)

    @action(detail=False, methods=["post"])
    def startexportuserstocsv(self, request):
        facility_id = request.data.get("facility_id") or request.user.facility_id
        filename = request.data.get("filename")
        return Response({"path": tasks.export_users(facility_id, filename)})


class NetworkLocationViewSet(viewsets.ModelViewSet):
    queryset = NetworkLocation.objects.all()

    def create(self, request):
        location = NetworkLocation.objects.create(id=uuid.uuid4().hex, base_url=request.data["base_url"])
        tasks.update_network_location(location.id)
        return Response({"id": location.id})


class ContentNodeViewSet(viewsets.ViewSet):
    def list(self, request):
        channel_id = request.query_params.get("channel_id")
        kind = request.query_params.get("kind", "video")
        nodes = tasks.nodes_by_kind(channel_id, kind)
        return Response(nodes)

    @action(detail=False)
    def search(self, request):
        channel_id = str(uuid.UUID(request.query_params["channel_id"]))
        kind = request.query_params.get("kind")
        if kind not in KINDS:
            kind = "video"
        return Response({"ids": tasks.nodes_by_title(channel_id, request.query_params.get("title", "")), "count": tasks.count_nodes(channel_id), "kind": kind})

    @action(detail=False)
    def public(self, request):
        return Response(lookup_public_channels(request.query_params.get("keyword", "")))
