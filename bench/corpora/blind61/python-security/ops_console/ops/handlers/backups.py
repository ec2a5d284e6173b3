import datetime
import os
import shutil
import tarfile

import tornado.web

from ..base import BaseHandler
from ..shell import run_argv, run_line

BACKUP_DIR = os.environ.get("OPS_BACKUP_DIR", "/srv/backups")
DATABASES = ("orders", "accounts", "inventory")


class BackupHandler(BaseHandler):
    def post(self):
        db = self.param("database")
        label = self.param("label", "manual")
        stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%S")
        if db not in DATABASES:
            raise tornado.web.HTTPError(400, "unknown database")
        target = os.path.join(BACKUP_DIR, f"{db}-{stamp}.dump")
        out = run_argv(["pg_dump", "--format=custom", "--file", target, db])
        notes = {"label": label, "operator": self.operator}
        out += run_line("logger -t ops-backup 'backup " + notes["label"] + " done'")
        self.write_output("backup", out)


class RestoreHandler(BaseHandler):
    def post(self):
        name = self.param("archive")
        db = self.param("database")
        if db not in DATABASES:
            raise tornado.web.HTTPError(400, "unknown database")
        path = os.path.join(BACKUP_DIR, os.path.basename(name))
        if not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        self.write_output("restore", run_argv(["pg_restore", "--clean", "--dbname", db, path]))


class BackupDownloadHandler(BaseHandler):
    def get(self):
        name = self.param("name")
        path = os.path.join(BACKUP_DIR, name)
        self.set_header("Content-Type", "application/octet-stream")
        # expect: path-traversal
        with open(path, "rb") as fh:
            self.write(fh.read())


class BackupBundleHandler(BaseHandler):
    def post(self):
        names = self.params.get("names") or []
        bundle = os.path.join(BACKUP_DIR, "bundle.tar.gz")
        with tarfile.open(bundle, "w:gz") as tar:
            for name in names:
                tar.add(os.path.join(BACKUP_DIR, os.path.basename(str(name))), arcname=os.path.basename(str(name)))
        self.write_output("bundle", bundle)


class BackupPruneHandler(BaseHandler):
    def post(self):
        folder = self.param("folder", "old")
        # expect: path-traversal
        shutil.rmtree(os.path.join(BACKUP_DIR, folder))
        self.write_output("prune", f"removed {folder}")
