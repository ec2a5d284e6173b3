"""Nightly maintenance tasks run by the ops worker.

Each task receives a ``job`` mapping decoded from the queue message. Jobs are
submitted from the admin console, so their fields are operator-controlled but
arrive over the network.
"""
from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess as sp
import tarfile
from os import system as run_shell
from pathlib import Path

log = logging.getLogger(__name__)

BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", "/var/backups/app"))
PG_DUMP = shutil.which("pg_dump") or "/usr/bin/pg_dump"


def dump_database(job: dict) -> Path:
    """Dump one database to the backup root."""
    target = BACKUP_ROOT / f"{job['database']}.sql.gz"
    # argv list, no shell: the database name is a single argument
    sp.run([PG_DUMP, "--no-owner", "-d", job["database"], "-f", str(target)], check=True)
    return target


def compress_logs(job: dict) -> None:
    pattern = job.get("pattern", "*.log")
    # expect: subprocess-shell-injection
    sp.call("tar czf /var/backups/app/logs.tgz /var/log/app/" + pattern, shell=True)


def rotate(job: dict) -> None:
    keep = int(job.get("keep", 7))
    # fixed command with an integer: fine
    sp.check_call(["logrotate", "--force", f"--keep={keep}", "/etc/logrotate.d/app"])


def purge_cache(job: dict) -> None:
    directory = job["directory"]
    # expect: os-system-injection
    run_shell(f"rm -rf {directory}/cache/*")


def purge_cache_quoted(job: dict) -> None:
    directory = shlex.quote(job["directory"])
    sp.run(["sh", "-c", "find " + directory + " -name '*.tmp' -delete"], check=True)


def reindex(job: dict) -> int:
    table = job["table"]
    # expect: os-popen-injection
    with os.popen("psql -c 'REINDEX TABLE %s'" % table) as pipe:
        out = pipe.read()
    log.info("reindex: %s", out.strip())
    return 0


def restart_service(job: dict) -> None:
    name = job["service"]
    # expect: os-spawn-injection
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "systemctl restart " + name)


def run_hook(job: dict) -> None:
    """Replace the worker with a site-specific hook (used by the on-call runbook)."""
    hook = job["hook_path"]
    # expect: os-exec-untrusted-program
    os.execv(hook, [hook, "--from-worker"])


def disk_report() -> str:
    # constant command, no input: fine
    return sp.check_output(["df", "-h", "/var"], text=True)


def restore_archive(upload: Path, dest: Path) -> None:
    with tarfile.open(upload) as archive:
        # expect: tarfile-extractall-traversal
        archive.extractall(dest)


def restore_archive_checked(upload: Path, dest: Path) -> None:
    with tarfile.open(upload) as archive:
        archive.extractall(dest, filter="data")


def vacuum(job: dict) -> None:
    env = dict(os.environ)
    env.update(job.get("env", {}))
    # expect: subprocess-untrusted-env
    sp.run(["vacuumdb", "--all", "--analyze"], env=env, check=True)


TASKS = {
    "dump": dump_database,
    "compress_logs": compress_logs,
    "rotate": rotate,
    "purge_cache": purge_cache,
    "reindex": reindex,
    "restart": restart_service,
    "hook": run_hook,
    "vacuum": vacuum,
}


def dispatch(job: dict) -> None:
    task = TASKS.get(job.get("task"))
    if task is None:
        log.warning("unknown task %r", job.get("task"))
        return
    task(job)
