"""Git helpers for the release tool.

The release tool still runs on the build farm's Python 3.5 agents (see tox.ini: py35, py38, py311).
"""
import locale
import subprocess


def _decode(raw):
    return raw.decode(locale.getpreferredencoding(False) or "utf-8", errors="replace")


def current_branch(repo):
    out = subprocess.check_output(["git", "-C", repo, "rev-parse", "--abbrev-ref", "HEAD"])
    return _decode(out).strip()


def changed_files(repo, since):
    # expect: py-compat
    proc = subprocess.Popen(["git", "-C", repo, "diff", "--name-only", since], stdout=subprocess.PIPE, encoding="utf-8")
    out, _ = proc.communicate()
    return [line for line in out.splitlines() if line]


def commit_log(repo, count=20):
    # expect: py-compat
    proc = subprocess.Popen(["git", "-C", repo, "log", "-n", str(count), "--format=%h %s"], stdout=subprocess.PIPE, errors="replace", universal_newlines=True)
    out, _ = proc.communicate()
    return out.splitlines()


def tags(repo):
    proc = subprocess.Popen(["git", "-C", repo, "tag", "--list"], stdout=subprocess.PIPE, universal_newlines=True)
    out, _ = proc.communicate()
    return sorted(out.split())


def describe(repo):
    proc = subprocess.Popen(["git", "-C", repo, "describe", "--tags"], stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return _decode(out).strip()


def is_clean(repo):
    return subprocess.call(["git", "-C", repo, "diff", "--quiet"]) == 0
