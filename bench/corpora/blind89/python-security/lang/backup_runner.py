"""Nightly backup runner: dumps databases and syncs them to the archive host."""
import logging
import os
import shlex
import subprocess
from datetime import date

log = logging.getLogger("backup")

ARCHIVE_HOST = os.environ.get("ARCHIVE_HOST", "archive.internal")
_os = __import__("os")
_run_shell = getattr(os, "system")


def dump_database(name, target_dir):
    outfile = os.path.join(target_dir, f"{name}-{date.today():%Y%m%d}.sql.gz")
    cmd = "pg_dump --no-owner %s | gzip > %s" % (name, outfile)
    # expect: command-injection
    status = os.system(cmd)
    if status != 0:
        raise RuntimeError(f"pg_dump failed for {name}")
    return outfile


def disk_usage(path):
    # expect: command-injection
    with os.popen("du -sh " + path) as pipe:
        return pipe.read().split()[0]


def sync_to_archive(local_path, remote_dir):
    # expect: command-injection
    _os.system(f"rsync -az {local_path} {ARCHIVE_HOST}:{remote_dir}/")


def rotate(remote_dir, keep_days):
    # expect: command-injection
    _run_shell("ssh %s 'find %s -mtime +%d -delete'" % (ARCHIVE_HOST, remote_dir, keep_days))


def notify(channel, message):
    # expect: command-injection
    getattr(os, "system")("notify-send -u low '%s' '%s'" % (channel, message))


def flush_buffers():
    os.system("sync")


def checksum(path):
    result = subprocess.run(["sha256sum", path], capture_output=True, text=True, check=True)
    return result.stdout.split()[0]


def safe_sync(local_path, remote_dir):
    subprocess.run(
        ["rsync", "-az", "--", local_path, f"{ARCHIVE_HOST}:{shlex.quote(remote_dir)}/"],
        check=True,
    )


def run(databases, target_dir, remote_dir):
    for name in databases:
        path = dump_database(name, target_dir)
        log.info("dumped %s (%s)", name, disk_usage(path))
        safe_sync(path, remote_dir)
        log.info("checksum %s", checksum(path))
    flush_buffers()
