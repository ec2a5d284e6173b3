"""Attachment upload (Django function view)."""
import os

from django.conf import settings
from django.http import JsonResponse


def upload_attachment(request):
    upload = request.FILES["file"]
    folder = request.POST.get("folder", "misc")
    dest = os.path.join(settings.MEDIA_ROOT, folder, upload.name)
    # expect: path-traversal
    with open(dest, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"saved": dest})
