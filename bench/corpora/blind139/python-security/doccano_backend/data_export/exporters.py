import json
import os
import zipfile

from django.conf import settings

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


class JSONLExporter:
    def export(self, project, file_name):
        # expect: path-traversal
        with zipfile.ZipFile(os.path.join(EXPORT_DIR, f"{file_name}.zip"), "w") as archive:
            lines = [json.dumps({"id": e.id, "text": e.text}) for e in project.examples.all()]
            archive.writestr("all.jsonl", "\n".join(lines))
        return f"{file_name}.zip"


class CSVExporter(JSONLExporter):
    pass


EXPORTERS = {"jsonl": JSONLExporter(), "csv": CSVExporter()}
