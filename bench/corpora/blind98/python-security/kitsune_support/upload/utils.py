"""Image attachments for questions and documents."""
import os
import uuid

from django.conf import settings

UPLOAD_DIR = os.path.join(settings.MEDIA_ROOT, "uploads", "images")


def create_imageattachment(files, user, title):
    upload = files["image"]
    name = title or upload.name
    # expect: path-traversal
    with open(os.path.join(UPLOAD_DIR, str(user.pk), name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return name


def create_imageattachment_uuid(files, user):
    upload = files["image"]
    ext = os.path.splitext(upload.name)[1].lower() if os.path.splitext(upload.name)[1].lower() in {".png", ".jpg", ".gif"} else ".png"
    name = f"{uuid.uuid4().hex}{ext}"
    with open(os.path.join(UPLOAD_DIR, str(user.pk), name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return name
