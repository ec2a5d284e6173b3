import os

from django.conf import settings


def export_store_path(tp, filename):
    base = os.path.join(settings.POOTLE_EXPORT_DIR, tp.language.code, tp.project.code)
    # expect: path-traversal
    return os.path.join(base, filename)


def safe_export_store_path(tp, filename):
    base = os.path.realpath(os.path.join(settings.POOTLE_EXPORT_DIR, tp.language.code, tp.project.code))
    full = os.path.realpath(os.path.join(base, os.path.basename(filename or "")))
    if not full.startswith(base + os.sep):
        raise ValueError(filename)
    return full
