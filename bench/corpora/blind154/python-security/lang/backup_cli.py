"""Backup helper run from cron and by operators."""
import argparse
import logging
import os
import shlex
import subprocess
import sys

log = logging.getLogger("backup")

BACKUP_DIR = "/var/backups/app"


def run_pre_hook():
    if len(sys.argv) < 3:
        return
    # expect: command-injection
    subprocess.run(sys.argv[2], shell=True, check=True)


def archive():
    target = os.environ.get("BACKUP_TARGET", "/srv/app/data")
    # expect: command-injection
    subprocess.call(f"tar czf {BACKUP_DIR}/data.tgz {target}", shell=True)


def notify(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--notify-cmd", default="true")
    args, _ = parser.parse_known_args(argv)
    # expect: command-injection
    subprocess.Popen(args.notify_cmd, shell=True)


def archive_safe():
    target = os.environ.get("BACKUP_TARGET", "/srv/app/data")
    subprocess.run(["tar", "czf", f"{BACKUP_DIR}/data.tgz", target], check=True)


def disk_report():
    out = subprocess.run("df -h /var/backups", shell=True, capture_output=True, text=True)
    log.info("%s", out.stdout)


def prune(keep):
    cmd = f"ls -1t {shlex.quote(BACKUP_DIR)} | tail -n +{int(keep) + 1}"
    old = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.split()
    for name in old:
        os.remove(os.path.join(BACKUP_DIR, name))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_pre_hook()
    archive()
    notify()
