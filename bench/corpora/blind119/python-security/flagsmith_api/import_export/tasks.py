"""Import/export tasks writing and reading local export files."""
import json
import os

from task_processor.decorators import register_task_handler

EXPORT_DIR = "/var/lib/flagsmith/exports"


@register_task_handler()
def export_organisation(organisation_id, file_name):
    data = {"organisation_id": organisation_id, "features": []}
    with open(os.path.join(EXPORT_DIR, os.path.basename(file_name)), "w") as fh:
        json.dump(data, fh)


@register_task_handler()
def import_organisation(organisation_id, file_name):
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, file_name)) as fh:
        data = json.load(fh)
    return {"organisation_id": organisation_id, "count": len(data.get("features", []))}
