"""Base classes every workspace/project API view inherits."""
import logging

from django.db import IntegrityError
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ModelViewSet

logger = logging.getLogger("plane.api")


class BaseViewSet(ModelViewSet):
    model = None
    permission_classes = [IsAuthenticated]
    search_fields = []

    def get_queryset(self):
        try:
            return self.model.objects.all()
        except Exception as e:
            logger.exception(e)
            raise NotFound("Resource not found")

    def handle_exception(self, exc):
        if isinstance(exc, IntegrityError):
            return Response({"error": "The payload is not valid"}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)

    @property
    def workspace_slug(self):
        return self.kwargs.get("slug", None)

    @property
    def project_id(self):
        project_id = self.kwargs.get("project_id", None)
        if project_id:
            return project_id
        return None

    @property
    def fields(self):
        fields = [f for f in self.request.GET.get("fields", "").split(",") if f]
        return fields if fields else None


class BaseAPIView(APIView):
    permission_classes = [IsAuthenticated]

    @property
    def workspace_slug(self):
        return self.kwargs.get("slug", None)
