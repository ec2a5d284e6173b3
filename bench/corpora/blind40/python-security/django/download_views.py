"""Download endpoints for generated reports."""
import os

from django.http import FileResponse, Http404
from django.utils._os import safe_join

REPORT_DIR = "/srv/reports"


def download(request):
    name = request.GET.get("file")
    # expect: path-traversal
    return FileResponse(open(name, "rb"), as_attachment=True)


def export(request):
    path = request.POST["path"]
    handle = open(os.path.join(REPORT_DIR, path), "rb")
    # expect: path-traversal
    response = FileResponse(handle, content_type="text/csv")
    return response


def attachment(request, ticket_id):
    filename = request.GET["attachment"]
    # expect: path-traversal
    return FileResponse(open(f"/srv/tickets/{ticket_id}/{filename}", "rb"), filename=filename)


def raw_body(request):
    # expect: path-traversal
    return FileResponse(open(request.body.decode(), "rb"))


def safe_download(request):
    name = os.path.basename(request.GET.get("file", ""))
    try:
        path = safe_join(REPORT_DIR, name)
    except Exception:
        raise Http404
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


def safe_fixed(request):
    return FileResponse(open(os.path.join(REPORT_DIR, "latest.csv"), "rb"), filename=request.GET.get("name", "r.csv"))
