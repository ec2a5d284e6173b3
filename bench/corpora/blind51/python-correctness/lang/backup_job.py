"""Cron entry point: dump the database, sync media, prune old dumps."""
import logging
import subprocess
import subprocess as sp
import sys
from subprocess import call

log = logging.getLogger("backup")

DUMP_DIR = "/srv/backups/db"
MEDIA_SRC = "/srv/app/media/"
MEDIA_DST = "backup@vault.internal:/data/media/"


def dump_database(name):
    target = f"{DUMP_DIR}/{name}.dump"
    # expect: unchecked-return
    subprocess.call(["pg_dump", "-Fc", "-f", target, name])
    return target


def sync_media():
    # expect: unchecked-return
    sp.call(["rsync", "-a", "--delete", MEDIA_SRC, MEDIA_DST])


def prune(days=14):
    for pattern in ("*.dump", "*.tar"):
        # expect: unchecked-return
        call(["find", DUMP_DIR, "-name", pattern, "-mtime", f"+{days}", "-delete"])


def notify(message):
    # expect: unchecked-return
    subprocess.call(
        ["logger", "-t", "backup", message],
    )


def verify(target):
    rc = subprocess.call(["pg_restore", "--list", target], stdout=subprocess.DEVNULL)
    if rc != 0:
        log.error("corrupt dump %s (exit %d)", target, rc)
        return False
    return True


def disk_ok():
    return subprocess.call(["test", "-w", DUMP_DIR]) == 0


def main():
    if not disk_ok():
        sys.exit("backup dir not writable")
    target = dump_database("shop")
    subprocess.check_call(["sync"])
    if not verify(target):
        sys.exit(1)
    sync_media()
    prune()
    notify("backup finished")
    if subprocess.call(["mountpoint", "-q", "/srv/backups"]) != 0:
        log.warning("backups are not on their own mount")


if __name__ == "__main__":
    main()
