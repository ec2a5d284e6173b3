"""Maintenance tasks run by the ops dashboard."""
import os
import os as _os
import shlex
import subprocess

BACKUP_DIR = "/var/backups/app"


def rotate_logs(service):
    # expect: command-injection
    os.system("logrotate -f /etc/logrotate.d/" + service)


def disk_usage(path):
    # expect: command-injection
    return os.popen(f"du -sh {path}").read().split()[0]


def restart(unit):
    cmd = "systemctl restart %s" % unit
    # expect: command-injection
    status = _os.system(cmd)
    return status == 0


def archive(name):
    runner = getattr(os, "system")
    # expect: command-injection
    runner("tar -czf %s/%s.tgz /srv/app/data" % (BACKUP_DIR, name))


def dump_db(dbname):
    # expect: command-injection
    __import__("os").system("pg_dump " + dbname + " > " + BACKUP_DIR + "/db.sql")


def uptime():
    return os.popen("uptime").read().strip()


def reload_nginx():
    os.system("nginx -s reload")


def disk_usage_safe(path):
    out = subprocess.run(["du", "-sh", path], capture_output=True, text=True, check=True)
    return out.stdout.split()[0]


def quoted_restart(unit):
    return subprocess.run(["systemctl", "restart", shlex.quote(unit)], check=False).returncode
