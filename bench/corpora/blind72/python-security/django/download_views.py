"""File download endpoints of the document portal."""
import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.http import FileResponse as Download
from django.utils._os import safe_join
from django.views import View

EXPORT_DIR = Path(settings.MEDIA_ROOT) / "exports"


def download(request):
    # expect: path-traversal
    return FileResponse(open(request.GET.get("file"), "rb"), as_attachment=True)


def attachment(request):
    name = request.GET["name"]
    path = os.path.join(settings.MEDIA_ROOT, "attachments", name)
    # expect: path-traversal
    handle = open(path, "rb")
    return FileResponse(handle, filename=name)


class ReportDownload(View):
    def get(self, request, *args, **kwargs):
        report = request.GET.get("report", "summary.pdf")
        # expect: path-traversal
        return Download(open(str(EXPORT_DIR) + "/" + report, "rb"), content_type="application/pdf")


def invoice_pdf(request):
    folder = request.POST.get("folder", "2024")
    # expect: path-traversal
    response = FileResponse(open(f"{settings.MEDIA_ROOT}/invoices/{folder}/invoice.pdf", "rb"))
    return response


def safe_download(request):
    try:
        path = safe_join(settings.MEDIA_ROOT, "public", request.GET.get("file", ""))
    except Exception:
        raise Http404("bad path")
    if not os.path.isfile(path):
        raise Http404("missing")
    return FileResponse(open(path, "rb"), as_attachment=True)


def checked_export(request):
    wanted = EXPORT_DIR / Path(request.GET.get("name", "")).name
    resolved = wanted.resolve()
    if resolved.parent != EXPORT_DIR.resolve() or not resolved.exists():
        raise Http404("no such export")
    return FileResponse(resolved.open("rb"), as_attachment=True)


def terms(request):
    return FileResponse(open(os.path.join(settings.STATIC_ROOT, "terms.pdf"), "rb"))
