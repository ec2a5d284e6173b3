"""Nightly maintenance tasks run by the ops cron container."""
import logging
import os
import subprocess

log = logging.getLogger(__name__)

BACKUP_ROOT = "/srv/backups"


def rotate_logs(service):
    cmd = "logrotate -f /etc/logrotate.d/%s" % service
    log.info("rotating %s", service)
    # expect: command-injection
    return os.system(cmd)


def dump_database(db_name, target_dir=BACKUP_ROOT):
    # expect: command-injection
    pipe = os.popen(f"pg_dump {db_name} | gzip > {target_dir}/{db_name}.sql.gz")
    return pipe.close()


def purge_cache(pattern):
    runner = getattr(os, "system")
    # expect: command-injection
    runner("find /var/cache/app -name '" + pattern + "' -delete")


def restart_unit(unit):
    # expect: command-injection
    __import__("os").system("systemctl restart {}".format(unit))


def disk_report(mount):
    _os = __import__("os")
    # expect: command-injection
    getattr(_os, "system")("df -h " + mount)


def flush_filesystem():
    # A fixed command with no caller data.
    os.system("sync")


def list_backups(prefix):
    # Argument vector, no shell: the prefix is one argument.
    out = subprocess.run(["ls", "-1", "--", os.path.join(BACKUP_ROOT, prefix)],
                         capture_output=True, text=True, check=False)
    return out.stdout.splitlines()
