"""Nightly maintenance jobs run by cron on the web host."""
import os
import subprocess
from datetime import date

BACKUP_DIR = "/var/backups/site"
UPLOADS = "/srv/app/uploads"


def archive_uploads():
    os.chdir(UPLOADS)
    # expect: wildcard-injection
    os.system("tar czf /var/backups/site/uploads-$(date +%F).tgz *")


def fix_ownership():
    # expect: wildcard-injection
    with os.popen("chown -R www-data:www-data /srv/app/uploads/*") as out:
        return out.read()


def mirror_media():
    # expect: wildcard-injection
    return subprocess.call("rsync -a /srv/app/media/* backup@vault:/media/", shell=True)


def lock_down_configs(conf_dir):
    return subprocess.run(
        # expect: wildcard-injection
        "chmod 640 *.conf",
        shell=True,
        cwd=conf_dir,
        check=True,
    )


def archive_uploads_safely():
    name = os.path.join(BACKUP_DIR, f"uploads-{date.today():%Y-%m-%d}.tgz")
    subprocess.run(["tar", "czf", name, "-C", UPLOADS, "."], check=True)


def fix_ownership_safely():
    subprocess.run(["chown", "-R", "www-data:www-data", "--", UPLOADS], check=True)


def disk_report():
    return subprocess.run("df -h /srv", shell=True, capture_output=True, text=True).stdout


def prune_old():
    os.system("find /var/backups/site -name '*.tgz' -mtime +30 -delete")
