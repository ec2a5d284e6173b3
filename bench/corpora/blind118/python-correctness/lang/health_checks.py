"""Pre-flight checks the worker runs before it picks up jobs."""
import logging
import shutil
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class Preflight:
    def __init__(self, spool_dir, heartbeat: threading.Thread, db):
        self.spool = Path(spool_dir)
        self.heartbeat = heartbeat
        self.db = db

    def spool_ready(self):
        # expect: missing-call
        if not self.spool.is_dir:
            log.error("spool directory %s is missing", self.spool)
            return False
        return shutil.disk_usage(self.spool).free > 512 * 1024 * 1024

    def heartbeat_running(self):
        # expect: missing-call
        return bool(self.heartbeat.is_alive)

    def db_ok(self):
        if self.db.closed:
            return False
        return self.db.execute("SELECT 1").scalar() == 1

    def lock_file_present(self):
        return (self.spool / ".lock").is_file()


def can_start(preflight, user):
    if not user.is_active or not user.is_staff:
        return False
    return preflight.spool_ready() and preflight.heartbeat_running() and preflight.db_ok()


def check_path(path: Path):
    # expect: missing-call
    if path.is_symlink:
        raise ValueError(f"{path} must not be a symlink")
    return path.resolve()
