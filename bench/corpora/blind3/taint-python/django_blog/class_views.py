"""Class-based views for author pages."""

from __future__ import annotations

import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.template import Context, Template
from django.views import View
from django.views.generic import TemplateView

from .models import Author


class AuthorBioView(View):
    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("fmt", "Written by {{ author.name }}")
        author = Author.objects.get(slug=kwargs["slug"])
        # expect: template-injection
        tpl = Template(fmt)
        return HttpResponse(tpl.render(Context({"author": author})))


class AuthorCardView(TemplateView):
    template_name = "blog/author_card.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["headline"] = self.request.GET.get("headline", "")
        return ctx


class AuthorPhotoView(View):
    def get(self, request, slug):
        filename = request.GET.get("size", "medium") + ".jpg"
        # expect: path-traversal
        return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "authors", slug, filename), "rb"))


class AuthorPhotoSafeView(View):
    SIZES = {"small", "medium", "large"}

    def get(self, request, slug):
        size = request.GET.get("size", "medium")
        if size not in self.SIZES:
            raise Http404
        author = Author.objects.get(slug=slug)
        return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "authors", str(author.pk), size + ".jpg"), "rb"))
