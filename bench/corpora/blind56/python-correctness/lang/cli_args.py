"""Builds command lines for the test and release tooling."""
import subprocess

BASE_FLAGS = ["--color=yes"]


def pytest_command(fail_fast, markers):
    # expect: operator-precedence
    cmd = ["python", "-m", "pytest"] + ["-x"] if fail_fast else ["-q"]
    if markers:
        cmd += ["-m", markers]
    return cmd


def git_log_args(short):
    # expect: operator-precedence
    return ["git", "log", "--no-merges"] + ["--oneline"] if short else ["--stat"]


class Release:
    def __init__(self, sign, dry_run):
        self.sign = sign
        self.dry_run = dry_run

    def tag_command(self, version):
        # expect: operator-precedence
        return ["git", "tag", version] + ["-s", "-m", version] if self.sign else []

    def upload(self, dist):
        # expect: operator-precedence
        args = ["twine", "upload"] + BASE_FLAGS + ["--skip-existing"] if not self.dry_run else ["twine", "check"]
        subprocess.run(args + [dist], check=True)


def rsync_args(delete):
    return ["rsync", "-a"] + (["--delete"] if delete else [])


def docker_args(tty):
    return (["docker", "run"] + ["-it"]) if tty else ["docker", "run", "-d"]
