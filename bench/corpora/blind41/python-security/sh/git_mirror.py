"""Mirror repositories with the `sh` package."""
import sh
from sh import git

MIRROR_ROOT = "/srv/mirrors"


def clone(repo_url, name):
    # expect: command-injection
    sh.git("clone --mirror " + repo_url + " " + MIRROR_ROOT + "/" + name)


def fetch(name):
    # expect: command-injection
    return sh.bash(f"-c 'cd {MIRROR_ROOT}/{name} && git fetch --prune'")


def disk_report(name):
    # expect: command-injection
    return sh.du("-sh {}/{}".format(MIRROR_ROOT, name))


class Archiver:
    def __init__(self, dest):
        self.dest = dest

    def archive(self, name):
        # expect: command-injection
        sh.tar("czf " + self.dest + "/" + name + ".tgz")


def clone_safe(repo_url, name):
    git("clone", "--mirror", "--", repo_url, f"{MIRROR_ROOT}/{name}")


def disk_report_safe(name):
    return sh.du("-sh", MIRROR_ROOT + "/" + name)
