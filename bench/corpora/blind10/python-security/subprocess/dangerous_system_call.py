# library: os (os.system, os.popen)
"""Backup helpers run by the nightly cron job."""
import os
import shlex
import subprocess


def dump_database(db_name, out_dir):
    # expect: command-injection
    os.system(f"pg_dump {db_name} > {out_dir}/{db_name}.sql")


def dump_database_safe(db_name, out_dir):
    with open(os.path.join(out_dir, db_name + ".sql"), "wb") as fh:
        subprocess.run(["pg_dump", db_name], stdout=fh, check=True)


def compress(path):
    # expect: command-injection
    os.system("gzip -9 " + path)


def compress_quoted(path):
    os.system("gzip -9 " + shlex.quote(path))


def list_snapshots(bucket):
    # expect: command-injection
    return os.popen("aws s3 ls s3://%s/snapshots/" % bucket).read()


def rotate_logs():
    os.system("logrotate -f /etc/logrotate.d/backup")
