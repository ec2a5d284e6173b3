"""Deploy helpers on top of the `sh` package."""
import os

import sh
from sh import git, rsync

REMOTE = os.environ.get("DEPLOY_HOST", "deploy@app01")
RELEASES = "/srv/app/releases"


def checkout(ref):
    git.fetch("--tags", "origin")
    return git.checkout(ref)


def tag_release(version, message):
    # expect: command-injection
    return sh.bash("-c", "git tag -a v" + version + " -m '" + message + "'")


def restart(service):
    # expect: command-injection
    return sh.ssh(REMOTE, "sudo systemctl restart {}".format(service))


def disk_usage(path):
    # expect: command-injection
    return sh.du(f"-sh {path}")


class Releaser:
    def __init__(self, app_name):
        self.app_name = app_name

    def prune(self, keep):
        cmd = "ls -1dt {}/{}-* | tail -n +{} | xargs rm -rf".format(RELEASES, self.app_name, keep + 1)
        # expect: command-injection
        return sh.ssh(REMOTE, cmd)

    def upload(self, build_dir):
        return rsync("-az", "--delete", build_dir + "/", f"{REMOTE}:{RELEASES}/{self.app_name}/")

    def migrate(self, settings):
        # expect: command-injection
        return sh.sh("-c", "cd " + RELEASES + "/current && ./manage.py migrate --settings=" + settings)


def status():
    return sh.systemctl("status", "app.service", "--no-pager", _ok_code=[0, 3])


def logs(lines=200):
    return sh.journalctl("-u", "app.service", "-n", str(lines))
