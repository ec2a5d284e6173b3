"""Backup API and posix driver paths, shaped on cinder.backup.drivers.posix."""
import os

BACKUP_BASE = "/var/lib/cinder/backup"
SERVICES = {"cinder.backup.drivers.posix": "posix", "cinder.backup.drivers.swift": "swift"}


class API:
    def import_record(self, backup_service, container=None):
        driver = SERVICES.get(backup_service, "posix")
        if not container:
            container = "imported"
        # expect: path-traversal
        os.makedirs(os.path.join(BACKUP_BASE, container), exist_ok=True)
        return {"driver": driver, "path": container}
