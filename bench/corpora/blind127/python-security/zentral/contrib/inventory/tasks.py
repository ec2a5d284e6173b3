"""Celery tasks of the inventory app."""
import os

from celery import shared_task
from django.utils.text import get_valid_filename

EXPORT_DIR = "/var/lib/zentral/exports"


def _rows(source_name):
    return [("serial_number", "computer_name"), ("C02XYZ", "mbp-1")]


@shared_task
def export_inventory(filename, export_format="xlsx", source_name=""):
    rows = _rows(source_name)
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, filename), "w") as fh:
        fh.writelines(",".join(row) + "\n" for row in rows)
    return {"filename": filename}


@shared_task
def export_inventory_checked(filename, source_name=""):
    path = os.path.join(EXPORT_DIR, get_valid_filename(filename))
    with open(path, "w") as fh:
        fh.writelines(",".join(row) + "\n" for row in _rows(source_name))
    return {"filename": os.path.basename(path)}
