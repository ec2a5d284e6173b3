from django.shortcuts import get_object_or_404
from rest_framework import generics
from rest_framework.permissions import IsAuthenticated

from projects.models import Project
from .models import Example
from .serializers import ExampleSerializer


class ExampleList(generics.ListAPIView):
    serializer_class = ExampleSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        project = get_object_or_404(Project, pk=self.kwargs["project_id"])
        q = self.request.query_params.get("q", "")
        if self.request.query_params.get("raw") == "1":
            # expect: sql-injection
            return Example.objects.raw(f"SELECT * FROM examples_example WHERE project_id = {project.id} AND text LIKE '%%{q}%%'")
        return Example.objects.filter(project=project, text__icontains=q)


class ExampleCount(generics.ListAPIView):
    serializer_class = ExampleSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        project = get_object_or_404(Project, pk=self.kwargs["project_id"])
        q = self.request.query_params.get("q", "")
        return Example.objects.raw("SELECT * FROM examples_example WHERE project_id = %s AND text LIKE %s", [project.id, f"%{q}%"])
