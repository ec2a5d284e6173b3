"""Manager service holding the db api and the resource plugins."""
import os
import uuid

import requests

from blazar_api.db import api as db_api
from blazar_api.plugins import host_plugin

REPORT_DIR = "/var/lib/blazar/reports"
REPORT_FORMATS = ("txt", "csv")


class ManagerService:
    def __init__(self):
        self.db = db_api
        self.plugins = {"physical:host": host_plugin.PhysicalHostPlugin()}

    def list_leases(self, name=None, project_id=None, **filters):
        if name:
            return self.db.lease_list_by_name(name)
        return self.db.lease_list(project_id)

    def create_lease(self, lease_values):
        lease_id = str(uuid.uuid4())
        self.db.lease_create(lease_id, lease_values["name"], lease_values.get("notify_url"))
        for reservation in lease_values["reservations"]:
            plugin = self.plugins.get(reservation.get("resource_type"))
            if plugin is not None:
                plugin.reserve_resource(lease_id, **reservation)
        return {"id": lease_id}

    def lease_report(self, lease_id, fmt):
        if not fmt:
            fmt = "txt"
        # expect: path-traversal
        with open(os.path.join(REPORT_DIR, f"{lease_id}.{fmt}")) as fh:
            return fh.read()

    def lease_report_checked(self, lease_id, fmt):
        if fmt not in REPORT_FORMATS:
            fmt = "txt"
        with open(os.path.join(REPORT_DIR, f"{uuid.UUID(lease_id)}.{fmt}")) as fh:
            return fh.read()

    def before_end_lease(self, lease_id):
        lease = self.db.lease_get(lease_id)
        if lease and lease["notify_url"]:
            # expect: ssrf
            requests.post(lease["notify_url"], json={"lease_id": lease_id, "event": "before_end_lease"}, timeout=10)
