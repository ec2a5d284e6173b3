"""Runs utilities (pg_dump, pg_restore, psql) in the background."""
import logging
import os
import subprocess
import uuid

log = logging.getLogger("pgadmin.bgprocess")


class BatchProcess:
    def __init__(self, desc, cmd=None, args=None, shell_cmd=None):
        self.id = uuid.uuid4().hex
        self.desc = desc
        self.cmd = cmd
        self.args = list(args or [])
        self.shell_cmd = shell_cmd
        self.log_dir = os.path.join(os.environ.get("PGADMIN_PROCESS_DIR", "/var/lib/pgadmin/process_logs"), self.id)

    def start(self):
        os.makedirs(self.log_dir, exist_ok=True)
        out = open(os.path.join(self.log_dir, "out"), "wb")
        err = open(os.path.join(self.log_dir, "err"), "wb")
        if self.shell_cmd is not None:
            # expect: command-injection
            return subprocess.Popen(self.shell_cmd, shell=True, stdout=out, stderr=err)
        return subprocess.Popen([self.cmd, *self.args], stdout=out, stderr=err)
