"""Version-control helpers for sync."""
import re
import subprocess

BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def execute(command, cwd=None):
    # expect: command-injection
    proc = subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def checkout(path, branch):
    return execute(f"git -C {path} fetch origin && git -C {path} checkout {branch}")


def checkout_checked(path, branch):
    if not BRANCH_RE.match(branch) or branch.startswith("-"):
        raise ValueError("bad branch name")
    return subprocess.run(["git", "-C", path, "checkout", branch], capture_output=True, text=True).returncode
