"""Project API: create with a labeling config, import tasks."""
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core.label_config import control_tags, find_control, find_control_bound, parse_config, parse_config_strict
from core.utils.common import bool_from_request
from data_import.uploader import (
    load_tasks_from_public_url,
    load_tasks_from_url,
    read_tasks_file,
    read_tasks_file_safe,
)
from projects.models import Project


class ProjectValidateConfigAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        config = request.data.get("label_config", "")
        if bool_from_request(request.query_params, "strict", True):
            tree = parse_config_strict(config)
        else:
            tree = parse_config(config)
        return Response({"controls": control_tags(tree)})


class ProjectControlAPI(generics.RetrieveAPIView):
    permission_classes = [IsAuthenticated]
    queryset = Project.objects.all()

    def retrieve(self, request, *args, **kwargs):
        project = self.get_object()
        tree = parse_config_strict(project.label_config)
        name = request.query_params.get("name", "")
        if bool_from_request(request.query_params, "bound", False):
            control = find_control_bound(tree, name)
        else:
            control = find_control(tree, name)
        if control is None:
            return Response(status=status.HTTP_404_NOT_FOUND)
        return Response({"tag": control.tag, "attrs": dict(control.attrib)})


class ProjectImportAPI(generics.CreateAPIView):
    permission_classes = [IsAuthenticated]
    queryset = Project.objects.all()

    def create(self, request, *args, **kwargs):
        project = self.get_object()
        if "file" in request.FILES:
            tasks = read_tasks_file(request.FILES["file"])
        else:
            url = request.data.get("url")
            tasks = load_tasks_from_url(url)
        created = project.add_tasks(tasks)
        return Response({"task_count": created}, status=status.HTTP_201_CREATED)


class ProjectImportPublicAPI(generics.CreateAPIView):
    permission_classes = [IsAuthenticated]
    queryset = Project.objects.all()

    def create(self, request, *args, **kwargs):
        project = self.get_object()
        if "file" in request.FILES:
            tasks = read_tasks_file_safe(request.FILES["file"])
        else:
            tasks = load_tasks_from_public_url(request.data.get("url", ""))
        return Response({"task_count": project.add_tasks(tasks)}, status=status.HTTP_201_CREATED)
