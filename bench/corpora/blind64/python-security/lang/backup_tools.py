"""Backup and housekeeping helpers run by the ops cron and the admin panel."""
import os
import os as _os
import subprocess
from datetime import date

BACKUP_ROOT = "/var/backups/app"


def dump_database(db_name, target_dir=BACKUP_ROOT):
    outfile = f"{target_dir}/{db_name}-{date.today():%Y%m%d}.sql.gz"
    # expect: command-injection
    rc = os.system(f"pg_dump {db_name} | gzip > {outfile}")
    return rc == 0, outfile


def disk_usage(path):
    # expect: command-injection
    with os.popen("du -sh " + path) as pipe:
        return pipe.read().split()[0]


def rotate(pattern, keep):
    shell = getattr(os, "system")
    # expect: command-injection
    shell("ls -1t %s | tail -n +%d | xargs -r rm --" % (pattern, keep + 1))


def restore(archive, dest):
    system_mod = __import__("os")
    # expect: command-injection
    system_mod.system("tar -xzf {} -C {}".format(archive, dest))


class RemoteMirror:
    def __init__(self, host, module):
        self.host = host
        self.module = module

    def push(self, local_dir):
        cmd = "rsync -az --delete " + local_dir + " " + self.host + "::" + self.module
        # expect: command-injection
        return _os.popen(cmd).read()


def flush_buffers():
    os.system("sync")


def list_snapshots():
    return os.popen("zfs list -t snapshot -H -o name").read().splitlines()


def checksum(path):
    out = subprocess.run(["sha256sum", "--", path], capture_output=True, text=True, check=True)
    return out.stdout.split()[0]
