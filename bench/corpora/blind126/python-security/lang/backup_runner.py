"""Nightly backups of tenant databases, triggered from the ops queue."""
import logging
import shlex
import subprocess

log = logging.getLogger(__name__)


def dump_database(job):
    target = f"/backups/{job['tenant']}/{job['stamp']}.sql.gz"
    # expect: command-injection
    subprocess.run(f"pg_dump {job['database']} | gzip > {target}", shell=True, check=True)
    return target


def prune_old(job):
    cmd = "find /backups/" + job["tenant"] + " -mtime +" + str(job["keep_days"]) + " -delete"
    # expect: command-injection
    return subprocess.check_output(cmd, shell=True)


def upload(job, path):
    # expect: command-injection
    proc = subprocess.Popen("aws s3 cp %s s3://%s/" % (path, job["bucket"]), shell=True)
    return proc.wait()


def disk_usage():
    return subprocess.check_output("df -h /backups | tail -n 1", shell=True, text=True)


def verify(path):
    return subprocess.run(["gzip", "-t", path], check=False).returncode == 0


def restore(job, path):
    quoted = " ".join(shlex.quote(p) for p in (path, job["database"]))
    log.info("restore requested: %s", quoted)
    return subprocess.run(["/usr/local/bin/restore-db", path, job["database"]], check=True)
