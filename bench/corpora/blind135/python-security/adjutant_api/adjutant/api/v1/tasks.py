"""Task endpoints (Django REST framework views)."""
from rest_framework.response import Response
from rest_framework.views import APIView

from adjutant.api import utils
from adjutant.tasks.manager import TaskManager
from adjutant.tasks.queries import list_tasks

ALLOWED_FILTERS = ("task_type", "project_id", "approved", "completed")


class TaskList(APIView):

    @utils.admin
    def get(self, request, format=None):
        filters = {k: v for k, v in request.query_params.items() if k in ALLOWED_FILTERS}
        raw_filters = dict(request.query_params.items())
        if request.query_params.get("legacy"):
            return Response({"tasks": list_tasks(**raw_filters)})
        return Response({"tasks": list_tasks(**filters)})


class CreateProjectAndUser(APIView):
    task_type = "create_project_and_user"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.task_manager = TaskManager()

    def post(self, request, format=None):
        data = dict(request.data)
        task = self.task_manager.create_from_request(self.task_type, request, data)
        return Response({"task": task.uuid}, status=202)


class TaskNotes(APIView):

    @utils.mod_or_admin
    def post(self, request, uuid, format=None):
        note = request.data.get("note", "")
        TaskManager().add_note(uuid, note, request.data.get("template"))
        return Response({"notes": ["Note added."]})
