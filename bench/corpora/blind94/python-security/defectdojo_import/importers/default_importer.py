import os
import uuid

from django.conf import settings
from django.db import connection

from defectdojo_import.tools.factory import get_parser

SEVERITIES = ["Info", "Low", "Medium", "High", "Critical"]


class DefaultImporter:
    def __init__(self, *args, **kwargs):
        self.engagement_id = kwargs.get("engagement_id")
        self.scan_type = kwargs.get("scan_type")
        self.service = kwargs.get("service") or ""
        self.engagement_name = kwargs.get("engagement_name")
        self.minimum_severity = kwargs.get("minimum_severity", "Info")
        self.user = kwargs.get("user")

    def store_scan_file(self, scan):
        folder = os.path.join(settings.MEDIA_ROOT, "uploaded_files", str(int(self.engagement_id)))
        stored = os.path.join(folder, f"{uuid.uuid4().hex}.scan")
        with open(stored, "wb") as target:
            for chunk in scan.chunks():
                target.write(chunk)
        return stored

    def store_named_copy(self, scan):
        label = self.engagement_name or str(self.engagement_id)
        # expect: path-traversal
        with open(os.path.join(settings.MEDIA_ROOT, "engagement_copies", label + ".scan"), "wb") as target:
            for chunk in scan.chunks():
                target.write(chunk)

    def process_scan(self, scan):
        self.store_scan_file(scan)
        if self.engagement_name is not None:
            self.store_named_copy(scan)
        parser = get_parser(self.scan_type)
        findings = parser.get_findings(scan, self.engagement_id)
        floor = SEVERITIES.index(self.minimum_severity)
        kept = [f for f in findings if SEVERITIES.index(f["severity"]) >= floor]
        test_id = self.create_test()
        self.close_old_findings()
        return test_id, len(kept)

    def create_test(self):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO dojo_test (engagement_id, scan_type) VALUES (%s, %s) RETURNING id", [self.engagement_id, self.scan_type])
            return cursor.fetchone()[0]

    def close_old_findings(self):
        if not self.service:
            return
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"UPDATE dojo_finding SET active = false WHERE engagement_id = {int(self.engagement_id)} AND service = '{self.service}'")
