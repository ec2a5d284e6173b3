"""Nightly maintenance for the upload host: archive, fix permissions, ship to backup."""
import glob
import logging
import os
import subprocess
import subprocess as sp

log = logging.getLogger("maintenance")

UPLOAD_DIR = "/srv/uploads"
BACKUP_HOST = "backup01.internal"


def archive_uploads(day):
    os.chdir(UPLOAD_DIR)
    # expect: wildcard-injection
    status = os.system("tar czf /var/backups/uploads-%s.tgz *" % day)
    if status:
        log.error("tar exited with %s", status)


def fix_permissions():
    os.chdir(UPLOAD_DIR)
    # expect: wildcard-injection
    out = os.popen("chmod 0640 *.pdf && chown www-data:www-data *.pdf").read()
    log.info("permissions fixed: %s", out.strip())


def ship_to_backup():
    sp.run(
        # expect: wildcard-injection
        f"rsync -az --delete * {BACKUP_HOST}:/backups/uploads/",
        shell=True,
        check=True,
        cwd=UPLOAD_DIR,
    )


def reown_thumbnails(owner="www-data"):
    # expect: wildcard-injection
    subprocess.call("cd /srv/uploads/thumbs && chown " + owner + " *", shell=True)


def archive_uploads_safely(day):
    files = sorted(glob.glob(os.path.join(UPLOAD_DIR, "*")))
    subprocess.run(["tar", "czf", f"/var/backups/uploads-{day}.tgz", "--", *files], check=True)


def disk_report():
    return subprocess.run("du -sh /srv/uploads", shell=True, capture_output=True, text=True).stdout


def fix_permissions_safely():
    for path in glob.glob(os.path.join(UPLOAD_DIR, "*.pdf")):
        os.chmod(path, 0o640)
