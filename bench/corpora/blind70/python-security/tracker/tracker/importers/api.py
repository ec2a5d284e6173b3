"""Project import from an uploaded dump."""
import json
import pickle

from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.importers.services import store_project_from_dict


class ProjectImporterView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    def post(self, request):
        dump = request.FILES.get("dump")
        if dump is None:
            return Response({"dump": "required"}, status=status.HTTP_400_BAD_REQUEST)
        raw = dump.read()
        if dump.name.endswith(".pickle"):
            # expect: deserialization
            data = pickle.loads(raw)
        else:
            data = json.loads(raw)
        project = store_project_from_dict(data, owner=request.user)
        return Response({"id": project.id, "slug": project.slug}, status=status.HTTP_201_CREATED)


class ProjectJsonImporterView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    def post(self, request):
        dump = request.FILES.get("dump")
        if dump is None:
            return Response({"dump": "required"}, status=status.HTTP_400_BAD_REQUEST)
        data = json.loads(dump.read())
        project = store_project_from_dict(data, owner=request.user)
        return Response({"id": project.id}, status=status.HTTP_201_CREATED)
