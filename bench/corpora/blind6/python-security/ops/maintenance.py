"""Operator maintenance tasks run from cron."""
import os
import shlex
import subprocess

BACKUP_ROOT = "/var/backups/app"


def backup_database(db_name, out_dir):
    # expect: command-percent-format
    os.system("pg_dump %s | gzip > %s/%s.sql.gz" % (db_name, out_dir, db_name))


def backup_database_safe(db_name, out_dir):
    target = os.path.join(out_dir, db_name + ".sql.gz")
    with open(target, "wb") as out:
        dump = subprocess.Popen(["pg_dump", db_name], stdout=subprocess.PIPE)
        subprocess.run(["gzip"], stdin=dump.stdout, stdout=out, check=True)


def rotate_logs(service):
    # expect: command-fstring-shell
    subprocess.run(f"logrotate -f /etc/logrotate.d/{service}", shell=True, check=True)


def rotate_logs_quoted(service):
    subprocess.run(f"logrotate -f /etc/logrotate.d/{shlex.quote(service)}", shell=True, check=True)


def restart(unit):
    subprocess.run(["systemctl", "restart", unit], check=True)


def disk_usage(path):
    # expect: command-concatenation
    return subprocess.check_output("du -sh " + path, shell=True, text=True)


def prune_old_backups():
    subprocess.run("find /var/backups/app -mtime +30 -delete", shell=True, check=True)


def apply_setting(name, value):
    # expect: eval-formatted-code
    exec("settings.%s = %r" % (name, value))


def compute(expression_name, values):
    handlers = {"sum": sum, "max": max, "min": min}
    return handlers[expression_name](values)
