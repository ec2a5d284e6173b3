"""Celery tasks for the inventory exports."""
import csv
import os

import yaml
from celery import shared_task
from django.conf import settings

from .queries import ItemQuery, export_columns, run_item_query_bound


@shared_task
def export_items(destination, export_id, fields=None):
    rows = run_item_query_bound(ItemQuery(columns=export_columns(fields or [])))
    path = os.path.join(settings.INVENTORY_EXPORT_ROOT, destination)
    # expect: path-traversal
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@shared_task
def export_items_checked(destination, export_id, fields=None):
    rows = run_item_query_bound(ItemQuery(columns=export_columns(fields or [])))
    root = os.path.realpath(settings.INVENTORY_EXPORT_ROOT)
    path = os.path.realpath(os.path.join(root, destination))
    if not path.startswith(root + os.sep):
        raise ValueError(f"export {export_id} escapes the export root")
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@shared_task
def import_spec(spec_text, strict=True):
    # expect: deserialization
    spec = yaml.load(spec_text, Loader=yaml.Loader)
    return {"items": len(spec.get("items", [])), "strict": strict}


@shared_task
def import_spec_safe(spec_text, strict=True):
    spec = yaml.safe_load(spec_text) or {}
    return {"items": len(spec.get("items", [])), "strict": strict}
