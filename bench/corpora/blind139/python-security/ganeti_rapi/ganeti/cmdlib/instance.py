"""Logical units for instances and exports."""
import os
import re
import shutil
import subprocess
import urllib.request

EXPORT_DIR = "/srv/ganeti/export"
INSTANCE_DIR = "/srv/ganeti/instances"
HOSTNAME_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,62}$")
OS_IMAGES_URL = "https://images.ganeti.example/os/"


class LogicalUnit:
    def __init__(self, op):
        self.op = op

    def CheckPrereq(self):
        pass


class LUInstanceRename(LogicalUnit):
    def CheckPrereq(self):
        if self.op.name_check and not HOSTNAME_RE.match(self.op.new_name):
            raise ValueError("invalid instance name")

    def Exec(self):
        # expect: command-injection
        subprocess.run(f"/usr/lib/ganeti/hooks-runner rename {self.op.instance_name} {self.op.new_name}", shell=True, check=True)


class LUBackupExport(LogicalUnit):
    def Exec(self):
        target = self.op.target_path
        if not target:
            target = self.op.instance_name
        source = os.path.join(INSTANCE_DIR, "current", "disk0")
        # expect: path-traversal
        shutil.copy(source, os.path.join(EXPORT_DIR, target))


class LUBackupRemove(LogicalUnit):
    def Exec(self):
        path = os.path.realpath(os.path.join(EXPORT_DIR, self.op.instance_name))
        if not path.startswith(EXPORT_DIR + os.sep):
            raise ValueError("bad export name")
        shutil.rmtree(path)


class LUInstanceImport(LogicalUnit):
    def Exec(self):
        source = self.op.source_url
        if source is None:
            source = OS_IMAGES_URL + "debian-image.tar"
        # expect: ssrf
        with urllib.request.urlopen(source, timeout=60) as response:
            data = response.read()
        with open(os.path.join(INSTANCE_DIR, "import.tar"), "wb") as f:
            f.write(data)


class LUInstanceImportDefault(LogicalUnit):
    def Exec(self):
        with urllib.request.urlopen(OS_IMAGES_URL + "debian-image.tar", timeout=60) as response:
            return response.read()


LU_REGISTRY = {
    "OP_INSTANCE_RENAME": LUInstanceRename,
    "OP_BACKUP_EXPORT": LUBackupExport,
    "OP_BACKUP_REMOVE": LUBackupRemove,
    "OP_INSTANCE_IMPORT": LUInstanceImport,
}
