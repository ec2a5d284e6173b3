import os
import subprocess

from django.conf import settings
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape
from django.views import View

from .models import Note

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


def note_search(request):
    term = request.GET.get("q")
    if not term:
        term = ""
    # expect: sql-injection
    notes = Note.objects.raw("SELECT * FROM notes_note WHERE body LIKE '%%" + term + "%%'")
    return JsonResponse({"ids": [n.id for n in notes]})


def note_search_safe(request):
    term = request.GET.get("q", "")
    notes = Note.objects.raw("SELECT * FROM notes_note WHERE body LIKE %s", ["%" + term + "%"])
    return JsonResponse({"ids": [n.id for n in notes]})


def notes_by_tag(request):
    tag = request.GET.get("tag", "")
    # expect: sql-injection
    qs = Note.objects.extra(where=["tags LIKE '%%%s%%'" % tag])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def notes_ranked(request):
    word = request.GET.get("w", "")
    qs = Note.objects.annotate(
        # expect: sql-injection
        score=RawSQL(f"similarity(body, '{word}')", [])
    ).order_by("-score")[:10]
    return JsonResponse({"ids": [n.id for n in qs]})


def note_count(request):
    owner = request.GET.get("owner", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM notes_note WHERE owner = %s", [owner])
        (count,) = cursor.fetchone()
    return JsonResponse({"count": count})


def note_title(request, pk):
    note = Note.objects.filter(pk=pk).first()
    if note is None:
        raise Http404
    prefix = request.GET.get("prefix", "")
    # expect: xss
    return HttpResponse(f"<h2>{prefix} {escape(note.title)}</h2>")


class ExportView(View):
    def get(self, request):
        name = request.GET.get("file", "")
        if not name.endswith(".csv"):
            raise Http404
        # expect: path-traversal
        return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"))

    def post(self, request):
        fmt = request.POST.get("format", "csv")
        if fmt not in ("csv", "json"):
            return HttpResponse(status=400)
        subprocess.run(["manage.py", "export_notes", "--format", fmt], check=True)
        return redirect("notes:index")


def compress_export(request):
    name = request.POST.get("name", "")
    level = request.POST.get("level", "6")
    # expect: command-injection
    os.system("gzip -%s %s/%s" % (level, EXPORT_DIR, name))
    return HttpResponse("ok")
