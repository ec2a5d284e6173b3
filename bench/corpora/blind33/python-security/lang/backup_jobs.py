"""Cron jobs on the file server: archive, fix ownership, sync off-site."""
import glob
import os
import subprocess

UPLOADS = "/srv/uploads"
LOGS = "/var/log/app"


def archive_uploads(stamp):
    os.chdir(UPLOADS)
    # expect: command-injection
    os.system("tar czf /backups/uploads-%s.tgz *" % stamp)


def fix_ownership():
    # expect: command-injection
    with os.popen("chown -R www-data:www-data /srv/uploads/*") as out:
        return out.read()


def sync_offsite(remote):
    # expect: command-injection
    subprocess.call("rsync -a /srv/data/* " + remote + ":/backup/data/", shell=True)


class LogRotation:
    def __init__(self, directory=LOGS):
        self.directory = directory

    def normalise(self):
        # expect: command-injection
        subprocess.check_call("chmod 640 *.log", shell=True, cwd=self.directory)


def archive_uploads_safe(stamp):
    files = sorted(glob.glob(os.path.join(UPLOADS, "*")))
    subprocess.run(["tar", "czf", f"/backups/uploads-{stamp}.tgz", "--", *files], check=True)


def archive_dir(stamp):
    subprocess.run(["tar", "czf", f"/backups/uploads-{stamp}.tgz", "-C", UPLOADS, "."], check=True)


def fix_ownership_dot():
    os.chdir(UPLOADS)
    os.system("chown -R www-data:www-data ./*")
