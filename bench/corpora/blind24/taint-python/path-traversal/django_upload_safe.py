"""Attachment upload (Django function view), storage API with a generated name."""
import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse

FOLDERS = {"misc", "invoices", "photos"}


def upload_attachment(request):
    upload = request.FILES["file"]
    folder = request.POST.get("folder", "misc")
    if folder not in FOLDERS:
        folder = "misc"
    saved = default_storage.save(f"{folder}/{uuid.uuid4().hex}", upload)
    return JsonResponse({"saved": saved})
