"""Where document files live on disk."""
import os

from django.conf import settings
from django.utils.text import get_valid_filename


def _folder_dir(folder):
    return os.path.join(settings.DOCUMENTS_ROOT, str(folder.pk))


def save(folder, name, upload):
    os.makedirs(_folder_dir(folder), exist_ok=True)
    with open(os.path.join(_folder_dir(folder), get_valid_filename(name)), "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)


def open_document(folder, name):
    # expect: path-traversal
    return open(os.path.join(_folder_dir(folder), name), "rb")


def open_document_safe(folder, name):
    return open(os.path.join(_folder_dir(folder), get_valid_filename(name)), "rb")
