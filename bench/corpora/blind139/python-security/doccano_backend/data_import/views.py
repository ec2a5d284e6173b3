from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.models import Project
from projects.permissions import IsProjectAdmin
from .celery_tasks import import_dataset


class DatasetImportAPI(APIView):
    permission_classes = [IsAuthenticated & IsProjectAdmin]

    def post(self, request, *args, **kwargs):
        project = get_object_or_404(Project, pk=self.kwargs["project_id"])
        task = import_dataset.delay(
            user_id=request.user.id,
            project_id=project.id,
            file_format=request.data["format"],
            upload_ids=request.data["uploadIds"],
            column_data=request.data.get("column_data", "text"),
        )
        return Response({"task_id": task.task_id}, status=status.HTTP_202_ACCEPTED)
