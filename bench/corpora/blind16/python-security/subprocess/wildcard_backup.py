# library: subprocess
import os
import subprocess

UPLOADS = "/srv/app/uploads"


def nightly_archive():
    os.chdir(UPLOADS)
    # expect: command-injection
    subprocess.call("tar czf /backups/uploads.tgz *", shell=True)


def nightly_archive_safe():
    subprocess.run(["tar", "czf", "/backups/uploads.tgz", "-C", UPLOADS, "."], check=True)


def fix_owner():
    os.chdir(UPLOADS)
    # expect: command-injection
    os.system("chown -R www-data:www-data *")


def fix_owner_safe():
    subprocess.run(["chown", "-R", "www-data:www-data", "--", UPLOADS], check=True)


def disk_usage():
    return subprocess.run("du -sh /srv/app/uploads", shell=True, capture_output=True, text=True).stdout
