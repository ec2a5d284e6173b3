# library: Django (FileResponse, subprocess from a view)
"""Downloadable reports."""
import os
import subprocess
from pathlib import Path

from django.http import FileResponse, Http404, JsonResponse

REPORTS = Path("/srv/shop/reports").resolve()


def download(request):
    name = request.GET["name"]
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORTS, name), "rb"))


def download_safe(request):
    path = (REPORTS / request.GET["name"]).resolve()
    if not path.is_relative_to(REPORTS) or not path.is_file():
        raise Http404()
    return FileResponse(open(path, "rb"), as_attachment=True)


def regenerate(request):
    month = request.GET.get("month", "")
    # expect: command-injection
    out = subprocess.check_output("shop-report --month " + month, shell=True)
    return JsonResponse({"output": out.decode()[-500:]})


def regenerate_safe(request):
    month = request.GET.get("month", "")
    out = subprocess.check_output(["shop-report", "--month", month])
    return JsonResponse({"output": out.decode()[-500:]})
