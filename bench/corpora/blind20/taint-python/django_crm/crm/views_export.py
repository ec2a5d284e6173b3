"""CSV exports written to and served from the export directory."""
import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from .helpers import get_param

EXPORT_DIR = Path(settings.MEDIA_ROOT) / "exports"


def download(request):
    name = get_param(request, "file")
    # expect: path-traversal
    return FileResponse(open(EXPORT_DIR / name, "rb"), as_attachment=True)


def download_checked(request):
    target = (EXPORT_DIR / get_param(request, "file")).resolve()
    if not target.is_relative_to(EXPORT_DIR.resolve()) or not target.is_file():
        raise Http404
    return FileResponse(open(target, "rb"), as_attachment=True)


def compress(request):
    name = get_param(request, "file")
    path = os.path.join(EXPORT_DIR, name)
    # expect: command-injection
    subprocess.run("gzip -k " + path, shell=True, check=True)
    return HttpResponseRedirect("/exports/")


def compress_args(request):
    path = os.path.join(EXPORT_DIR, os.path.basename(get_param(request, "file")))
    subprocess.run(["gzip", "-k", path], check=True)
    return HttpResponseRedirect("/exports/")


def done(request):
    nxt = get_param(request, "next", "/exports/")
    # expect: open-redirect
    return HttpResponseRedirect(nxt)


def done_checked(request):
    nxt = get_param(request, "next", "/exports/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/exports/"
    return HttpResponseRedirect(nxt)
