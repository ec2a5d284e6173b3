"""Invoice and attachment downloads."""
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import Attachment, Invoice

INVOICE_ROOT = Path(settings.MEDIA_ROOT) / "invoices"
EXPORT_ROOT = Path(settings.MEDIA_ROOT) / "exports"


@login_required
def invoice_pdf(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, customer__user=request.user)
    return FileResponse(open(INVOICE_ROOT / invoice.pdf_name, "rb"), as_attachment=True, filename=f"invoice-{invoice.number}.pdf")


@login_required
def export_file(request):
    name = request.GET.get("file")
    # "../../settings/production.env" walks out of the exports folder
    # expect: path-traversal
    return FileResponse(open(os.path.join(EXPORT_ROOT, name), "rb"), as_attachment=True)


@login_required
def attachment(request, attachment_id):
    att = get_object_or_404(Attachment, pk=attachment_id, owner=request.user)
    path = (EXPORT_ROOT / att.stored_name).resolve()
    if EXPORT_ROOT.resolve() not in path.parents:
        raise Http404
    return FileResponse(path.open("rb"), filename=att.original_name)


@login_required
def legacy_download(request):
    # expect: path-traversal
    return FileResponse(open(request.POST["path"], "rb"), as_attachment=True)


@login_required
def export_by_name(request):
    name = os.path.basename(request.GET.get("file", ""))
    path = EXPORT_ROOT / request.user.username / name
    if not name or not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True)
