"""Helpers run by the nightly backup job."""
import os
import shlex
import subprocess

BACKUP_DIR = "/var/backups/app"


def dump_database(db_name):
    # expect: command-injection
    os.system("pg_dump %s > %s/%s.sql" % (db_name, BACKUP_DIR, db_name))


def compress(path, level=6):
    cmd = f"tar -czf {path}.tgz -C {os.path.dirname(path)} {os.path.basename(path)}"
    if level > 6:
        cmd = "GZIP=-9 " + cmd
    # expect: command-injection
    return os.system(cmd)


def disk_usage(mount):
    # expect: command-injection
    with os.popen("df -h {}".format(mount)) as out:
        return out.read()


class RemoteCopy:
    def __init__(self, host):
        self.host = host

    def push(self, local_file):
        # expect: command-injection
        pipe = os.popen("scp " + local_file + " " + self.host + ":" + BACKUP_DIR)
        return pipe.close()


def rotate_logs():
    os.system("logrotate -f /etc/logrotate.d/app")


def dump_database_safe(db_name):
    with open(os.path.join(BACKUP_DIR, db_name + ".sql"), "wb") as out:
        subprocess.run(["pg_dump", "--", db_name], stdout=out, check=True)


def describe(path):
    return "tar -czf " + shlex.quote(path)
