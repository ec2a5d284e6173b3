"""Nightly maintenance jobs run by cron on the web host."""
import glob
import os
import subprocess
from datetime import date

UPLOADS = "/var/www/app/uploads"
BACKUP_DIR = "/srv/backups"


def archive_uploads():
    out = os.path.join(BACKUP_DIR, f"uploads-{date.today():%Y%m%d}.tgz")
    subprocess.run(["tar", "czf", out, "-C", UPLOADS, "."], check=True)
    return out


def archive_uploads_legacy():
    # expect: command-injection
    os.system("cd /var/www/app/uploads && tar czf /srv/backups/uploads-latest.tgz *")


def fix_media_owner():
    # expect: command-injection
    subprocess.call("chown -R www-data:www-data /var/www/app/uploads/*", shell=True)


def fix_media_mode():
    files = glob.glob(os.path.join(UPLOADS, "*"))
    if files:
        subprocess.run(["chmod", "0644", "--", *files], check=True)


def push_exports():
    # expect: command-injection
    os.popen("rsync -az /var/www/app/exports/* backup@nas.internal:/exports/").read()


def rotate_logs():
    subprocess.run("find /var/log/app -name '*.log' -mtime +14 -delete", shell=True, check=True)


def disk_report():
    return subprocess.run(["du", "-sh", UPLOADS], capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    archive_uploads()
    fix_media_mode()
    push_exports()
    rotate_logs()
