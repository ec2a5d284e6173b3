# library: os / subprocess (shell wildcards)
"""Nightly housekeeping for the uploads directory."""
import glob
import os
import subprocess

UPLOADS = "/srv/app/uploads"


def compress_uploads():
    os.chdir(UPLOADS)
    # expect: wildcard-injection
    os.system("tar czf /backups/uploads.tgz *")


def fix_owner():
    os.chdir(UPLOADS)
    # expect: wildcard-injection
    subprocess.call("chown www-data *", shell=True)


def compress_uploads_safe():
    files = sorted(os.listdir(UPLOADS))
    subprocess.run(["tar", "czf", "/backups/uploads.tgz", "-C", UPLOADS, "--", *files], check=True)


def purge_tmp():
    for path in glob.glob(os.path.join(UPLOADS, "*.part")):
        os.remove(path)


def rotate_logs():
    os.system("logrotate /etc/logrotate.d/app")
