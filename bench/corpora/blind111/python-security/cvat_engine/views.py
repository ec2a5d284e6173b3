"""TaskViewSet actions: data upload, annotations import, dataset export download."""
import os

import django_rq
from django.conf import settings
from django.http import FileResponse
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from . import annotation, task as task_module
from .models import Task

EXPORT_FORMATS = {"CVAT for images 1.1": "cvat_images", "COCO 1.0": "coco", "YOLO 1.1": "yolo"}


class TaskViewSet(viewsets.ModelViewSet):
    queryset = Task.objects.all()

    @action(detail=True, methods=["POST"])
    def data(self, request, pk):
        db_task = self.get_object()
        data = {
            "server_files": request.data.getlist("server_files") if hasattr(request.data, "getlist") else request.data.get("server_files", []),
            "remote_files": request.data.get("remote_files", []),
        }
        queue = django_rq.get_queue(settings.CVAT_QUEUES_IMPORT_DATA)
        queue.enqueue_call(func=task_module.create_thread, args=(db_task.pk, data), job_id=f"create:task.id{pk}")
        return Response(status=202)

    @action(detail=True, methods=["PUT"], url_path="annotations")
    def annotations(self, request, pk):
        db_task = self.get_object()
        anno_file = request.FILES["annotation_file"]
        if request.query_params.get("format") == "CVAT 1.1":
            annotation.load_cvat_xml(anno_file, TaskData(db_task))
        else:
            annotation.load_cvat_xml_safe(anno_file, TaskData(db_task))
        return Response(status=201)

    @action(detail=True, methods=["GET"], url_path="dataset")
    def dataset_export(self, request, pk):
        db_task = self.get_object()
        format_name = request.query_params.get("format", "CVAT for images 1.1")
        if format_name not in EXPORT_FORMATS:
            raise ValidationError("Unknown format")
        path = os.path.join(db_task.get_dirname(), "export", f"{EXPORT_FORMATS[format_name]}.zip")
        return FileResponse(open(path, "rb"), as_attachment=True)

    @action(detail=True, methods=["GET"], url_path="preview")
    def preview(self, request, pk):
        db_task = self.get_object()
        filename = request.query_params.get("filename", "preview.jpeg")
        path = os.path.join(db_task.get_dirname(), "previews", filename)
        # expect: path-traversal
        return FileResponse(open(path, "rb"))


class TaskData:
    def __init__(self, db_task):
        self.db_task = db_task
        self.frames = {}

    def add_frame(self, frame_id, name):
        self.frames[frame_id] = name
