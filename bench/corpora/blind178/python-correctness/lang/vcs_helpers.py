"""Git helpers for the release tool.

The tool is still installed on the build farm's Debian 9 images, so it keeps
``python_requires=">=3.5"`` until those images are retired.
"""
import subprocess
import sys

PYTHON_REQUIRES = ">=3.5"
GIT = "git"


def _decode(raw):
    return raw.decode("utf-8", "replace")


def current_branch(repo):
    out = subprocess.check_output([GIT, "rev-parse", "--abbrev-ref", "HEAD"], cwd=repo)
    return _decode(out).strip()


def changed_files(repo, base):
    # expect: compat-version
    proc = subprocess.Popen([GIT, "diff", "--name-only", base + "...HEAD"], cwd=repo, stdout=subprocess.PIPE, encoding="utf-8")
    out, _ = proc.communicate()
    return [line for line in out.splitlines() if line]


def commit_messages(repo, base):
    proc = subprocess.Popen(
        [GIT, "log", "--format=%s", base + "..HEAD"],
        cwd=repo,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    )
    out, _ = proc.communicate()
    return out.splitlines()


def blame_authors(repo, path):
    # expect: compat-version
    proc = subprocess.Popen([GIT, "blame", "--line-porcelain", path], cwd=repo, stdout=subprocess.PIPE, universal_newlines=True, errors="replace")
    out, _ = proc.communicate()
    return sorted({line[7:] for line in out.splitlines() if line.startswith("author ")})


def tag_list(repo):
    if sys.version_info >= (3, 6):
        proc = subprocess.Popen([GIT, "tag", "--list"], cwd=repo, stdout=subprocess.PIPE, encoding="utf-8")
        out, _ = proc.communicate()
    else:
        proc = subprocess.Popen([GIT, "tag", "--list"], cwd=repo, stdout=subprocess.PIPE)
        out = _decode(proc.communicate()[0])
    return out.split()


def describe(repo):
    proc = subprocess.Popen([GIT, "describe", "--tags", "--always"], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = proc.communicate()
    return _decode(out).strip()
