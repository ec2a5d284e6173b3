"""A controller hands request data to a service module, which hands it to a third module (Masakari's
notifications controller -> `ha/api.py`'s `NotificationAPI` -> the engine manager; its hosts
controller -> `HostAPI.search` -> `db/api.py`'s `host_search`, as OpenStack's layers are written):
the sink is reported where it is, in the third module, and not at the service's call into it.
Before, the third module was asked for callers only where a handler imported it itself, and the
controller, two links away, was analysed with no imports resolved: the sink was missed and the
service's call was reported instead. A sink such a flow reaches quoted, which also reads what the
project's store gave back (Trove's `xtrabackup ... {user_opts}`), is not proven clean: the pattern
rule keeps its finding there. Real CLI, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

CONTROLLER = '''from webob import exc

from shop.ha import api as ha_api


class HostsController(object):

    def __init__(self):
        self.api = ha_api.HostAPI()

    def search(self, req, segment_id):
        return {"hosts": self.api.search(segment_id, req.params.get("on_maintenance", ""))}

    def create(self, req, body):
        return {"notification": self.api.notify(body.get("notification", {}))}
'''

SERVICE = '''from shop.db import api as db
from shop.engine import manager


class HostAPI(object):

    def __init__(self):
        self.engine = manager.Manager()

    def search(self, segment_id, on_maintenance):
        return db.host_search(segment_id, on_maintenance)

    def notify(self, notification):
        self.engine.record(notification)
        return notification
'''

DB = '''import sqlite3

_CONN = sqlite3.connect("/var/lib/shop/shop.db")


def host_search(segment_id, on_maintenance):
    return _CONN.execute(f"SELECT * FROM hosts WHERE segment = ? AND on_maintenance = '{on_maintenance}'", (segment_id,)).fetchall()
'''

MANAGER = '''import os

LOG_DIR = "/var/log/shop"


class Manager(object):

    def record(self, notification):
        host_name = notification.get("hostname")
        if not host_name:
            host_name = ""
        with open(os.path.join(LOG_DIR, host_name + ".log"), "a") as fh:
            fh.write("seen\\n")
'''


def test_a_sink_two_modules_past_the_controller_is_reported_where_it_is(tmp_path: Path):
    files = {"shop/__init__.py": "", "shop/api/__init__.py": "", "shop/api/hosts.py": CONTROLLER,
             "shop/ha/__init__.py": "", "shop/ha/api.py": SERVICE, "shop/db/__init__.py": "", "shop/db/api.py": DB,
             "shop/engine/__init__.py": "", "shop/engine/manager.py": MANAGER}
    found = taint_findings(tmp_path, files)
    assert found == ["shop/db/api.py:7 tainted-sql", "shop/engine/manager.py:12 tainted-path"], found


GUEST = '''import shlex
import subprocess

from shop.instance import models


class GuestApp(object):

    def __init__(self, instance_id):
        self.instance_id = instance_id

    def run_backup(self, name):
        user_opts = models.Instance.backup_opts(self.instance_id)
        target = shlex.quote(f"/var/lib/shop/backups/{name}.xbstream")
        subprocess.run(f"xtrabackup --backup {user_opts} --target-dir=/tmp > {target}", shell=True, check=True)
'''

MODELS = '''import sqlite3


class Instance(object):

    @staticmethod
    def backup_opts(instance_id):
        row = sqlite3.connect("/var/lib/shop/shop.db").execute("SELECT opts FROM instances WHERE id = ?", (instance_id,)).fetchone()
        return row[0] if row else ""
'''

GUEST_API = '''from shop.guest.app import GuestApp


class API(object):

    def __init__(self, instance_id):
        self.app = GuestApp(instance_id)

    def create_backup(self, name):
        return self.app.run_backup(name)
'''

BACKUPS = '''from webob import exc

from shop.guest import api as guest_api


class BackupsController(object):

    def backup(self, req, body, id):
        return guest_api.API(id).create_backup(body["backup"]["name"])
'''


def test_a_fed_sink_that_reads_a_stored_value_keeps_its_pattern_finding(tmp_path: Path):
    files = {"shop/__init__.py": "", "shop/api/__init__.py": "", "shop/api/backups.py": BACKUPS,
             "shop/guest/__init__.py": "", "shop/guest/api.py": GUEST_API, "shop/guest/app.py": GUEST,
             "shop/instance/__init__.py": "", "shop/instance/models.py": MODELS}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "json", "--exit-zero",
                          "--select", "python/security", str(tmp_path)], check=True, capture_output=True, text=True, timeout=300)
    found = sorted((Path(f["path"]).name, f["line"], f["rule"]) for f in json.loads(run.stdout)["findings"])
    assert found == [("app.py", 15, "python/security/subprocess-shell-true")], found
