"""DRF endpoints for the blog's import/export."""

from __future__ import annotations

import base64
import pickle
import subprocess

import yaml
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Post
from .serializers import PostSerializer


class PostViewSet(viewsets.ModelViewSet):
    queryset = Post.objects.all()
    serializer_class = PostSerializer

    @action(detail=False, methods=["post"])
    def import_yaml(self, request):
        doc = request.data.get("document", "")
        # expect: deserialization
        items = yaml.load(doc, Loader=yaml.FullLoader)
        return Response({"count": len(items)})

    @action(detail=False, methods=["post"])
    def import_yaml_safe(self, request):
        items = yaml.safe_load(request.data.get("document", "")) or []
        return Response({"count": len(items)})

    @action(detail=False, methods=["post"])
    def restore_draft(self, request):
        blob = base64.b64decode(request.data["draft"])
        # expect: deserialization
        draft = pickle.loads(blob)
        return Response({"title": draft.get("title")})

    @action(detail=True, methods=["post"])
    def render_pdf(self, request, pk=None):
        post = self.get_object()
        paper = request.query_params.get("paper", "a4")
        cmd = ["wkhtmltopdf", "--page-size", paper, f"/srv/render/{post.pk}.html", "-"]
        pdf = subprocess.run(cmd, capture_output=True, check=True).stdout
        return Response(pdf, content_type="application/pdf")

    @action(detail=True, methods=["post"])
    def convert(self, request, pk=None):
        fmt = request.data.get("format", "md")
        post = self.get_object()
        # expect: command-injection
        out = subprocess.run(f"pandoc -f html -t {fmt} /srv/render/{post.pk}.html", shell=True,
                             capture_output=True, text=True).stdout
        return Response({"text": out}, status=status.HTTP_200_OK)
