"""Local files storage: list and serve files under a configured document root."""
import os

from django.conf import settings
from django.http import FileResponse, Http404
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

DOCUMENT_ROOT = getattr(settings, "LOCAL_FILES_DOCUMENT_ROOT", "/data/local-files")


def safe_join_root(relative):
    root = os.path.realpath(DOCUMENT_ROOT)
    full = os.path.realpath(os.path.join(root, relative))
    if os.path.commonpath([root, full]) != root:
        raise ValidationError("Path is outside the document root")
    return full


class LocalFilesListAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        path = request.data.get("path", "")
        # expect: path-traversal
        names = sorted(os.listdir(path))[:1000]
        return Response({"files": names})


class LocalFilesListCheckedAPI(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        path = safe_join_root(request.data.get("path", ""))
        return Response({"files": sorted(os.listdir(path))[:1000]})


def localfiles_data(request):
    relative = request.GET.get("d", "")
    full = safe_join_root(relative)
    if not os.path.isfile(full):
        raise Http404()
    return FileResponse(open(full, "rb"))
