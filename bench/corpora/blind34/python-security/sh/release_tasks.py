"""Release helpers run by the deploy bot: checkout, package and ship a tagged build."""
import sh
import sh as shell
from sh import git


def checkout(branch):
    # expect: command-injection
    sh.git("checkout " + branch)


def ship(build_dir, host, target_dir):
    # expect: command-injection
    return sh.rsync("-az --delete {} {}:{}".format(build_dir, host, target_dir))


def package(archive_name, folder):
    # expect: command-injection
    shell.tar(f"-czf {archive_name} {folder}")


class TagClient:
    def __init__(self, remote):
        self.remote = remote

    def push_tag(self, tag):
        # expect: command-injection
        git("push " + self.remote + " " + tag)


def safe_checkout(branch):
    sh.git("checkout", branch)


def changes_since(tag):
    return sh.git("log", "--format=%H", f"{tag}..HEAD")


def safe_ship(build_dir, host, target_dir):
    return sh.rsync("-az", "--delete", build_dir, f"{host}:{target_dir}")
